"""Extract what staff need from a request: course code and name, requested changes, announcement details."""

from __future__ import annotations

import re
from datetime import datetime

from daemon.classify.announcement import extract_announcement
from daemon.classify.model import RequestFields, RequestType

# Course codes as departments write them: IF201, TRE3201, RPL2102. A code followed by "-XX" is a short
# name (MK3207-IA), and a code right after "menjadi"/"seharusnya"/"to" is the new value, not the course.
_CODE = re.compile(r"(?<![\w-])([A-Z]{2,4}\d{3,4})(?![\w-])")
_NEW_VALUE_BEFORE = re.compile(r"(?:menjadi|jadi|seharusnya|harusnya|diganti|to|is)\s*:?\s*[\"“']?$", re.IGNORECASE)
_STUDENT_ID = re.compile(r"(?:student id|nim|nik|id)\s*$", re.IGNORECASE)
_NAME_WORD = r"(?:[A-Z][\w'’&/-]*|of|and|dan|&|di|untuk|[IVX]{1,4}|\d)"
_CONNECTORS = {"of", "and", "dan", "&", "di", "untuk"}
_NAME_BEFORE_CODE = re.compile(rf"((?:{_NAME_WORD}\s+){{0,7}}{_NAME_WORD})\s*\(\s*({_CODE.pattern})\s*\)")
_QUOTED = r"[\"“]([^\"”\n]{2,80})[\"”]"
_STOP_WORDS = {
    "MK",
    "Mata",
    "Kuliah",
    "Matakuliah",
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


_CASUAL = {
    "jd": "jadi",
    "jdi": "jadi",
    "mjd": "menjadi",
    "mnjd": "menjadi",
    "mjdi": "menjadi",
    "hrsnya": "harusnya",
    "hrs": "harus",
    "hrusnya": "harusnya",
    "sharusnya": "seharusnya",
    "shrsnya": "seharusnya",
    "dgn": "dengan",
    "utk": "untuk",
    "ketulis": "tertulis",
    "ditulis": "tertulis",
    "pdhl": "padahal",
    "tdk": "tidak",
}
_CASUAL_WORD = re.compile(r"\b(" + "|".join(_CASUAL) + r")\b", re.IGNORECASE)


def expand_casual(text: str) -> str:
    """Spell out casual abbreviations ("jd" -> "jadi") so the change patterns can read them; case is kept."""
    return _CASUAL_WORD.sub(lambda match: _CASUAL[match.group(1).lower()], text)


def flatten(text: str) -> str:
    """Join wrapped lines of a paragraph; paragraph breaks stay."""
    return re.sub(r"[ \t]*(?<!\n)\n(?!\n)[ \t]*", " ", text)


def find_course_code(subject: str, text: str) -> str | None:
    for source in (subject, text):
        for match in _CODE.finditer(source):
            before = source[max(0, match.start() - 25) : match.start()]
            if _NEW_VALUE_BEFORE.search(before) or _STUDENT_ID.search(before):
                continue
            return match.group(1)
    return None


def _trim_name(words: list[str]) -> str | None:
    # The name starts after the last word that introduces it ("... untuk MK Statistika Komputasi").
    cut = max((index + 1 for index, word in enumerate(words) if word in _STOP_WORDS or word == "untuk"), default=0)
    words = words[cut:]
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
    ):
        if pattern and (match := re.search(pattern, text)):
            return _clean(match.group(1))
    for source in (text, subject):
        for match in _NAME_BEFORE_CODE.finditer(source):
            if code and match.group(2) != code:
                continue
            name = _trim_name(match.group(1).split())
            if name:
                return name
    if code:
        match = re.search(rf"{code}\s+((?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD})", text + "\n" + subject)
        if match and (name := _trim_name(match.group(1).split())):
            return name
    for source in (text, subject):
        match = re.search(
            rf"(?i:course|mk|mata kuliah|matakuliah|teaching)\s+((?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD})",
            source,
        )
        if match and (name := _trim_name(match.group(1).split())) and not _CODE.fullmatch(name):
            return name
    match = re.search(rf"\s[-–]\s+((?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD})\s*$", subject)
    if match and (name := _trim_name(match.group(1).split())):
        return name
    return None


def _after_label(text: str, labels: str) -> str | None:
    """The value after "Label:" on the same line, or on the next non-empty line."""
    match = re.search(rf"(?im)^\s*(?:[-•*\d.)a-z]+\s*)?(?:{labels})\s*:\s*(.*)$", text)
    if not match:
        return None
    value = match.group(1).strip()
    if value:
        return _clean(value)
    rest = text[match.end() :].lstrip("\n")
    return _clean(rest.split("\n", 1)[0]) or None


def _paragraph_after(text: str, cue: str) -> str | None:
    match = re.search(cue, text, re.IGNORECASE)
    if not match:
        return None
    rest = text[match.end() :]
    rest = rest[rest.find(":") + 1 :] if ":" in rest.split("\n", 1)[0] else rest.split("\n", 1)[-1]
    paragraph = re.split(r"\n\s*\n", rest.strip(), maxsplit=1)[0]
    return _clean(paragraph) or None


def extract_changes(text: str, code: str | None) -> tuple[tuple[str, str], ...]:
    changes: dict[str, str] = {}
    text = expand_casual(text)
    lines, text = text, flatten(text)
    fullname = _after_label(lines, r"nama baru|nama lengkap|new (?:full )?name|full ?name")
    if fullname is None and (
        match := re.search(
            r"nama lengkap\s+(?:menjadi|jadi)\s+([^\n]+?)(?:\s+-\s|$|\n)", lines, re.IGNORECASE | re.MULTILINE
        )
    ):
        fullname = match.group(1)
    if fullname is None and (
        match := re.search(
            rf"(?:rename|nama|namanya|name)\b[^.]{{0,80}}?{_CHANGE_TO}\s*(?:english version:\s*)?{_QUOTED}",
            text,
            re.IGNORECASE,
        )
    ):
        fullname = match.group(1)
    if fullname is None and (
        match := re.search(
            r"nama (?:mk|matakuliah|mata kuliah)\s*(?:nya)?\s+sudah berubah (?:jadi|menjadi)\s+([^\n?.,]+)",
            text,
            re.IGNORECASE,
        )
    ):
        fullname = match.group(1)
    if fullname:
        changes["fullname"] = _clean(fullname)
    shortname = _after_label(lines, r"nama singkat|short ?name|kode/short name")
    if shortname is None and (
        match := re.search(
            r"(?:short ?name|kode)[^\n]{0,80}?(?:seharusnya|menjadi|harusnya)\s+([A-Z]{2,5}\d{3,4}(?:-[A-Z]+)?)",
            text,
            re.IGNORECASE | re.DOTALL,
        )
    ):
        shortname = match.group(1)
    if shortname is None and (
        match := re.search(r"correct (?:code|short ?name).{0,40}?\bis\s+([A-Z]{2,5}\d{3,4}(?:-[A-Z]+)?)", text, re.I)
    ):
        shortname = match.group(1)
    if shortname and shortname != code and _CODE.match(shortname.split("-")[0] if shortname else ""):
        changes["shortname"] = _clean(shortname)
    if re.search(r"\b(?:sks|credits?)\b", text, re.IGNORECASE):
        credits = re.findall(r"(?:menjadi|jadi|harusnya|seharusnya|sekarang|to|berbobot)\s+(\d{1,2})\b", text, re.I)
        if credits:
            changes["credits"] = credits[-1]
    lecturer = re.search(rf"(?:digantikan oleh|pengampunya|diubah menjadi|lecturer (?:is|to)):?\s*{_PERSON}", lines)
    if lecturer and re.search(r"dosen|pengampu|lecturer|team teaching", text, re.IGNORECASE):
        changes["lecturer"] = _clean(re.split(r"\s+\(|\n", lecturer.group(1))[0])
    klass = re.search(rf"(?i:kelas(?:nya)?)[^.]{{0,40}}?(?:ditulis\s*)?{_QUOTED}", text)
    if klass and "/" in klass.group(1):
        changes["class"] = _clean(klass.group(1))
    elif (
        match := re.search(
            rf"(?i:kelas[^\n]{{0,60}}?(?:tapi|seharusnya|diubah (?:ke|jadi|menjadi)|"
            rf"ngajar kelas)|diubah jadi|dibantu diubah jadi)\s+({_CLASS})",
            text,
        )
    ) or ((match := re.search(rf"(?:tapi|seharusnya)\s+({_CLASS})", text)) and re.search(r"kelas", text, re.I)):
        changes["class"] = _clean(match.group(1))
    semesters = _SEMESTER.findall(text)
    if semesters and re.search(r"semester|academic year|tahun ajaran|dipindah", text, re.IGNORECASE):
        changes["semester"] = _clean(semesters[-1])
    key = re.search(r"enrol(?:l)?ment key[^\n]{0,60}?(?:menjadi|jadi|\bto\b|:)\s*:?\s*([^\s,]+)", text, re.IGNORECASE)
    if key:
        changes["enrolment_key"] = key.group(1).strip().rstrip(".,;")
    summary = _paragraph_after(lines, r"(?:deskripsi|summary|description)[\s\S]{0,120}?(?:berikut|menjadi)")
    if summary:
        changes["summary"] = summary
    return tuple(changes.items())


def extract_fields(
    request_type: RequestType, subject: str, text: str, reference: datetime, context: str = ""
) -> RequestFields:
    """Fields for course_data and announcement requests; nothing is guessed for the other types.

    `context` is the quoted earlier conversation: consulted for the course only when the new text
    does not name it (a reply that just corrects the text of an announcement)."""
    if request_type not in (RequestType.COURSE_DATA, RequestType.ANNOUNCEMENT):
        return RequestFields()
    code = find_course_code(subject, text) or (find_course_code("", context) if context else None)
    name = find_course_name(subject, text, code) or (find_course_name("", context, code) if context else None)
    if request_type is RequestType.COURSE_DATA:
        return RequestFields(course_code=code, course_name=name, changes=extract_changes(text, code))
    announcement = extract_announcement(subject, text, reference, has_course=bool(code or name))
    if announcement.scope == "site":
        code = name = None
    return RequestFields(
        course_code=code,
        course_name=name,
        title=announcement.title,
        text=announcement.text,
        scope=announcement.scope,
        publish_at=announcement.publish_at,
    )
