"""How a course name looks as written: its words, the cues that introduce it, and the trimming of a found
stretch of text down to the name."""

from __future__ import annotations

import re

from daemon.classify.course_code_shapes import CODE as _CODE
from daemon.classify.course_code_variants import VARIANT_CODE
from daemon.classify.course_name_bounds import (
    CODE_LABEL_WORDS,
    KIND_OF_LECTURE,
    PRONOUNS,
    PURPOSE,
    VERSION_WORDS,
    name_span,
)
from daemon.classify.wording import LIST_MARK

_NOT_IN_BRACKETS = (
    r"(?i:pagi|siang|sore|malam|karyawan|reguler|regular|online|daring|luring|offline|hybrid|morning|afternoon|evening"
    r"|night|weekend|lama|baru|old|new|current|kelas|kls|class|section|grup|group|semester|smt|ganjil|genap|odd|even"
    r"|pak|bu|bapak|ibu|mr|mrs|ms|dr|prof|dosen|lecturer|lampiran|attachment|wajib|pilihan|required|elective"
    r"|tetap|unchanged|opsional|optional|draft|hidden|show|hide|moodle|lms|kosong|empty|tidak|not|no|sama|same"
    r"|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
# "to" only inside "Intro(duction) to X"; elsewhere it leads to a new value. "a" only after "as" ("English as a
# Foreign Language"); "at", "berbasis", "dengan", "serta" join names too ("Health and Safety at Work").
NAME_WORD = (
    r"(?:[A-Z][\w'’&/-]*|[ei]-?[A-Z][\w'’&/-]*|(?:(?<=Intro\s)|(?<=Introduction\s))to|of|and|for|in|the|with|on"
    r"|at|as|(?<=as\s)an?|dan|&|di|untuk|dalam|pada|bagi|berbasis|dengan|serta|[IVX]{1,4}|\d\w*"
    # Title-case words in brackets belong to the name, inside it or closing it: "Praktikum (Lab) Jaringan", "Kimia
    # Analitik (Praktikum)", "Robotics (Mechatronics)"; never a time of day, a mode, a class, a term, a person or a
    # version ("Basis Data (Pagi)", "(Kelas Malam)", "(Bu Wati)", "(lama)"); an abbreviation in capitals is an alias.
    rf"|\((?!{_NOT_IN_BRACKETS}\b)[A-Z][a-z]+(?:[ \t]+(?:&|and|dan|[A-Z][a-z]+)){{0,2}}\))"
)
# A name may wrap onto the next line, never across a blank one ("MK Bahasa Inggris I" over "Dengan hormat,").
# (a name wraps onto the next line, but never onto the next item of a list: "2. ME2203 Fluid Mechanics\n3. ME3105 ...")
_GAP = rf"(?:[ \t]+|[ \t]*\n[ \t]*(?!{LIST_MARK}[ \t]))"
# A name starts at a word's start: "section EL-1B of X" never yields "on EL-1B of X", nor "pengawas UTS X" "as UTS X".
NAME = rf"(?<!\w)(?:{NAME_WORD}{_GAP}){{0,7}}{NAME_WORD}"
LINE_NAME = rf"(?<!\w)(?:{NAME_WORD}[ \t]+){{0,7}}{NAME_WORD}"
SHORT_NAME = rf"(?<!\w)(?:{NAME_WORD}{_GAP}){{0,5}}{NAME_WORD}"
CONNECTORS = {"of", "and", "for", "in", "the", "with", "on", "dan", "&", "di", "untuk", "dalam", "pada", "bagi"}
CONNECTORS |= {"at", "as", "a", "an", "berbasis", "dengan", "serta"}
# What may follow a name before its code: a class ("kelas RB-1A pagi", "- kelas TI-3A") or a semester ("semester 4").
SUFFIX = (
    r"(?:[ \t]*[-–,]?\s+(?i:kelas|kls|class|semester|smt|sem)\s+"
    r"(?:[A-Z]{1,4}-?\d[A-Z]?\d?|[A-Z]\b|\d{1,2}|[IVX]{1,4}|Ganjil|Genap"
    # A class named by its time or its cohort: "Basis Data Lanjut Kelas Karyawan (IF3102)".
    r"|(?i:pagi|siang|sore|malam|karyawan|reguler|regular|eksekutif|internasional|international|morning|evening))"
    r"(?:\s+(?i:pagi|siang|sore|malam|karyawan|reguler))?)?"
)
QUOTED = r"(?:[\"“]([^\"”\n]{2,80})[\"”]|(?<!\w)['‘]([^'’\n]{2,80})['’](?!\w))"
# The full or long name is the same field: "nama lengkap course", "full course title", "fullname of EL3102".
COURSE_NAME_CUE = (
    r"(?i:(?:nama|nm)(?:\s+(?:lengkap|panjang))?\s+(?:mata\s*kuliah|matakuliah|matkul|makul|mk|course|kursus|mata\s*ajar)"
    r"|(?:(?:full|long)\s*)?course\s+(?:(?:full|long)\s*)?(?:name|title)"
    r"|(?:full|long)\s*(?:name|title)\s+of\s+(?:(?:the|my|our)\s+)?(?:course\b|(?=[A-Za-z]{2,4}[ -]?\d{3,4}\b))"
    r"|(?:name|title)\s+of\s+(?:(?:the|my|our)\s+)?course|(?:ganti|ubah)\s+nama)"
)


def _words(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


NOT_A_NAME = {"Moodle", "E-learning", "Elearning", "Online", "Zoom", "Same", "Whole", "Entire", "Above", "Following"}
NOT_A_NAME |= {"E-Learning", "e-Learning", "ELearning", "ELEARNING", "E-LEARNING", "MOODLE"}
# The systems a course shows in are where, not which: "Nama MK TI3105 di SIAKAD sudah berubah".
NOT_A_NAME |= {"SIAKAD", "Siakad", "LMS", "SIMAK", "PDDikti", "Feeder"}
# ... and so are the apps a class talks in ("join the class WhatsApp group").
NOT_A_NAME |= _words("WhatsApp Whatsapp WA Telegram YouTube Youtube Discord")
# ... and so is the school itself ("the Offshore Wind Energy module at Polibatam (EN3301)").
NOT_A_NAME |= _words("Polibatam POLIBATAM")
# A day or a month after a place or a field word says when, never which course ("dosen di e-learning Jumat ini").
NOT_A_NAME |= _words(
    "Senin Selasa Rabu Kamis Jumat Sabtu Minggu Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "Januari Februari Maret April Mei Juni Juli Agustus Oktober Desember January February March June July",
    "August October December",
)
# "mengajar Hari Kamis": the word for a day says when; "FI1201 Mbak": how the writer addresses the reader.
NOT_A_NAME |= _words("Hari Day Mbak Mas Pak Bu Bapak Ibu Kak Bang Min Sir Madam")
OPENERS = _words(
    "Terkait Sehubungan Berikut Berdasarkan Mengenai Perihal Hal Bapak Ibu Pak Bu Kak Min Admin Tim",
    "Helpdesk P4M Selamat Assalamualaikum Regarding About Hello Hai Izin Ijin Maaf Our This Your Kindly",
)
# A programme, a department, a room or a body opening the words is where or who, never which course: "Program Studi
# Teknologi Rekayasa X (EL3101)", "Ruang Kuliah Gedung Utama 301, kode IF2201", "Himpunan Mahasiswa X".
_NOT_A_COURSE_START = _words(
    "prodi jurusan fakultas department departemen ruang room himpunan laboratorium biro direktorat",
    # An event is what the class attends, never which course: "Kompetisi Robot Nasional kelas RB-3A".
    "kompetisi lomba festival olimpiade wisuda competition contest olympiad",
    # A company or a school is where, never which course: "Kunjungan Industri ke PT Batamindo kelas IF-2A".
    "pt cv universitas university institut politeknik",
)
# Words of a sentence, not of a name: "matkul yang saya ampu (IF2105)" names no course.
NOT_IN_LOWER_CASE_NAME = _words(
    "yang yg saya sy kami ini itu tsb tersebut nya di ke dari utk untuk kelas kls ya min kak pak bu sudah dengan dgn",
    "sdh udh belum blm masih msh tidak tdk gak gk bisa mohon mhn tolong the my our this is of code kode",
    "pagi siang sore malam reguler karyawan wajib pilihan page halaman number nomor no id for in on at with from",
    # Who is in a class, never which course: "Mahasiswa kelas TI-1B", "Ketua kelas MB 3B".
    "mahasiswa mhs students student ketua wali seluruh semua para all",
)
# What a subject asks about rather than which course: "Lecturer for IB2101", "Semester Web Programming".
FIELD_WORDS = _words(
    "lecturer dosen pengampu semester sks credits enrolment enrollment key short name nama kelas class",
    "announcement pengumuman deskripsi summary ringkasan ganti change update",
    # What the writer does to the course, never its name: "Rename ENG1101", "Setting course".
    "rename renaming setting settings pengaturan edit ubah perubahan",
)
_CLASS_OR_TERM = frozenset(["semester", "smt", "sem", "kelas", "kls", "class", "section", "seksi", "grup", "group"])
# A class as departments write it: "TI-2A", "MB-2C", "TE-3", and with a space "MB 3B"; its time of day or cohort after.
_CLASS = re.compile(r"[A-Z]{1,5}-\d[A-Z]?\w*[:,]?")
# "2D", "3D" after a word are dimensions ("Pemodelan CAD 3D"), never a class.
_SPACED_CLASS = (re.compile(r"[A-Z]{1,5}"), re.compile(r"(?![234]D\b)\d[A-Z]\w*[:,]?"))
TIME_OF_DAY = _words("pagi siang sore malam karyawan reguler regular morning afternoon evening night weekend")


_CLASS_WORDS = frozenset(["class", "kelas", "kls"])
_SECTION = frozenset(["section", "sesi", "group", "grup", "kelompok", "rombel", "team", "tim"])


def class_length(words: list[str]) -> int:
    """How many of the words, from the first, are a class: "TI-2A" is one, "MB 3B" two; none is 0."""
    if words and _CLASS.fullmatch(words[0]):
        return 1
    if len(words) > 1 and _SPACED_CLASS[0].fullmatch(words[0]) and _SPACED_CLASS[1].fullmatch(words[1]):
        return 2
    return 0


def _class_at_start(words: list[str]) -> int:
    length = class_length(words)
    # A spaced class opens a name only when nothing follows ("MB 1A Morning"): "CAD 3D Modelling" is a name.
    spaced = length == 2
    if length and len(words) > length and words[length].lower().strip(":,") in TIME_OF_DAY:
        length += 1
    return 0 if spaced and len(words) > length else length


_AT_AN_HOUR = frozenset(["at", "by", "on", "from", "pada", "jam", "pukul", "pkl"])


def _class_or_code_at_end(words: list[str]) -> int:
    """How many words at the end are a class with its time of day, a code, or a connector left before them."""
    last = words[-1]
    if _CODE.fullmatch(last) or re.fullmatch(r"[\[(]?[A-Za-z]{2,4}[- ]?\d{3,4}[)\]]?", last):
        return 1
    # "Gambar Teknik MES 2107": a code written with a space is two words.
    if len(words) > 2 and re.fullmatch(r"\d{3,4}[)\]]?", last) and re.fullmatch(r"[\[(]?[A-Z]{2,4}", words[-2]):
        return 2
    # "English for Engineers at 7 am", "Fisika pukul 8": the hour the writer goes on to is no part of the name.
    if len(words) > 2 and re.fullmatch(r"\d{1,2}(?:[.:]\d{2})?", last) and words[-2].lower() in _AT_AN_HOUR:
        return 2
    # "Basis Data pada Senin", "Kimia Dasar on Moodle": when or where after a connector is no part of the name.
    if len(words) > 2 and last in NOT_A_NAME and words[-2].lower() in CONNECTORS:
        return 2
    # "... di E-Learning Polibatam": where, in several words, after its connector.
    if len(words) > 3 and last in NOT_A_NAME and words[-2] in NOT_A_NAME and words[-3].lower() in CONNECTORS:
        return 3
    timed = 1 if last.lower().strip(":,") in TIME_OF_DAY else 0
    for length in (1, 2):
        start = len(words) - timed - length
        if start >= 1 and class_length(words[start:]) == length:
            return timed + length
    # "... ELK3208 untuk TE-3A": once the class is gone, the connector before it goes too, then the code.
    if last.lower() in CONNECTORS | {"utk", "kelas", "kls", "class"} and len(words) > 1 and not last.istitle():
        return 1
    return 0


_ORDINAL_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)[,.]?")


def trim_name(words: list[str]) -> str | None:
    cut, end = name_span(words)
    words = words[:end]
    # "Kuliah Pengganti TI-2C", "Kuliah Umum": after "Kuliah" a kind of lecture, never a course.
    if cut + 1 < len(words) and words[cut].lower() == "kuliah" and words[cut + 1].lower() in KIND_OF_LECTURE:
        return None
    # "Kuliah Pengganti TI-2C", "Kuliah Umum": after "Kuliah" a kind of lecture, never a course.
    if cut and words[cut - 1].lower() == "kuliah" and cut < len(words) and words[cut].lower() in KIND_OF_LECTURE:
        return None
    words = [word.strip("\"“”'‘’") for word in words[cut:]]
    words = [word for word in words if word]
    if (code_label := next((i for i, w in enumerate(words) if w.lower() in CODE_LABEL_WORDS), None)) is not None:
        words = words[:code_label]
    # "I'm the TA for X": after the writer's role, the name starts after its "for"/"of".
    if words and words[0].lower() in PRONOUNS and len(words) > 1 and not words[1][:1].isupper():
        purpose = next((i for i, w in enumerate(words) if w.lower() in PURPOSE), None)
        words = words[purpose + 1 :] if purpose is not None else words[1:]
    # A sentence that opens right before the name: "Terkait Basis Data (IF2204)", "Yth. Tim P4M Basis Data".
    while words and words[0] in OPENERS:
        words = words[1:]
    # "kelas Jaringan Komputer TI-2A", "Manajemen Keuangan MB 3B", "Elektronika Daya ELK3208 untuk TE-3A": a class
    # (with its time of day) or the code after a name is where and which it is taught, in any order.
    while len(words) > 1 and (cut := _class_or_code_at_end(words)):
        words = words[:-cut]
    # "TI-3A Pagi", "MB 1A Morning": a class before the name is where it is taught; a class alone is no name.
    # "kelas TI-2A dan TI-2B di Pemrograman Web": classes joined by connectors before it, too.
    if words and _class_at_start(words):
        while words and (cut := _class_at_start(words)):
            words = words[cut:]
            while words and words[0].lower() in CONNECTORS:
                words = words[1:]
        if not words:
            return None
    # "MK PKN/Pendidikan Kewarganegaraan": an abbreviation glued before the name by a slash is not part of it.
    if words and (glued := re.fullmatch(r"[A-Z]{2,6}/([A-Z][a-z][\w'’&-]*)", words[0])):
        words = [glued.group(1), *words[1:]]
    # ... or after it: "Pemrograman Berorientasi Obyek/PBO"; by a hyphen only the name's initials ("Sistem Informasi
    # Manajemen-SIM", never "Bahasa Inggris Pra-TOEFL").
    if words and (glued := re.fullmatch(r"([A-Z][a-z][\w'’&-]*?)([/-])([A-Z]{2,6})", words[-1])):
        initials = "".join(word[0] for word in [*words[:-1], glued.group(1)] if word.lower() not in CONNECTORS)
        if glued.group(2) == "/" or initials.upper().endswith(glued.group(3)):
            words = [*words[:-1], glued.group(1)]
    # "Basis Data Lanjut Semester 4", "Fisika Kelas TI-1A": the semester or class after a name is not part of it.
    when = next((i for i, word in enumerate(words[1:-1], 1) if word.lower() in _CLASS_OR_TERM), None)
    # "BASIS DATA KELAS MALAM TIDAK BISA": a class named by its time of day closes the name too.
    if when is not None and (
        # "Statistics Section B", "Kimia Kelas A": a single letter after the word names a class too.
        re.fullmatch(r"[A-Z]{1,5}-?\d[A-Z]?\w*|[A-Z]|\d{1,2}|[IVX]{1,4}|Ganjil|Genap", words[when + 1])
        or words[when + 1].lower().strip(".,:;") in TIME_OF_DAY
    ):
        words = words[:when]
    # "nama MK LG1101 Pengantar Logistik menjadi ...": a code before the name is the course's code, not its name.
    while len(words) > 1 and (_CODE.fullmatch(words[0].rstrip(":,")) or VARIANT_CODE.fullmatch(words[0].rstrip(":,"))):
        words = words[1:]
    # A name never starts with a bare number: "kelas 2 Kalkulus" is class 2 of Kalkulus, and "13.00 di Lab Robotika"
    # leaves "00 di ...", the tail of a time with the place after it, which names no course.
    numbered = bool(words) and words[0].isdigit()
    while words and words[0].isdigit():
        words = words[1:]
    if numbered and (not words or words[0].lower() in CONNECTORS):
        return None
    # "for section B of Business English": a class's letter and its "of" open no name
    if len(words) > 2 and re.fullmatch(r"[A-H]", words[0]) and words[1].lower() in {"of", "dari"}:
        words = words[2:]
    # A short name built on the code opens no name either: "swap CE2104 for CE2104-STR on Structural Analysis".
    while words and (
        words[0].lower() in CONNECTORS or (len(words) > 1 and re.fullmatch(r"[A-Z]{2,4}\d{3,4}-[A-Z0-9]+", words[0]))
    ):
        words = words[1:]
    # "on 5th Oct at 10 AM": a day written as an ordinal opens a date, never a name.
    if words and _ORDINAL_DAY.fullmatch(words[0]):
        return None
    # A connector in Title case closes a name as one of its words: "Ilmu Penyakit Dalam".
    while words and words[-1].lower() in CONNECTORS and not re.fullmatch(r"[A-Z][a-z]+", words[-1]):
        words = words[:-1]
    # "PKN (Pendidikan Kewarganegaraan)": after an abbreviation (or a code), the bracket spells the name out.
    if spelled := re.fullmatch(r"(?:[A-Z]{2,6}[ \t]+)?\(([^()]+)\)", " ".join(words)):
        words = spelled.group(1).split()
    if words and (words[0].lower() in _NOT_A_COURSE_START or " ".join(words[:2]).lower() == "program studi"):
        return None
    if not words or all(word.isupper() and len(word) <= 4 for word in words):
        return None
    # "di SIAKAD", "kelas Online", "Jumat": a system, a mode or a day alone names no course; nor a version ("MK Baru").
    if all(word in NOT_A_NAME or word.lower() in VERSION_WORDS for word in words):
        return None
    # "Pagi dan Malam", "Section B", "Grup A", "the Evening Class": a time of day, a section or a group is where,
    # never which course.
    lower = [word.lower() for word in words]
    if all(word in TIME_OF_DAY | CONNECTORS | _CLASS_WORDS for word in lower) or lower[0] in _SECTION:
        return None
    # "kalkulus 1 kode MA1101": a number or a numeral left alone is no name.
    if not re.search(r"[^\W\d_]{2}", " ".join(words)) or re.fullmatch(r"[IVX]{1,4}", " ".join(words)):
        return None
    # "course ID 2231": a number with a prefix is no name.
    if re.fullmatch(r"[A-Za-z]{2,4}[ .-]?\d+", " ".join(words)):
        return None
    # "course Basis Data-nya": the clitic glued to the name's last word is not part of it.
    words[-1] = re.sub(r"-nya$", "", words[-1])
    # "TS4102: SKS-nya ...": a field alone after the code is what is asked about, never the course.
    if all(word.lower() in FIELD_WORDS for word in words):
        return None
    # A class code (RB-1A, TI-3B) is where a course is taught, not its name; a code alone (a unit's "UPT-LIB1") is
    # which course, never its name.
    if len(words) == 1 and (re.fullmatch(r"[A-Z]{1,4}-\d[A-Z]\w*", words[0]) or SHAPE_RE.fullmatch(words[0])):
        return None
    return " ".join(words)


def clean(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip().strip("\"“”'").strip().rstrip(",;:")


# Any code shape; whether it is the request's code is checked after the match, so that no pattern is compiled
# per code (compiling per mail cost more than all the matching).
# A practicum's code may end in its letter: "ELE2101L (Circuit Analysis Lab)".
# ... and a service unit's code, its initials before a hyphen ("UPB-TF02 TOEFL Preparation", "Skills (CDC-SS3)").
# A department's variant ("MNJ-2104-2027", "AK_2103", "TRPE.3.04", "TE 2.201") is read whole, before the plain shape.
SHAPE = (
    r"(?<![\w-])(?:[A-Za-z]{2,4}-?\d{3,4}-20[2-4]\d|[A-Za-z]{2,4}_\d{3,4}|[A-Z]{2,4}\.\d\.\d{2}"
    r"|[A-Za-z]{2,4}[ .-]?\d{3,4}L?|[A-Z]{2,4}-[A-Z]{1,3}\d{1,2}|[A-Z]{2,4}[ ]\d-\d{3}"
    r"|[A-Z]{2,4}[ -]?\d\.\d{2,3}[A-Z]?)"
    r"(?!\w|-(?![A-Z][a-z]))"
)
SHAPE_RE = re.compile(SHAPE)


def is_code(found: str, code: str | None) -> bool:
    return found == code if code else bool(_CODE.fullmatch(found))


def quoted(match: re.Match[str], group: int = 1) -> str:
    return clean(match.group(group) or match.group(group + 1))
