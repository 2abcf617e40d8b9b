"""Which course code a request names: departments' codes, also with a space, a hyphen or in lower case."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Course codes as departments write them: IF201, TRE3201, RPL2102. A code followed by "-XX" is a short
# name (MK3207-IA), and a code right after "menjadi"/"seharusnya"/"to" is the new value, not the course.
# A code glued to a slash after a word ("No. 45/PL29/TI2027", ".../course/IF2204") is a letter number or a path.
# "IF2204-Basis Data" (a Moodle full name) glues the name to its code with a hyphen; "MK3207-IA" is a short name.
CODE = re.compile(r"(?<![\w-])(?<!\w/)([A-Z]{2,4}\d{3,4})(?!\w|-(?![A-Z][a-z]))")
# The same code written loosely: "IF 204", "IF-2204", "if204". Such a shape is also a room ("GU 702"), a
# shortname or a phone prefix, so it is the course only where the writer says so: after a course cue, in
# brackets or beside a name. The value is kept as written, like every label value.
_LOOSE_CODE = re.compile(r"(?<![\w.-])(?<!\w/)([A-Za-z]{2,4}[ -]?\d{3,4})(?![\w-]|[.,]\d)")
_LOOSE_CODE_CUE = re.compile(
    r"(?i:\b(?:kode|code|mk|matkul|makul|mata\s*kuliah|matakuliah|course|kelas|class)(?:\s+(?:is|adalah|nya))?)"
    r"\s*[:.]?\s*[(\[]?\s*$"
)
# Prefixes of numbers that are never courses: "ID 1234", "NIM 3312", "Rp 500", "jam 0800", "ext 2102".
_NOT_CODE_PREFIX = frozenset(
    ["id", "nim", "nik", "nip", "no", "ext", "hp", "wa", "tel", "telp", "rp", "jam", "pkl", "tgl", "thn", "iso"]
)
_NEW_VALUE_BEFORE = re.compile(r"\b(?:menjadi|jadi|seharusnya|harusnya|diganti|to|is)\s*:?\s*[\"“']?$", re.IGNORECASE)
# "apply the following changes to MKT2203", "welcome to IF2105": "to" after a noun of changes or of arrival leads to
# the course they are for, not to a new value.
_FOR_THE_COURSE_BEFORE = re.compile(
    r"\b(?:changes|updates|corrections|amendments|revisions|edits|access|welcome|enrol(?:l)?ed|added)\s+to\s*$",
    re.IGNORECASE,
)
_STUDENT_ID = re.compile(r"\b(?:student id|nim|nik|id)\s*$", re.IGNORECASE)
# The number of a ticket, a case or a letter: "ticket (REQ 4417)", "Ref: INC 2231".
_TICKET = re.compile(r"(?i:\b(?:ticket|tiket|ref|reference|case|incident|nomor)\.?)\s*[#:(\[]?\s*$")
# "UTS 2027", "TA 2026/2027": a word before a year is an exam or an academic year, not a course, unless a cue says so.
_YEAR = re.compile(r"(?:19[5-9]|20[0-4])\d")
_ROOM = re.compile(r"(?i:\b(?:ruang(?:an)?|room|gedung|building|lab|lantai|floor))\s*$")
# A place named before its code in brackets: "di Lab Mobile (GU 805)", "Gedung Utama lantai 8 (GU 804)", "ke lab
# (GU 706)". A loose code there is the room's number, not the course's.
_PLACE_NAMED = re.compile(
    r"(?i:\b(?:ruang(?:an)?|r\.|room|gedung|gd\.?|building|lab(?:oratorium|oratory)?|aula|hall|studio|bengkel))"
    r"(?:[ \t]+(?:[A-Z0-9][\w.-]*|(?i:lantai|lt\.?|floor|level))){0,4}[ \t]*\([ \t]*$"
)


# "kelas pemrograman web if2201", "matkul sistem operasi if 204": a name in lower case between the cue and its code.
_CUE_THEN_LOWER_CASE_NAME = re.compile(
    r"(?i:\b(?:mk|matkul|makul|mata\s*kuliah|matakuliah|course|kelas|class))((?:[ \t]+[a-z]{3,}){1,4})[ \t]*$"
)
_NOT_IN_NAME = frozenset(
    ["ruang", "ruangan", "gedung", "lantai", "lab", "room", "building", "floor", "jam", "pukul", "yang", "saya", "ini"]
)


def _cued(source: str, match: re.Match[str]) -> bool:
    before = source[max(0, match.start() - 50) : match.start()]
    if _LOOSE_CODE_CUE.search(before[-30:]):
        return True
    lower_case_name = _CUE_THEN_LOWER_CASE_NAME.search(before)
    return bool(lower_case_name and not set(lower_case_name.group(1).split()) & _NOT_IN_NAME)


def _accepts_loose(source: str, match: re.Match[str]) -> bool:
    before = source[max(0, match.start() - 30) : match.start()]
    after = source[match.end() : match.end() + 30]
    # Round or square brackets alike: "Mikrokontroler [TRE-2203]".
    bracketed = before.rstrip()[-1:] in ("(", "[") and after.lstrip()[:1] in (")", "]")
    # Next to a name: "IF-2105 Struktur Data", "RPL 3104: Interaksi ...", "Keamanan Aplikasi - RPL 3104".
    beside_name = bool(
        re.match(r"(?:\s*[-–:]\s*|\s+\(\s*)[A-Z][a-z]{2,}", after)
        or (re.search(r"(?:^|\n)\s*$", before) and re.match(r" [A-Z][a-z]{2,}", after))
        or re.search(r"[a-z]{3,}\s+[-–/]\s*$", before)
    )
    return bracketed or beside_name or _cued(source, match)


# A shortname often looks like a code ("short name from TD2104 to ..."): the course only when nothing else is.
_SHORTNAME_BEFORE = re.compile(r"(?i:short\s*name|nama\s+(?:singkat|pendek))(?:-?nya)?(?:\s+\w+){0,3}\s*:?\s*$")


def _codes(source: str, pattern: re.Pattern[str], loose: bool) -> Iterator[tuple[str, bool, bool]]:
    """Each code with whether it may only be a shortname and whether a course cue names it."""
    for match in pattern.finditer(source):
        before = source[max(0, match.start() - 25) : match.start()]
        # "the course code is IF204" names the course; "menjadi IF205" or "NIM 4112" does not.
        names_code = re.search(
            r"(?i:code|kode|(?:my|our|the)\s+course)(?:\s+\w+){0,3}\s+(?:is|adalah)\s*:?\s*$", before
        )
        new_value = _NEW_VALUE_BEFORE.search(before) and not _FOR_THE_COURSE_BEFORE.search(before)
        if not names_code and (new_value or _STUDENT_ID.search(before) or _TICKET.search(before)):
            continue
        if _YEAR.fullmatch(match.group(1)[-4:]) and not (names_code or _cued(source, match)):
            continue
        prefix = re.match(r"[A-Za-z]+", match.group(1))
        if _ROOM.search(before) or (prefix and prefix.group(0).lower() in _NOT_CODE_PREFIX):
            continue
        if loose and (not _accepts_loose(source, match) or _PLACE_NAMED.search(before)):
            continue
        shortname = bool(_SHORTNAME_BEFORE.search(source[max(0, match.start() - 40) : match.start()]))
        yield match.group(1), shortname, bool(names_code) or _cued(source, match)


# The writer owning a mistake: "saya salah tulis kodenya", "I typed the course code wrong", "maksud saya", "I meant".
_SELF_CORRECTION = re.compile(
    r"(?i:\b(?:saya|sy|aku|tadi|I)\b[^.\n]{0,30}?\b(?:salah|keliru|typo|wrong|mistyped|misspelt|misspelled)\b"
    r"|\bmaksud\s*(?:saya|sy|aku|ku)\b|\bI\s+meant\b|\bmy\s+(?:mistake|bad)\b)"
)
_ANY_CODE = r"([A-Za-z]{2,4}[ -]?\d{3,4})(?![\w-])"
# ... then which code is right: "bukan IF3201 tapi IF3210", "ME2106, not ME2160", "IF2205 rather than IF2250".
_RIGHT_NOT_WRONG = re.compile(
    rf"(?i:\b(?:bukan|bkn|not)\s+){_ANY_CODE}\s*,?\s+(?i:tapi|tetapi|tp|melainkan|but)\s+{_ANY_CODE}"
    rf"|{_ANY_CODE}\s*,?\s+(?i:bukan|bkn|not|rather\s+than|instead\s+of)\s+{_ANY_CODE}"
)


def _corrected(text: str) -> str | None:
    """The code a writer puts right in place of the one mistyped: a change of the code itself ("di e-learning bukan
    FI1101 tapi FI1110") keeps the current one, so only where the writer owns the mistake."""
    if not _SELF_CORRECTION.search(text):
        return None
    for match in _RIGHT_NOT_WRONG.finditer(text):
        right = match.group(2) or match.group(3)
        if any(_codes(right, _LOOSE_CODE, False)):
            return right
    return None


def find_course_code(subject: str, text: str) -> str | None:
    if corrected := _corrected(text):
        return corrected
    maybe_shortname = None
    for pattern, loose in ((CODE, False), (_LOOSE_CODE, True)):
        found: list[tuple[str, bool]] = []
        for source in (subject, text):
            for code, shortname, cued in _codes(source, pattern, loose):
                if shortname:
                    maybe_shortname = maybe_shortname or code
                else:
                    found.append((code, cued))
        # A loosely written code the writer calls a code outranks one that is only in brackets or beside a name.
        if found:
            return next((code for code, cued in found if cued and loose), found[0][0])
    return maybe_shortname
