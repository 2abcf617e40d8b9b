"""Extract what staff need from a request: course code and name, requested changes, announcement details."""

from __future__ import annotations

import re
from datetime import datetime

from daemon.classify.announcement import extract_announcement
from daemon.classify.changes import find_changes
from daemon.classify.model import RequestFields, RequestType

# Course codes as departments write them: IF201, TRE3201, RPL2102. A code followed by "-XX" is a short
# name (MK3207-IA), and a code right after "menjadi"/"seharusnya"/"to" is the new value, not the course.
_CODE = re.compile(r"(?<![\w-])([A-Z]{2,4}\d{3,4})(?![\w-])")
_NEW_VALUE_BEFORE = re.compile(r"(?:menjadi|jadi|seharusnya|harusnya|diganti|to|is)\s*:?\s*[\"“']?$", re.IGNORECASE)
_STUDENT_ID = re.compile(r"(?:student id|nim|nik|id)\s*$", re.IGNORECASE)
# "to" only inside "Intro(duction) to X"; elsewhere it leads to a new value.
_NAME_WORD = (
    r"(?:[A-Z][\w'’&/-]*|(?:(?<=Intro\s)|(?<=Introduction\s))to|of|and|for|in|the|with|on|dan|&|di|untuk|dalam|"
    r"pada|bagi|[IVX]{1,4}|\d\w*)"
)
_CONNECTORS = {"of", "and", "for", "in", "the", "with", "on", "dan", "&", "di", "untuk", "dalam", "pada", "bagi"}
# "Pemrograman Web (IF302)", "my Technical Writing course (BI3102)"
_NAME_BEFORE_CODE = re.compile(
    rf"((?:{_NAME_WORD}\s+){{0,7}}{_NAME_WORD})\s+(?:(?i:course|class|mk|matkul)\s+)?\(\s*({_CODE.pattern})\s*\)"
    rf"|((?:{_NAME_WORD}\s+){{0,7}}{_NAME_WORD})\s*\(\s*({_CODE.pattern})\s*\)"
)
# "IF1105 (Algoritma dan Pemrograman)"
_NAME_AFTER_CODE = re.compile(rf"({_CODE.pattern})\s*\(\s*((?:{_NAME_WORD}\s+){{0,7}}{_NAME_WORD})\s*\)")
# "(Teknik Tenaga Listrik, EL2301)": name and code together in one parenthesis.
_NAME_CODE_TOGETHER = re.compile(rf"\(\s*((?:{_NAME_WORD}\s+){{0,7}}{_NAME_WORD})\s*[,;/]\s*({_CODE.pattern})\s*\)")
# "my Technical English course", "our Control Systems class"
_MY_NAMED_COURSE = re.compile(rf"\b(?:my|our)\s+((?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD})\s+(?:course|class|module)\b")
_QUOTED = r"[\"“]([^\"”\n]{2,80})[\"”]"
_STOP_WORDS = {
    "MK",
    "Mata",
    "Kuliah",
    "Matakuliah",
    "Matkul",
    "Makul",
    "Course",
    "Kode",
    "Mohon",
    "Tolong",
    "Untuk",
    "Pada",
    "Di",
    "Yth",
    "Saya",
    "Kami",
    "Dear",
    "Hi",
    "Halo",
    "Sesuai",
    "Perubahan",
    "Update",
    "Permohonan",
    "Request",
    "Pengumuman",
    "Penambahan",
    "Pergantian",
    "Koreksi",
    "Nama",
    "SKS",
    "Enrolment",
    "Deskripsi",
    "Typo",
    "New",
    "Please",
    "The",
    "My",
    "Gabung",
    "Kelas",
    "Announcement",
    "LB",
    "Dosen",
}
_CLASS = r"[A-Z]{2,4}-\d[A-Z](?:\s+(?:Pagi|Malam|Sore))?"
_SEMESTER = re.compile(r"\b((?:Ganjil|Genap|Odd|Even)\s+\d{4}/\d{4})\b", re.IGNORECASE)
_CHANGE_TO = r"(?:menjadi|jadi|ke|to|seharusnya|harusnya|tapi|diganti(?:kan)? (?:menjadi|dengan|oleh)|:)"
_PERSON = (
    r"((?:(?:Dr|Ir|Prof|Drs|Dra|Bpk|Ibu|Pak|Bu)\.?\s+)*[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]*){0,4}"
    r"(?:,\s*(?:[A-Z][\w.]*\.?|M\.\s?\w+\.?)(?:\s?[A-Z][\w.]*)*)*(?:\s+dan\s+[^\n(]+)?)"
)


def _clean(value: str) -> str:
    # Trailing periods stay: they end sentences of a summary and titles such as "M.Kom.".
    return re.sub(r"\s+", " ", value).strip().strip("\"“”'").strip().rstrip(",;:")


def find_course_code(subject: str, text: str) -> str | None:
    for source in (subject, text):
        for match in _CODE.finditer(source):
            before = source[max(0, match.start() - 25) : match.start()]
            if _NEW_VALUE_BEFORE.search(before) or _STUDENT_ID.search(before):
                continue
            return match.group(1)
    return None


def _introduces_name(word: str) -> bool:
    # "MK", "Matkul", "MATKUL" and "matkul" all introduce the name; a lower-case "di" inside a name does not.
    return word in _STOP_WORDS or word == "untuk" or word.lower() in {"mk", "matkul", "makul", "matakuliah"}


def _trim_name(words: list[str]) -> str | None:
    # The name starts after the last word that introduces it ("... untuk MK Statistika Komputasi").
    cut = max((index + 1 for index, word in enumerate(words) if _introduces_name(word)), default=0)
    words = words[cut:]
    while words and _CODE.fullmatch(words[-1]):
        words = words[:-1]
    while words and words[0].lower() in _CONNECTORS:
        words = words[1:]
    while words and words[-1].lower() in _CONNECTORS:
        words = words[:-1]
    if not words or all(word.isupper() and len(word) <= 4 for word in words):
        return None
    return " ".join(words)


def find_course_name(subject: str, text: str, code: str | None) -> str | None:
    for pattern in (
        r"[Nn]ama (?:lama|sekarang|saat ini)\s*:\s*([^\n]+)",
        rf"nama (?:yg|yang) sekarang\s*{_QUOTED}",
        rf"(?i:course|mk|mata kuliah)(?: lama)?\s+{_QUOTED}",
        rf"{code}\s+{_QUOTED}" if code else None,
        # "nama mata kuliah IF2107 di e-learning tertulis "Struktur Dat"": the name as it stands now.
        rf"(?i:nama (?:mata kuliah|matakuliah|mk|course)|course name)[^\n\"“]{{0,40}}?"
        rf"(?i:tertulis|tercantum|masih|still shows|shows|is shown as|reads)\s+{_QUOTED}",
        # "Rename: Database Systems -> Database Systems and SQL": the old side of the arrow is the current name.
        r"(?i:rename[ds]?|ganti nama|ubah nama)\s*:?\s*([^\n>:]{3,80}?)\s*(?:->|-->|\u2192|=>)",
    ):
        for source in (text, subject):
            if pattern and (match := re.search(pattern, source)):
                return _clean(match.group(1))
    for source in (text, subject):
        for match in _NAME_BEFORE_CODE.finditer(source):
            found_name, found_code = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 5)
            if code and found_code != code:
                continue
            name = _trim_name(found_name.split())
            if name:
                return name
    for source in (text, subject):
        for match in _NAME_CODE_TOGETHER.finditer(source):
            if (not code or match.group(2) == code) and (name := _trim_name(match.group(1).split())):
                return name
    for source in (text, subject):
        for match in _NAME_AFTER_CODE.finditer(source):
            if (not code or match.group(1) == code) and (name := _trim_name(match.group(3).split())):
                return name
    if code:
        after_code = rf"(?<![\w-]){code}(?:\s*:\s*|\s+[-\u2013]\s+|\s+)((?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD})"
        for match in re.finditer(after_code, text + "\n" + subject):
            if name := _trim_name(match.group(1).split()):
                return name
    for source in (text, subject):
        match = re.search(
            rf"(?i:course|mk|matkul|makul|mata kuliah|matakuliah|teaching)\s+((?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD})",
            source,
        )
        if match and (name := _trim_name(match.group(1).split())) and not _CODE.fullmatch(name):
            return name
    for source in (text, subject):
        for match in _MY_NAMED_COURSE.finditer(source):
            if name := _trim_name(match.group(1).split()):
                return name
    # "di kelas Fisika 2": after "kelas"/"class" only a name with lower-case letters, never a class code (IF-3A).
    for source in (text, subject):
        for match in re.finditer(rf"\b(?:kelas|class)\s+((?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD})", source):
            name = _trim_name(match.group(1).split())
            if name and re.search(r"[a-z]{3}", name) and not _CODE.fullmatch(name):
                return name
    match = re.search(rf"\s[-–]\s+((?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD})\s*$", subject)
    if match and (name := _trim_name(match.group(1).split())):
        return name
    return None


def extract_fields(
    request_type: RequestType, subject: str, text: str, reference: datetime, context: str = ""
) -> tuple[RequestFields, tuple[str, ...]]:
    """Fields for course_data and announcement requests, and where each change was read; nothing is guessed for
    the other types.

    `context` is the quoted earlier conversation: consulted for the course only when the new text
    does not name it (a reply that just corrects the text of an announcement)."""
    if request_type not in (RequestType.COURSE_DATA, RequestType.ANNOUNCEMENT):
        return RequestFields(), ()
    code = find_course_code(subject, text) or (find_course_code("", context) if context else None)
    name = find_course_name(subject, text, code) or (find_course_name("", context, code) if context else None)
    if request_type is RequestType.COURSE_DATA:
        changes = find_changes(text, code, subject)
        pairs = tuple((change.field, change.value) for change in changes)
        return RequestFields(course_code=code, course_name=name, changes=pairs), tuple(c.reason() for c in changes)
    announcement = extract_announcement(subject, text, reference, has_course=bool(code or name))
    if announcement.scope == "site":
        code = name = None
    fields = RequestFields(
        course_code=code,
        course_name=name,
        title=announcement.title,
        text=announcement.text,
        scope=announcement.scope,
        publish_at=announcement.publish_at,
    )
    return fields, ()
