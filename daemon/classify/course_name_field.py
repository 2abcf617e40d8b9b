"""A course name read as the course a field belongs to: "dosen untuk X", "pengampu di elearning X", a subject
"Ganti dosen X"."""

from __future__ import annotations

import re

from daemon.classify.course_name_shape import FIELD_WORDS, NOT_A_NAME, SHORT_NAME, trim_name

_FIELD = (
    r"(?i:\b(?:lecturer|dosen(?:\s+pengampu)?|pengampu|short\s?name|nama\s+singkat|credits?|sks|"
    # A bare "key" is the enrolment key: "the key of English for Specific Purposes 2".
    r"(?:enrol(?:l)?(?:ment)?\s*)?key|kunci\s+enrol\w*|summary|description|deskripsi))"
)
# Where the field shows may stand between it and its course: "pengampu di elearning Mekanika Fluida", "the lecturer
# shown on Moodle for Hydraulic Systems", "credits displayed in the LMS for Quality Management".
_SHOWN_AT = (
    r"(?:\s+(?i:shown|displayed|listed|tertulis|tercantum))?\s+(?i:di|on|in|pada)\s+(?i:the\s+)?"
    r"(?i:e-?learning|moodle|lms|siakad)\b"
)
_FIELD_OF_COURSE = re.compile(
    rf"{_FIELD}(?:{_SHOWN_AT}(?:\s+(?i:for|of|untuk|utk|bagi))?|\s+(?i:for|of|untuk|utk|pada|di))\s+"
    rf"(?:(?i:the|mata\s*kuliah|matkul|mk|course)\s+)?(?:({SHORT_NAME})|[\"“'‘]({SHORT_NAME})[\"”'’])"
)
# A field of the course itself (never a person's, "Dosen Hendra Wijaya mohon ..." is the lecturer) right before or
# after the course: "Short name Rekayasa Trafik tolong diganti", "the Water Resources Engineering enrolment key".
_OWN_FIELD = (
    r"(?i:short\s?name|nama\s+singkat|enrol(?:l)?(?:ment)?\s*key|kunci\s+enrol\w*|summary|description|deskripsi)"
)
_OWN_FIELD_THEN_NAME = re.compile(
    # ... or the passive verb asking for it: "kunci enrol Etika Bisnis dan Profesi diganti jadi ...".
    rf"\b{_OWN_FIELD}[ \t]+({SHORT_NAME})[ \t]+(?i:tolong|mohon|mhn|harap|please|should|needs?|perlu|harus"
    r"|diganti|diubah|dirubah|diperbarui|diupdate|direset)\b"
)
_NAME_THEN_OWN_FIELD = re.compile(rf"\b(?i:the|my|our)[ \t]+({SHORT_NAME})(?:'s?)?[ \t]+{_OWN_FIELD}\b")
# Where a course's fields show: "di e-learning", "on Moodle", "in the LMS".
_WHERE_SHOWN = r"(?i:di|on|in|pada)[ \t]+(?i:the[ \t]+)?(?i:e-?learning|moodle|lms)\b"
# A field of the course, its name, then where it shows: "SKS Rekayasa Lalu Lintas di Moodle tolong diubah", "Kunci
# pendaftaran Mesin Listrik di e-learning (TRE2210)". Never the lecturer's field, whose next words may be a person.
_OWN_FIELD_NAME_SHOWN = re.compile(
    r"(?i:\b(?:short\s?name|nama\s+singkat|credits?|sks|(?:enrol(?:l)?(?:ment)?\s*)?key|kunci(?:\s+enrol\w*"
    r"|\s+pendaftaran)?|summary|description|deskripsi|ringkasan))"
    rf"[ \t]+(?:(?i:mk|matkul|course|mata\s*kuliah)[ \t]+)?({SHORT_NAME})[ \t]*+,?[ \t]*+{_WHERE_SHOWN}"
)
# Where it shows, then the course that shows something: "On e-learning, Corrosion Engineering still shows the
# previous lecturer". "Di e-learning Hendra Wijaya masih tertulis sebagai dosen" is a person listed as something.
_SHOWN_THEN_NAME = re.compile(
    rf"{_WHERE_SHOWN}[ \t]*+,?[ \t]++({SHORT_NAME})[ \t]+(?i:masih[ \t]+|still[ \t]+|now[ \t]+)?"
    r"(?i:tertulis|tercantum|menampilkan|shows|reads|lists|displays|says)\b(?![ \t]+(?i:sebagai|as)\b)"
)


def shown_field_of_course(text: str) -> str | None:
    """ "SKS Rekayasa Lalu Lintas di Moodle ...", "On e-learning, Corrosion Engineering still shows ..."."""
    for pattern in (_OWN_FIELD_NAME_SHOWN, _SHOWN_THEN_NAME):
        for match in pattern.finditer(text):
            name = trim_name(match.group(1).split())
            if _course_of_field(match.group(1), name):
                return name
    return None


# "Ganti dosen Teknik Tenaga Listrik", "Update short name Computer Networks": a subject that names the field, then
# the course it belongs to.
_SUBJECT_FIELD_THEN_NAME = re.compile(rf"{_FIELD}\s+({SHORT_NAME})\s*$")


PERSON_TITLE = r"(?:Pak|Bu|Bapak|Ibu|Mr|Mrs|Ms|Dr|Prof|Ir)\b"


def _course_of_field(found: str, name: str | None) -> bool:
    """Whether the words after a field word name a course: never a person, a field, a class, a term or a day."""
    person = re.match(PERSON_TITLE, found)
    # Before trimming: "Ganti enrolment key Kelas Karyawan" names a class even though "Kelas" opens no name.
    words = set(found.split()) | set(name.split()) if name else set()
    return bool(name) and not person and not {w.lower() for w in words} & FIELD_WORDS and not words & NOT_A_NAME


def field_of_course(subject: str, text: str) -> str | None:
    """ "change the lecturer for Statistics and Probability to Dr. Kim", "SKS untuk Fisika Dasar 2 jadi 3"."""
    if name := shown_field_of_course(text):
        return name
    for source in (text, subject):
        for match in _FIELD_OF_COURSE.finditer(source):
            # "Lecturer for 'Marine Biology'": the course may stand in quotes.
            found = match.group(1) or match.group(2)
            name = trim_name(found.split())
            if _course_of_field(found, name):
                return name
    return None


_VERSION_WORDS = frozenset(["singkat", "baru", "lama", "new", "old", "page", "halaman", "sekarang", "current"])


def own_field_beside_course(text: str) -> str | None:
    """ "Short name Rekayasa Trafik tolong diganti", "change the Water Resources Engineering enrolment key"."""
    for pattern in (_OWN_FIELD_THEN_NAME, _NAME_THEN_OWN_FIELD):
        for match in pattern.finditer(text):
            name = trim_name(match.group(1).split())
            # Two words or more, none saying which version of the field ("Deskripsi Singkat", "Short name Baru").
            words = {word.lower() for word in name.split()} if name else set()
            if _course_of_field(match.group(1), name) and len(words) > 1 and not words & _VERSION_WORDS:
                return name
    return None


# "SISTEM OPERASI DAN JARINGAN - ganti dosen", "Kalkulus 2: SKS": a subject that opens with the course, then a dash or
# a colon and the field asked about, as a tag of the mail.
_SUBJECT_NAME_THEN_FIELD = re.compile(
    rf"^[ \t]*({SHORT_NAME})[ \t]*[-–:|][ \t]+(?:(?i:ganti|ubah|update|change|perubahan|edit)[ \t]+)?{_FIELD}"
)
# What a subject asks for, never the course it is about: "Mohon Bantuan - ganti dosen", "Urgent Request: SKS"; nor
# the programme asking ("Program Magister Terapan Teknik Komputer - enrol key").
_ASKING_WORDS = frozenset(
    ["bantuan", "permohonan", "permintaan", "request", "help", "urgent", "penting", "segera", "pertanyaan", "question"]
)
_PROGRAMME = frozenset(["program", "programme", "prodi", "jurusan", "department", "unit", "pusat", "upt"])


def field_then_course(subject: str) -> str | None:
    """A subject that names a field, then the course (only a name with lower-case letters); or the course, in two
    words or more, then the field."""
    found = _SUBJECT_FIELD_THEN_NAME.search(subject)
    if found and (name := trim_name(found.group(1).split())) and re.search(r"[a-z]{3}", name):
        return name if _course_of_field(found.group(1), name) else None
    tagged = _SUBJECT_NAME_THEN_FIELD.match(subject)
    if tagged and (name := trim_name(tagged.group(1).split())) and len(name.split()) > 1:
        asking = bool({word.lower() for word in name.split()} & _ASKING_WORDS) or name.split()[0].lower() in _PROGRAMME
        return name if _course_of_field(tagged.group(1), name) and not asking else None
    return None
