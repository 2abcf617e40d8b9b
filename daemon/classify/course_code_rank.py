"""How strongly the text around a course-code shape says it is the course: a part, a cipher or a model is not."""

from __future__ import annotations

import re

from daemon.classify import course_code_evidence as evidence

# Code-shaped names of things a course talks about, not the course: ciphers and hashes ("AES256", "SHA256",
# "RSA2048"), and any shape right after a noun for a device, a part, a material or a model ("servo MG996R", "IC
# NE555", "transistor BC547", "GPU RTX3060", "baja AISI 1045", "kamera Canon EOS 800D", "pesawat ATR 72"). Only a
# shape with no evidence of its own is judged so: "(AES2104)" or "Kode MK: BC2101" stays a course.
_CIPHER = re.compile(r"(?i:aes|des|rsa|sha|ecc|ecdsa|hmac|crc|md)[ -]?\d")
_THING_NOUNS = (
    r"ic|chip|cip|board|shield|servo|motor|transistor|sensor|mosfet|relay|relai|dioda|diode|kapasitor|capacitor"
    r"|resistor|baterai|battery|gpu|cpu|vga|prosesor|processor|laptop|printer|router|switch|kamera|camera|lensa|lens"
    r"|drone|pesawat|aircraft|baja|steel|besi|standar|standard|seri|series|tipe|type"
    r"|model|merk|merek|brand|versi|version|firmware|enkripsi|encryption|hash|algoritma|algorithm|cipher"
    r"|penerbangan|flight|proyeksi|projection|datum|zona|zone|kode\s+pos|postcode|kabel|cable|konektor|connector"
    # the make before a model: "Canon EOS 800D", "Leica TS 06", "Boeing B737"
    r"|canon|nikon|sony|fujifilm|panasonic|dji|gopro|asus|acer|lenovo|dell|samsung|xiaomi|intel|amd|nvidia|boeing"
    r"|airbus|leica|sokkia|topcon|trimble|garmin|arduino|siemens|omron|mitsubishi|schneider|yamaha|honda|toyota"
)
# ... or listed after one: "board ESP32 dan modul SIM800L", "transistor BC547, BC557".
_THING_BEFORE = re.compile(
    rf"(?i:\b(?:{_THING_NOUNS}))(?:(?i:\s+[A-Z][A-Za-z]+)?\s*"
    r"|\s+[A-Z0-9][\w-]*\s*(?:,|(?i:dan|serta|and|&))\s+(?:[a-z]+\s+)?)$"
)


def a_thing(source: str, start: int, code: str) -> bool:
    """A cipher, a part or a model named by the shape: "AES256", "servo MG996R", "baja AISI 1045"."""
    return bool(_CIPHER.match(code) or _THING_BEFORE.search(source[max(0, start - 40) : start]))


def evident(source: str, start: int, end: int) -> bool:
    """The writer says the shape is the course: a word for a code or a course before it, brackets, a name beside."""
    return (
        evidence.cued(source, start)
        or evidence.bracketed(source, start, end)
        or evidence.beside_name(source, start, end)
    )


# In a subject, a loose code inside the words ("minta ganti key rks 3105 kelas malam", "Dosen TRE 3201 semester
# ganjil"): written in capitals, or in lower case where a field or a class word stands beside it, so that "upload
# max 2048 kb" is no code.
_FIELD_BEFORE = re.compile(
    r"(?i:\b(?:dosen|pengampu|lecturer|key|enrol\w*|nama|name|shortname|sks|credits?|matkul|makul|mk|course"
    r"|kursus|kelas|class|pengumuman|announcement|umumkan|info))\s*$"
)
_CLASS_AFTER = re.compile(
    r"\s+(?i:kelas|kls|class|praktikum|teori|ganjil|genap|semester|smt|malam|pagi|sore|reguler|karyawan)\b"
)


def inside_subject(source: str, start: int, end: int, code: str) -> bool:
    if evidence.at_a_place(source, start):
        return False
    if code.isupper():
        return True
    return code.islower() and bool(
        _FIELD_BEFORE.search(source[max(0, start - 25) : start]) or _CLASS_AFTER.match(source, end)
    )


# "for EE 2104 please change the lecturer", "untuk TRE 3201, mohon ...": the course a request is for, in capitals
# and followed by the request itself, not "untuk PSAK 109 tentang zakat".
_FOR_BEFORE = re.compile(r"(?i:\b(?:for|untuk|utk|buat|bagi)\s*)$")
_REQUEST_AFTER = re.compile(
    r"(?=[\s,])\s*+,?\s*+(?i:please|pls|plz|kindly|could|can|would|mohon|tolong|tlg|minta|mhn|saya|sy|I)\b"
)


def for_the_request(source: str, start: int, end: int, code: str) -> bool:
    return (
        code.isupper()
        and bool(_FOR_BEFORE.search(source[max(0, start - 10) : start]))
        and bool(_REQUEST_AFTER.match(source, end))
    )


# "tolong umumin di MKW104-D", "publish an announcement in MKU102-C", "post this to ME2101-B": the course (a class's
# section of it) an announcement is put in. Only the announcement itself may stand between the verb and the place, so
# "umumkan bahwa kelas pindah ke GU 805" names a room.
_POSTED_IN = re.compile(
    r"(?i:\b(?:post|publish|put|pin|upload|share|umumkan|umumin|diumumkan|pasang|dipasang|pasangkan|tayangkan"
    r"|ditayangkan)(?:\s+(?:this|it|the|an?|announcement|notice|note|message|post|text|following|below|ini|itu|tsb"
    r"|tersebut|berikut|pengumuman|pengumumannya|info|ya|dong|juga)){0,3}"
    # "post on Friday 21st May at 8 AM in MEC-2202": when it goes up may stand before where, in days, dates and times.
    r"(?:\s+(?:on|at|pada|besok|tomorrow|today|hari|jam|pukul)(?:\s+(?-i:[A-Z][a-z]{2,9}|\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}[.:]\d{2}|at|jam|pukul|[AaPp]\.?[Mm]\.?),?){1,6})?"
    r"\s+(?:di|in|to|on|ke|pada)\s*)$"
)


def posted_in(source: str, start: int) -> bool:
    return bool(_POSTED_IN.search(source[max(0, start - 90) : start]))
