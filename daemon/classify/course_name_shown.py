"""The course's current name where it shows now: quoted or said as it stands ("On the LMS the course still reads
'X'", "nama MK saat ini adalah X"), unquoted as the students see it ("Judul course di aplikasi mahasiswa masih X.",
"students see IF2204 listed as X"), and as the old side of a rename written in lower case ("ubah nama matkul x jadi
y")."""

from __future__ import annotations

import re

from daemon.classify.change_words import WRITERS_NAME
from daemon.classify.course_code_shapes import CODE as _CODE
from daemon.classify.course_name_placed import PERSON
from daemon.classify.course_name_shape import (
    COURSE_NAME_CUE,
    FIELD_WORDS,
    LINE_NAME,
    NAME,
    NOT_A_NAME,
    NOT_IN_LOWER_CASE_NAME,
    QUOTED,
    SHAPE,
    clean,
    quoted,
    trim_name,
)
from daemon.classify.wording import CONTRAST

# The course's name or title, or the course's page, in any of the words writers use for it.
_COURSE_WORD = r"(?:course|kursus|mk|matkul|makul|mata[ \t]*kuliah|matakuliah|mata[ \t]*ajar)"
_NAME_CUE = (
    rf"\b(?i:(?:nama|judul|nm)(?:[ \t]+(?:lengkap|panjang))?[ \t]+{_COURSE_WORD}"
    r"|(?:the[ \t]+)?course(?:'s)?[ \t]+(?:full[ \t]*)?(?:name|title)|(?:name|title)[ \t]+of[ \t]+(?:the|my|our|this)"
    rf"[ \t]+course|halaman[ \t]+{_COURSE_WORD}|course[ \t]+page)"
)
# What the page shows now; after "masih" alone the value is the name as it stands ("masih Manajemen Perhotelan").
_SHOWS = (
    r"(?i:masih(?:[ \t]+(?:tertulis|tercantum|bernama|muncul|tampil))?(?:[ \t]+sebagai)?|tertulis|tercantum"
    r"|(?:muncul|tampil|terbaca)[ \t]+sebagai|still[ \t]+(?:says|reads|shows|displays|is)"
    r"|(?:is[ \t]+)?(?:still[ \t]+)?(?:listed|shown|displayed)[ \t]+as|appears[ \t]+as|says|reads|shows)"
)
# The words between the cue and what it shows: where it shows ("di aplikasi mahasiswa", "in the Moodle app"), who sees
# it ("yang dilihat mahasiswa") or the code; never a sentence's end or another field.
_GAP = r"(?:[ \t]+[^\n.,;:!?\"“”()]{1,50}?)??"
_VALUE = r"([^\n.,;:!?\"“”()]{2,80}?)"
# The name's clause ends at a mark or at a word that opens the next clause ("..., padahal", "X which was").
_CLAUSE_END = (
    rf"(?=[ \t]*(?:[.,;:!?()]|\n|$)|[ \t]+(?i:which|that|{CONTRAST}"
    r"|since|sejak|karena|because|yang|please|mohon|tolong)\b"
    # ... or at the writer's word on its letters: "still shows ROBOT VISION in all capitals", "X huruf kecil semua".
    r"|[ \t]+(?i:(?:in|with)[ \t]+(?:all[ \t]+)?(?:capital|caps|upper|lower|small)\w*|(?:semua[ \t]+)?huruf[ \t]+"
    r"(?:besar|kecil|kapital)\b|semua[ \t]+(?:kapital|kecil|besar)\b)"
    # ... or at where the reader sees it: "listed as X on their dashboard", "masih X di hp mahasiswa".
    r"|[ \t]+(?i:on|in|di|pada)[ \t]+(?i:their|his|her|my|our|your|hp|aplikasi|app|dashboard|halaman|layar)\b)"
)
_SHOWN = re.compile(rf"{_NAME_CUE}({_GAP})[ \t]+{_SHOWS}[ \t]*:?[ \t]*{_VALUE}{_CLAUSE_END}")
# "students see HT1102 listed as X": the code itself, shown as a name.
# "course MB2206 muncul dengan nama X", "di e-learning IF3304 namanya X": what the code is called there; never what it
# is called from now on ("IF2201 is now called X", "mulai semester ini IF2201 bernama X" name the new one).
_CODE_SHOWN = re.compile(
    # "Kodenya ELN2105, namanya Elektronika Analog": the name told after the code, in the next clause.
    rf"({SHAPE})(?:[ \t]*+,[ \t]*+|[ \t]++)"
    r"(?i:(?:is[ \t]+)?(?:still[ \t]+)?(?:listed|shown|displayed)[ \t]+as|appears[ \t]+as"
    r"|is[ \t]+still[ \t]+(?:called|named|titled)|masih[ \t]+bernama|(?:nama|judul)nya(?:[ \t]+masih)?"
    # "ELK2209 still shows DIGITAL ELECTRONICS II", "RBT4105 show name ROBOT VISION": what the code's page shows.
    r"|(?:still[ \t]+)?(?:shows?|displays?)(?:[ \t]+(?:the[ \t]+)?(?:name|title)(?:[ \t]+as)?)?"
    rf"|(?:muncul|tampil|tertulis|terdaftar)(?:[ \t]+(?:sebagai|dengan[ \t]+nama))?)[ \t]+{_VALUE}{_CLAUSE_END}"
)
# Words in the gap that make the value another field's or a new name: "nama course sudah diganti tapi dosennya masih X".
_NOT_IN_GAP = FIELD_WORDS | {"sudah", "sdh", "udah", "udh", "telah", "baru", "new", "seharusnya", "harusnya", "should"}
# A state, never a name: "masih kosong", "still the old one".
_STATES = frozenset(
    ["kosong", "empty", "blank", "lama", "old", "sama", "same", "salah", "wrong", "benar", "correct", "the", "a", "an"]
)

# "ubah nama matkul akuntansi biaya jadi akuntansi manajemen biaya": a rename in lower case; its old side is the name.
_LOWER_WORD = r"[a-z][a-z0-9&'’-]*"
_LOWER_RENAME = re.compile(
    r"\b(?i:ganti|ubah|ubh|rubah|change|rename)[ \t]+(?i:nama|name)[ \t]+(?:(?i:of[ \t]+the)[ \t]+)?"
    rf"(?i:{_COURSE_WORD})[ \t]+({_LOWER_WORD}(?:[ \t]+{_LOWER_WORD}){{0,5}})[ \t]+(?i:jadi|menjadi|jd|to|into)\b"
)


def _as_name(value: str, lower_case: bool = True) -> str | None:
    """The value when it is shaped like a course's name: Title case, or (where `lower_case`) lower-case words that are
    no sentence's."""
    words = value.split()
    lowered = {word.lower() for word in words}
    if not words or PERSON.match(value) or lowered & _STATES or set(words) & NOT_A_NAME:
        return None
    if re.fullmatch(NAME, value):
        name = trim_name(words)
        return name if name and not {word.lower() for word in name.split()} <= FIELD_WORDS else None
    if lower_case and re.fullmatch(rf"{_LOWER_WORD}(?:[ \t]+{_LOWER_WORD}){{1,5}}", value):
        return None if lowered & (NOT_IN_LOWER_CASE_NAME | FIELD_WORDS) else value
    return None


# A form's question on a line of its own, its answer on the next, closed by a blank line: "Mata Kuliah yang Diajukan\n
# Rekayasa Perangkat Lunak II\n\n" (a Google Form's response mail); a few words may qualify the question.
_FORM_ANSWER = re.compile(
    r"^[ \t]*(?i:(?:nama[ \t]+)?(?:mata[ \t]*kuliah|matakuliah|matkul|mata[ \t]*ajar|course|kursus)"
    r"|course[ \t]+(?:full[ \t]*)?(?:name|title)|subject[ \t]+name)"
    r"(?:[ \t]+(?i:yang|yg|which|to[ \t]+be|concerned|terkait|dimaksud)(?:[ \t]+[A-Za-z]+){0,2})?[ \t]*\n"
    r"[ \t]*([^\n:]{2,80}?)[ \t]*\n[ \t]*(?:\n|$)",
    re.MULTILINE,
)


# "Dulu nama MK TS1102 Statika, sekarang sudah Mekanika Teknik", "formerly X, now Y": the name it has now.
_FORMER_THEN_NOW = re.compile(
    r"\b(?i:dulu(?:nya)?|dahulu|formerly|previously|originally|awalnya)\b[^.\n]{0,60}?[,;]?[ \t]+"
    r"(?i:sekarang|kini|skrg|now)[ \t]+(?:(?i:sudah|udah|sdh|telah|it[ \t]+is|it's|is|menjadi|jadi|bernama|namanya"
    rf"|called)[ \t]+)*({NAME})"
)


def shown_name(text: str, code: str | None) -> str | None:
    """The name the course shows now, said in a sentence without quotes, or the old side of a lower-case rename."""
    for match in _SHOWN.finditer(text):
        if {word.lower() for word in match.group(1).split()} & _NOT_IN_GAP:
            continue
        # "The course page our group uses still shows last year's data": what a page shows in lower case may be
        # anything; only what the course's name or title shows is its name as written.
        said_name = bool(re.search(r"(?i:nama|judul|name|title)", match.group()[: match.start(1) - match.start()]))
        if name := _as_name(match.group(2).strip(), lower_case=said_name):
            return name
    for match in _FORMER_THEN_NOW.finditer(text):
        if name := trim_name(match.group(1).split()):
            return name
    for match in _CODE_SHOWN.finditer(text):
        # "IF2204 is called off today": after the code alone, only a name in Title case.
        if code and match.group(1) == code and (name := _as_name(match.group(2).strip(), lower_case=False)):
            return name
    for match in _FORM_ANSWER.finditer(text):
        value = match.group(1).strip()
        if re.fullmatch(NAME, value) and (name := trim_name(value.split())) and not re.fullmatch(SHAPE, name):
            return name
    for match in _LOWER_RENAME.finditer(text):
        words = match.group(1).split()
        if any(re.fullmatch(SHAPE, word) for word in words):
            continue
        if not {word.lower() for word in words} & (NOT_IN_LOWER_CASE_NAME | FIELD_WORDS | _STATES):
            return match.group(1)
    return None


# "On the LMS the course still reads 'Basic Electronics'": what the course shows now, without a name cue; only a value
# shaped like a name ("the course page still shows "Genap 2024/2025"" is a semester).
_SHOWS = (
    # "nama kursus ANM2203 di elearning tulisannya "x"": what the page writes, as the writer says it.
    r"(?i:(?:still\s+)?(?:reads|shows(?:\s+up)?(?:\s+as)?|says|displays)|(?:masih\s+)?(?:tertulis|tercantum|terbaca)"
    r"|tulisannya"
    r"|(?:is\s+)?(?:listed|shown|displayed)\s+as|appears\s+as|muncul(?:\s+sebagai)?|tampil(?:\s+sebagai)?)"
)
_STILL_SHOWN = re.compile(
    r"\b(?i:course|mk|matkul|mata\s*kuliah|matakuliah|kursus|module|unit)\b(?!\s+(?i:page|site|halaman))"
    rf"[^\n\"“.]{{0,40}}?{_SHOWS}[ \t]*:?[ \t]*{QUOTED}"
    # "Right now it says "Sistem Kendali"", "It currently reads ...": "it" after a sentence about the course's name.
    r"|\b(?i:it|ini)\s+(?:(?i:currently|presently|now|still|sekarang|saat\s+ini|skrg|masih)\s+)?"
    rf"{_SHOWS}[ \t]*:?[ \t]*{QUOTED}"
)
_NAME_SAID_BEFORE = re.compile(r"\b(?i:name|title|nama|judul)\b")
# A quoted name as the system shows it is kept as written, in lower case too ("tertulis 'perawatan mesin pesawat i'"):
# a few words without a sentence's marks, never a term, a person or a code.
_AS_WRITTEN = re.compile(r"[\w&'’()-]+(?:[ \t]+[\w&'’()-]+){0,7}")
_NOT_AS_WRITTEN = re.compile(r"(?i:ganjil|genap|odd|even|semester|smt|pak|bu|bapak|ibu|mr|mrs|ms|dr|prof)\b")


def _as_written(value: str) -> str | None:
    if not _AS_WRITTEN.fullmatch(value) or _NOT_AS_WRITTEN.match(value) or _CODE.fullmatch(value):
        return None
    return trim_name(value.split())


# "the current course name is Digital Image Processing and ...", "nama MK saat ini adalah X", "Nama MK tercantum: X.":
# the name as it stands, said in a sentence, up to where the name's words end.
_CURRENT_SAID = re.compile(
    r"(?i:(?:old|current|existing|present)\s+(?:course\s+)?(?:name|title)\s+is"
    r"|nama\s+(?:mk\s+|mata\s*kuliah\s+|matkul\s+|course\s+)?(?:saat\s+ini|sekarang|lama)\s+(?:adalah|yaitu|ialah))"
    rf"[ \t]*[\"“']?({LINE_NAME})"
    rf"|{COURSE_NAME_CUE}[^\n:\"“]{{0,30}}?(?i:tertulis|tercantum|shows|reads|is\s+(?:listed|displayed))[ \t]*:[ \t]*"
    rf"({LINE_NAME})"
)


# "namanya masih "Termodinamika"", "judulnya di elearning masih Kalkulus 2, tolong ...", "its name on the LMS still
# says "X"": the course's own name where it shows, as it stands; unquoted only up to the end of its clause.
_ITS_NAME_STILL = re.compile(
    r"\b(?i:namanya|judulnya|nama-nya|its\s+(?:full\s+)?(?:name|title))"
    r"(?:[ \t]+(?i:di|on|in|pada)[ \t]+(?i:the[ \t]+)?(?i:e-?learning|moodle|lms|web\s+kuliah|siakad))?"
    r"[ \t]+(?i:masih|tertulis|tercantum|still(?:[ \t]+(?:says|reads|shows|is))?|is[ \t]+still|reads|shows)"
    r"(?:[ \t]+(?i:tertulis|tercantum))?[ \t]*:?[ \t]*"
    # The line's end closes the clause too ("namanya masih X" over the next chat line "harusnya Y").
    rf"(?:{QUOTED}|({LINE_NAME})(?=[ \t]*(?:[,;]|\.(?:\s|$)|\n|$)))"
)
# "the course full name "Rangkaian Listrik 2"", "nama MK "Basis Data" ...": a quoted name right after the name's cue is
# the name as it stands, never after a word that makes it the new one ("the new course name "X"").
_CUE_THEN_QUOTED = re.compile(
    r"(?<!(?i:new) )(?<!(?i:baru) )(?<!(?i:proposed) )(?<!(?i:correct) )"
    rf"{COURSE_NAME_CUE}[ \t]+(?:(?i:is|adalah)[ \t]+)?{QUOTED}"
)


def still_shown(text: str) -> str | None:
    """The name the course shows or stands under now, quoted or said in a sentence."""
    for match in _STILL_SHOWN.finditer(text):
        # "nama saya di MK Kalkulus I tertulis "Rahmad"": what shows there is the writer's name.
        if WRITERS_NAME.search(text, max(0, text.rfind("\n", 0, match.start()), match.start() - 60), match.start()):
            continue
        if re.match(r"(?i:it|ini)\b", match.group()) and not _NAME_SAID_BEFORE.search(
            text, max(0, match.start() - 150), match.start()
        ):
            continue
        value = clean(next(group for group in match.groups() if group))
        if name := _as_written(value):
            return name
    for match in _ITS_NAME_STILL.finditer(text):
        value = clean(match.group(1) or match.group(2) or match.group(3))
        # Unquoted, one word may be a state ("judulnya masih Draft"): only a name of two words or more.
        quoted_or_long = not match.group(3) or len(value.split()) > 1
        if quoted_or_long and re.fullmatch(NAME, value) and (name := trim_name(value.split())):
            return name
    for match in _CUE_THEN_QUOTED.finditer(text):
        # "ganti nama "Budi Santoso"": a rename's verb alone may be about any name.
        if re.match(r"(?i:ganti|ubah)", match.group()):
            continue
        value = quoted(match)
        if re.fullmatch(NAME, value) and (name := trim_name(value.split())):
            return name
    for match in _CURRENT_SAID.finditer(text):
        if name := trim_name((match.group(1) or match.group(2)).split()):
            return name
    return None
