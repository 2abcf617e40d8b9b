"""A course name read from where it stands beside its code: brackets around the code or the name, a lower-case name
between a course cue and its code (a labelled line or a table column in course_name_labelled)."""

from __future__ import annotations

import re

from daemon.classify.course_name_shape import (
    FIELD_WORDS,
    LINE_NAME,
    NAME,
    NOT_IN_LOWER_CASE_NAME,
    SHAPE,
    SHAPE_RE,
    SUFFIX,
    is_code,
    trim_name,
)
from daemon.classify.signed_off import GREETING

# Name before the code (in round or square brackets), name and code in one bracket, name after the code.
# "Circuit Theory I (course code EE1102)", "Sistem Operasi (kode: IF 2105)": the code's label inside the bracket.
_CODE_LABEL = r"(?:(?i:(?:course\s+)?code|kode(?:\s+(?:mk|matkul|mata\s*kuliah))?)\s*:?\s*)?"
# "kode FS1202", "dengan kode MK FS1202", "code: ME2103": a code's label, its course word after it.
_LABELLED_CODE = r"(?i:kode|kd|code)(?:[ \t]+(?i:mk|matkul|mata\s*kuliah|course))?(?:[ \t]*:)?"
_BEFORE_CODE = re.compile(
    rf"({NAME}){SUFFIX}\s+(?:(?i:course|class|mk|matkul|module|unit|subject)\s+)?[(\[]\s*{_CODE_LABEL}({SHAPE})\s*[)\]]"
    rf"|({NAME}){SUFFIX}\s*[(\[]\s*{_CODE_LABEL}({SHAPE})\s*[)\]]"
    # "Basis Data / IF2204", "Machine Vision, RB3105", "Fisika Dasar 2 kode FI1202"
    # and with its abbreviation in brackets between: "Sistem Informasi Geografis (SIG) - GM3101"
    rf"|({NAME})(?:[ \t]*\([A-Z]{{2,6}}\))?[ \t]*(?:[/,|]|\s[-–]|\s{_LABELLED_CODE})[ \t]*({SHAPE})"
    # "Industrial Automation, course code me 2203", "Manajemen Proyek Konstruksi semester 6 (dosen: X), kode TS3108":
    # a class, a semester or an aside in brackets may stand between the name and its labelled code.
    rf"|({NAME}){SUFFIX}(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*+,?[ \t]*(?:(?i:course|mk|mata\s*kuliah|matkul)[ \t]+)?"
    rf"{_LABELLED_CODE}[ \t]*({SHAPE})"
)
# Only in running text ("Kuis TI2204", "Kodenya IF2204" open a sentence), never a clitic noun ("Kelasnya").
_RIGHT_BEFORE_CODE = re.compile(rf"(?<![\w-])[a-z]+[ \t]+((?!\w+nya\b){LINE_NAME})[ \t]+({SHAPE})")
_TOGETHER = re.compile(rf"\(\s*({NAME})\s*[,;/]\s*({SHAPE})\s*\)")
# "RPL-3201-2026 (Web Framework / Backend)": a slashed name in the bracket, widened to the whole by the caller.
_AFTER_CODE = re.compile(rf"({SHAPE})\s*\(\s*({NAME})\s*(?:/[^()\n]{{1,40}}+)?\)")

# A class or course word may close the name ("my intro to programming class (IF1101)"); it is no part of it.
_COURSE_WORD_AHEAD = r"(?!(?i:class|course|module|kelas|matkul|makul|mk|matakuliah|mata)\b)"
# A code's label ends a lower-case name: "matkul sistem embedded kode EL3206".
_LOWER_CASE_WORD = rf"{_COURSE_WORD_AHEAD}(?!(?i:kode|kd|code)\b)[a-z0-9-]+"
_LOWER_CASE_BEFORE_CODE = re.compile(
    rf"\b(?i:(matkul|makul|mk|mata\s*kuliah|matakuliah|course|kelas|class|my|our))\s+"
    rf"({_COURSE_WORD_AHEAD}[A-Za-z][a-z0-9-]*(?:[ \t]+{_LOWER_CASE_WORD}){{0,5}})"
    r"([ \t]+(?i:class|course|module|kelas))?"
    # The code in brackets, or after its label: "di kelas pemrograman mobile kode IF3205" (dictated, no marks).
    rf"\s*(?:\(\s*({SHAPE})\s*\)|\[\s*({SHAPE})\s*\]"
    rf"|(?i:kode|kd|code)(?:[ \t]+(?i:mk|matkul|course))?[ \t]*:?[ \t]*({SHAPE})(?![\w-]))"
)


# "matkul fisika dasar kelas TI-1B": the class after a lower-case name closes it as a bracketed code does; so does the
# field asked about, as the writer's phone types it: "mk etika profesi sks nya", "matkul basis data dosennya".
_LOWER_CASE_BEFORE_CLASS = re.compile(
    r"\b(?i:matkul|makul|mk|mata\s*kuliah|matakuliah|course)\s+"
    rf"({_COURSE_WORD_AHEAD}[a-z][a-z0-9-]*(?:[ \t]+{_LOWER_CASE_WORD}){{1,5}})"
    r"[ \t]+(?:(?i:kelas|kls|class)[ \t]+(?:[A-Z]{1,5}-?\d[A-Z]\w*|[a-z]{1,5}-\d[a-z]\w*)"
    # ... or its code, labelled or not: "matkul sistem embedded kode EL3206".
    rf"|(?:{_LABELLED_CODE}[ \t]*)?{SHAPE}"
    r"|(?:sks|dosen|pengampu|enrol(?:l)?(?:ment)?[ \t]*key|short[ \t]?name|deskripsi|ringkasan)(?:[ \t]*-?nya)?\b)"
)


def lower_case_before_class(text: str) -> str | None:
    for match in _LOWER_CASE_BEFORE_CLASS.finditer(text):
        if not set(match.group(1).split()) & (NOT_IN_LOWER_CASE_NAME | FIELD_WORDS):
            return match.group(1)
    return None


# "the course OOP (IF2205)", "MK PBO (IF2205)", "enrol key jarkom (ti2204)": a one-word abbreviation between a course
# word (or the key it is asked for) and the bracketed code is the name the writer knows the course by.
_ABBREVIATION_BEFORE_CODE = re.compile(
    rf"\b(?i:course|mk|matkul|makul|mata\s*kuliah|matakuliah|key)[ \t]+([A-Z]{{2,6}}|[a-z]{{3,8}})[ \t]*"
    rf"[(\[][ \t]*({SHAPE})[ \t]*[)\]]"
)


def abbreviation_before_code(text: str, code: str) -> str | None:
    for match in _ABBREVIATION_BEFORE_CODE.finditer(text):
        word = match.group(1)
        if is_code(match.group(2), code) and word.lower() not in NOT_IN_LOWER_CASE_NAME | FIELD_WORDS:
            return word
    return None


def lower_case_before_code(text: str, code: str) -> str | None:
    """ "matkul sistem operasi (IF2105)", "matkul kewirausahaan [mku-1203]", "my intro to programming class (IF1101)": a
    name in lower or sentence case is trusted only between a course cue and its code."""
    for match in _LOWER_CASE_BEFORE_CODE.finditer(text):
        words = match.group(2).split()
        found = match.group(4) or match.group(5) or match.group(6)
        # After "my"/"our" only a course word says the words before the code are a course's name.
        owned = match.group(1).lower() in ("my", "our")
        if found != code or (owned and not match.group(3)):
            continue
        # "course enrolment key (IF2105)" names a field, not the course.
        if not {word.lower() for word in words} & (NOT_IN_LOWER_CASE_NAME | FIELD_WORDS):
            return match.group(2)
    return None


def _near_codes(source: str, code: str | None) -> str:
    """The stretches of text around each code, so that the name patterns scan lines, not whole letters."""
    spans: list[list[int]] = []
    for match in SHAPE_RE.finditer(source):
        if not is_code(match.group(0), code):
            continue
        start, end = max(0, match.start() - 200), match.end() + 200
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    # A cut mid-word would glue half a word to a name: each stretch starts after a line break or a space.
    return "\n\n".join(re.sub(r"^\S*\s", "", source[start:end]) if start else source[:end] for start, end in spans)


# "the visiting lecturer from Jönköping for Power System Analysis (EL2303)", "dosen tamu dari Universitas Riau
# untuk Mekanika Tanah (TS2104)": where a person comes from stands before the course the person is there for.
_FROM_BEFORE = re.compile(
    r"(?i:\b(?:lecturer|dosen|teacher|pengajar|instructor|tutor|professor|staff|guest|tamu|visiting|exchange|"
    r"I\s+am|saya)\b[^.\n]{0,30}\b(?:from|dari|asal|di|at))\s+$"
)
_FOR = re.compile(r"\s(?:for|untuk|bagi)\s", re.IGNORECASE)
_PLACE_LEAD = re.compile(r"(?:di|at|dari|from)\s+", re.IGNORECASE)
_COURSE_WORD = re.compile(r"\b(?i:mk|matkul|makul|mata\s*kuliah|matakuliah|course)\b")


def _after_origin(source: str, start: int, found: str) -> str:
    # "di" may open the match itself: "Saya dosen baru di Prodi Teknik Mesin untuk Termodinamika (ME2101)".
    lead = _PLACE_LEAD.match(found)
    before = source[max(0, start - 60) : start] + (lead.group(0) if lead else "")
    purpose = _FOR.search(found)
    # "dosen di MK Bahasa Inggris untuk Komunikasi": after a course word the "untuk" is inside the name.
    if purpose and _FROM_BEFORE.search(before) and not _COURSE_WORD.search(found, 0, purpose.start()):
        return found[purpose.end() :]
    return found


_CODE_JUST_BEFORE = re.compile(rf"({SHAPE})[ \t]*[:–-]?[ \t]*$")
_CODE_FIRST = re.compile(rf"({SHAPE})[ \t]*[:–-]?[ \t]+")
PERSON = re.compile(r"(?:Pak|Bu|Bapak|Ibu|Bpk|Mas|Mbak|Kak|Mr|Mrs|Ms|Dr|Prof|Ir)\b\.?")
_GREETED = re.compile(rf"{PERSON.pattern}[ \t]+[A-Z][a-z]+[ \t]*$")
_TITLED = re.compile(rf"\b{PERSON.pattern}[ \t]*$")


# "For Health, Safety & Environment (HSE2101)": a name listing its subjects puts a comma before the last two, joined
# by "&"/"and"/"dan"; the head stands after a cue word or at the line's start.
# A greeting or an apology opening the line ("Halo, Basis Data dan Jaringan (IF2204)", "Sorry, Health and Safety") is
# no subject of the name.
_LISTED_HEAD = re.compile(
    r"(?:^(?!(?i:" + GREETING + r"|maaf|mohon|tolong|permisi|sorry|please|pagi|siang|sore|malam|ok|oke)\b)|"
    r"\b(?i:for|untuk|utk|of|the|course|mk|matkul|kuliah|teach|mengampu)[ \t]+)([A-Z][a-z]+),[ \t]+$",
    re.MULTILINE,
)


def _with_listed_head(source: str, start: int, name: str) -> str:
    if not re.search(r"\s(?:&|and|dan)\s", name):
        return name
    head = _LISTED_HEAD.search(source, max(0, start - 40), start)
    return f"{head.group(1)}, {name}" if head and head.end() == start else name


def _trimmed(found: str) -> str | None:
    """The name among the words; words all in capitals ("REQUEST FOR CHANGE OF LECTURER") are weighed as if written
    in title case, where the request's small words show, and the name is given back in capitals as written."""
    words = found.split()
    # "IF 1A", "TI-2B": a class or a code is in capitals anyway
    if not (found.isupper() and sum(word.isalpha() and len(word) > 2 for word in words) > 1):
        return trim_name(words)
    titled = [word.capitalize() for word in words]
    name = trim_name(titled)
    if name is None:
        return None
    size = len(name.split())
    at = next((i for i in range(len(titled) - size + 1) if " ".join(titled[i : i + size]) == name), None)
    return None if at is None else " ".join(words[at : at + size])


def named_before_code(texts: tuple[str, str], code: str | None) -> str | None:
    sources = [_near_codes(text, code) for text in texts]
    for source in sources:
        for match in _BEFORE_CODE.finditer(source):
            index = next(i for i in (1, 3, 5, 7) if match.group(i))
            found, found_code = _after_origin(source, match.start(index), match.group(index)), match.group(index + 1)
            # "yang diampu Bu Melati, kode TI2108": before a labelled code, a person is who teaches the course.
            if index == 7 and PERSON.match(found):
                continue
            # "Pak Rahmat, MS3204 Perpindahan Panas": a person greeted before the code is no course; nor a person
            # whose title stands right before the words ("Bapak Dr. Hendra Wijaya (IF2201)").
            titled = _TITLED.search(source, max(0, match.start(index) - 12), match.start(index))
            # "MN1101 Pengantar Manajemen, MN1102 ...": in a list written code first, the name is the code's before it.
            listed = _CODE_JUST_BEFORE.search(source, max(0, match.start(index) - 24), match.start(index))
            listed = listed or _CODE_FIRST.match(found)
            if listed and not is_code(listed.group(1), code):
                continue
            # "MK Basis Data - Pak Budi Santoso (IF2204)": the words after a title inside the match are a person too.
            if (
                is_code(found_code, code)
                and (name := _trimmed(found))
                and not _GREETED.search(found)
                and not titled
                and not _TITLED.search(found, 0, max(0, found.find(name)))
            ):
                return _with_listed_head(source, match.start(index), name)
    for source in sources:
        for match in _TOGETHER.finditer(source):
            if is_code(match.group(2), code) and (name := _trimmed(match.group(1))):
                return name
    for source in sources:
        for match in _AFTER_CODE.finditer(source):
            if is_code(match.group(1), code) and (name := _trimmed(match.group(2))):
                return name
    # "I have taken over Thermodynamics ME 2104 from ...": the name right before the request's own code, on its line;
    # never a person or a field.
    for source in sources:
        for match in _RIGHT_BEFORE_CODE.finditer(source):
            found = match.group(1)
            if not is_code(match.group(2), code) or PERSON.match(found):
                continue
            name = _trimmed(found)
            if name and not {word.lower() for word in name.split()} & FIELD_WORDS:
                return name
    return None
