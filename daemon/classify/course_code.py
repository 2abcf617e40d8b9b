"""Which course code a request names: departments' codes, also with a space, a hyphen or in lower case."""

from __future__ import annotations

import re
from collections.abc import Iterator

from daemon.classify import course_code_evidence as evidence
from daemon.classify import course_code_rank as rank
from daemon.classify.course_code_listed import changed_line_code, named_change_code
from daemon.classify.course_code_marked import MARKED_CODE, marked
from daemon.classify.course_code_settled import unsettled_code
from daemon.classify.course_code_shapes import (
    CODE,
    FIVE_DIGIT_CODE,
    JOINT_CODE,
    LOOSE_CODE,
    PREFIXED_CODE,
    UNIT_CODE,
)
from daemon.classify.course_code_variants import OWN_TICKET_PREFIX, VARIANT_CODE
from daemon.classify.wording import RATHER

_SUFFIX = re.compile(r"-[A-Za-z]{1,3}$")
# A short name that is the code and a year or a variant, "TM2203-2025", "AN2201-3D": the code is read from it only
# where the writer calls it the short name and nothing else names the course. Letters alone after the code
# ("MK3301-ROB") abbreviate the name: a short name. Elsewhere such a shape is a model or a batch ("RTX3060-12G").
_CODE_OPENING_SHORTNAME = re.compile(
    r"(?<![\w-])(?<!\w/)([A-Z]{2,4}\d{3,4}[A-Z]?)-(?=[A-Za-z]*\d)[A-Za-z0-9]{1,10}(?![\w-])"
)
# Prefixes of numbers that are never courses: "ID 1234", "NIM 3312", "Rp 500", "jam 0800", "ext 2102".
_NOT_CODE_PREFIX = frozenset(
    ["id", "nim", "nik", "nip", "no", "ext", "hp", "wa", "tel", "telp", "rp", "jam", "pkl", "tgl", "thn", "iso"]
)
# ... and, written loosely, an error, a decree, an address, a score or a fee: "(HTTP 500)", "SK 1234 Tahun 2026",
# "RT 003", "EPT 450", "UKT 2500".
# ... a clock ("WITA 9.30") or a software's version ("PHP 8.12").
_NOT_LOOSE_CODE_PREFIX = frozenset(
    {"nidn", "http", "https", "err", "error", "sk", "pp", "uu", "rt", "rw", "pin", "otp", "ept", "ipk", "sks", "ukt"}
    | {"wib", "wita", "wit", "pkl", "jam", "utc", "php", "ver", "versi", "rev"}
)
_NEW_VALUE_BEFORE = re.compile(
    r"(?:\b(?:menjadi|jadi|jd|seharusnya|harusnya|diganti|to|is|into)|->|→)\s*:?\s*[\"“']?$", re.IGNORECASE
)
# "apply the following changes to MKT2203", "welcome to IF2105", "as a second lecturer to IF4102": "to" after a noun of
# changes, of arrival or of a teaching role leads to the course they are for, not to a new value.
_FOR_THE_COURSE_BEFORE = re.compile(
    r"\b(?:changes|updates|corrections|amendments|revisions|edits|access|welcome|enrol(?:l)?ed|added|lecturer|"
    r"teacher|instructor|tutor|assistant|co-?lecturer|co-?teacher)\s+to\s*$|"
    # "students cannot self-enrol into IF2203": where one enrols is the course
    r"\benrol(?:l)?(?:ing|ed)?\s+(?:in)?to\s*$",
    re.IGNORECASE,
)
_STUDENT_ID = re.compile(r"\b(?:student id|nim|nik|id)\s*$", re.IGNORECASE)
# The number of a ticket, a case or a letter: "ticket (REQ 4417)", "Ref: INC 2231".
_TICKET = re.compile(r"(?i:\b(?:ticket|tiket|ref|reference|case|incident|nomor)\.?)\s*[#:(\[]?\s*$")
# "UTS 2027", "TA 2026/2027": a word before a year is an exam or an academic year, not a course, unless a cue says so.
_YEAR = re.compile(r"(?:19[5-9]|20[0-4])\d")
_ROOM = re.compile(r"(?i:\b(?:ruang(?:an)?|room|gedung|building|lab|lantai|floor))\s*$")
# "IF 3105 - ganti nama course", "RKS-3202: enrolment key": a subject opening with the code and a separator, or
# ending with it ("Perubahan dosen pengampu TRE 3201"), not at a place ("Kuliah pindah ke GU 704").
_OPENS_SUBJECT = re.compile(r"\s*[-\u2013:|]\s")


def _cued(source: str, match: re.Match[str]) -> bool:
    return evidence.cued(source, match.start())


def _accepts_loose(source: str, match: re.Match[str], subject: bool) -> bool:
    start, end = match.start(), match.end()
    code = match.group(1)
    if code.rstrip("0123456789 .-").lower() in _NOT_LOOSE_CODE_PREFIX | {OWN_TICKET_PREFIX}:
        return False
    if match.re is MARKED_CODE:
        return marked(source, start, end)
    if FIVE_DIGIT_CODE.fullmatch(code) or PREFIXED_CODE.fullmatch(code):
        return evidence.labelled_as_code(source, start)
    if JOINT_CODE.fullmatch(code):
        # ("the joint course MEP-03 Maritime English Practice": after a course word, beside its name)
        return (
            evidence.labelled_as_code(source, start)
            or (evidence.bracketed(source, start, end) and evidence.name_before(source, start))
            or (_cued(source, match) and evidence.beside_name(source, start, end))
        )
    # "Idul Adha 1447", "Bab 101": a capitalised word and a number apart are a name and its number; "BNI 0123 4567"
    # goes on as a longer number (an account, a phone).
    if re.fullmatch(r"[A-Z][a-z]+[ -.]\d+[A-Z]?", code) or re.match(r"[ -]\d", source[end : end + 2]):
        return False
    if "." in code or re.search(r" [-\u2013]|[-\u2013] ", code):
        # "Sistem Operasi [TI.2202]", "Rekayasa Perangkat Lunak - IF.2208": a dotted code in capitals beside its
        # name is the course too.
        return _cued(source, match) or (code[:2].isupper() and evidence.beside_name(source, start, end))
    # "K3L 2101", "K3 1201": a digit among the letters is also a processor, a grade or a class ("i5 8250", "kelas A1
    # 1020"), so only a label for a code or brackets make it one.
    if re.match(r"[A-Za-z]{1,2}\d(?:[A-Za-z]|[ -])", code):
        return evidence.bracketed(source, start, end) or evidence.labelled_as_code(source, start)
    opens_subject = subject and not source[:start].strip() and bool(_OPENS_SUBJECT.match(source, end))
    ends_subject = subject and not source[end:].strip() and not evidence.at_a_place(source, start)
    return (
        opens_subject
        or (ends_subject and (code.isupper() or code.islower()))
        or (code.isupper() and rank.posted_in(source, start))
        or (subject and rank.inside_subject(source, start, end, code))
        or rank.for_the_request(source, start, end, code)
        or evidence.bracketed(source, start, end)
        or evidence.beside_name(source, start, end)
        or _cued(source, match)
    )


def _after_a_slash(source: str, start: int) -> bool:
    """A code after a slash is a path's or a letter number's part ("/course/IF2204", "45/PL29/TI2027"), unless a
    name is glued to it ("Elektronika Analog/TRE 2110")."""
    if source[start - 1 : start] != "/":
        return False
    word = re.search(r"([^\s/]*)/$", source[max(0, start - 40) : start])
    return not (word and re.fullmatch(r"[A-Z][a-z]+", word.group(1)))


# A shortname often looks like a code ("short name from TD2104 to ..."): the course only when nothing else is.
_NAMED_SHORTNAME = re.compile(r"(?i:short\s*name|nama\s+(?:singkat|pendek)|singkatan)[^\n]{0,50}$")
_SHORTNAME_BEFORE = re.compile(r"(?i:short\s*name|nama\s+(?:singkat|pendek))(?:-?nya)?(?:\s+\w+){0,3}\s*:?\s*$")


# "the course code is IF204", "my module on the e-learning platform is ELK-2207" name the course; "menjadi IF205" or
# "NIM 4112" do not.
_NAMES_CODE = re.compile(
    r"(?i:code|kode|(?:my|our|the)\s+(?:course|subject|module))(?:\s+[\w-]+){0,4}\s+(?:is|adalah)\s*:?\s*$"
)


# ... and of those, the ones naming a course's code, not an error's or a voucher's: "the subject code for the Physics
# Laboratory is PHY-1102L", "my course on e-learning is MEK 3105" take a loosely written code too.
_NAMES_COURSE_CODE = re.compile(
    r"(?i:(?:course|subject|module|mk|matkul|mata\s*kuliah)\s+(?:code|kode|id)|(?:kode|kd)\s+(?:mk|matkul|mata\s*kuliah)"
    r"|(?:my|our|the)\s+(?:course|subject|module))(?:\s+[\w-]+){0,4}\s+(?:is|adalah)\s*:?\s*$"
)
# A code of something else: "keluar error kode DB1045", "the error code is SQL1045", "kode voucher ZM2027".
_OTHER_CODE_BEFORE = re.compile(
    r"(?i:\b(?:error|galat|err|voucher|promo|booking|otp|kupon|coupon|verifikasi|verification)\s+(?:code|kode)"
    r"|\b(?:code|kode)\s+(?:error|galat|voucher|promo|booking|otp|kupon|coupon|verifikasi|verification))"
    r"(?:-?nya)?(?:\s+(?:is|adalah))?\s*:?\s*$"
)


def _codes(
    source: str, pattern: re.Pattern[str], loose: bool, subject: bool = False
) -> Iterator[tuple[str, bool, bool, bool]]:
    """Each code with whether it may only be a shortname, whether a course cue names it and whether nothing but its
    shape says it is a course (a bare code in the text)."""
    for match in pattern.finditer(source):
        before = source[max(0, match.start() - 25) : match.start()]
        if pattern is _CODE_OPENING_SHORTNAME and not _NAMED_SHORTNAME.search(source[: match.start()][-70:]):
            continue
        names_code = _NAMES_CODE.search(source[max(0, match.start() - 60) : match.start()])
        new_value = _NEW_VALUE_BEFORE.search(before) and not (
            _FOR_THE_COURSE_BEFORE.search(before)
            or rank.posted_in(source, match.start())
            or evidence.in_code_column(source, match.start())
        )
        if not names_code and (new_value or _STUDENT_ID.search(before) or _TICKET.search(before)):
            continue
        if _OTHER_CODE_BEFORE.search(source[max(0, match.start() - 30) : match.start()]):
            continue
        if _YEAR.fullmatch(_SUFFIX.sub("", match.group(1))[-4:]) and not (names_code or _cued(source, match)):
            continue
        prefix = re.match(r"[A-Za-z]+", match.group(1))
        if _ROOM.search(before) or (prefix and prefix.group(0).lower() in _NOT_CODE_PREFIX):
            continue
        names_course_code = _NAMES_COURSE_CODE.search(source[max(0, match.start() - 60) : match.start()])
        if loose and (
            not (names_course_code or _accepts_loose(source, match, subject))
            or evidence.place_named_before(source, match.start())
            or _after_a_slash(source, match.start())
        ):
            continue
        window = source[max(0, match.start() - 40) : match.start()]
        # A table's row is a line of its own: the "Short name baru" heading above its first cell labels a column.
        line_end = source.find("\n", match.start())
        if "\t" in source[match.start() : line_end if line_end >= 0 else len(source)]:
            window = window[window.rfind("\n") + 1 :]
        shortname = bool(_SHORTNAME_BEFORE.search(window))
        if shortname and (_SUFFIX.search(match.group(1)) or source.startswith("-", match.end())):
            continue  # "short name: ME2101-A" is the short name whole, no code
        bare = not (loose or subject or names_code or rank.evident(source, match.start(), match.end()))
        marked = names_code or evidence.labelled_as_code(source, match.start())
        bracketed = evidence.bracketed(source, match.start(), match.end())
        # "GPU RTX3060": the capitals of the noun are no course name beside the code.
        if not (subject or marked or bracketed) and rank.a_thing(source, match.start(), match.group(1)):
            continue  # "servo MG996R", "AES256": a part or a cipher the course talks about
        yield match.group(1), shortname, bool(names_code) or _cued(source, match), bare


# The writer owning a mistake: "saya salah tulis kodenya", "I typed the course code wrong", "maksud saya", "I meant".
_SELF_CORRECTION = re.compile(
    r"(?i:\b(?:saya|sy|aku|tadi|I)\b[^.\n]{0,30}?\b(?:salah|keliru|typo|wrong|mistyped|misspelt|misspelled)\b"
    r"|\bmaksud\s*(?:saya|sy|aku|ku)\b|\bI\s+meant\b|\bmy\s+(?:mistake|bad)\b)"
)
_ANY_CODE = r"([A-Za-z]{2,4}[ -]?\d{3,4})(?![\w-])"
# ... then which code is right: "bukan IF3201 tapi IF3210", "ME2106, not ME2160", "IF2205 rather than IF2250".
_RIGHT_NOT_WRONG = re.compile(
    rf"(?i:\b(?:bukan|bkn|not)\s+){_ANY_CODE}\s*,?\s+(?i:{RATHER})\s+{_ANY_CODE}"
    rf"|{_ANY_CODE}\s*,?\s+(?i:bukan|bkn|not|rather\s+than|instead\s+of)\s+{_ANY_CODE}"
    # the slip repaired at once, as said aloud: "kodenya IF2106 eh salah maksud saya IF2306", "EE2105, sorry, I meant
    # EE2150"
    rf"|{_ANY_CODE}[\s,.]*(?i:(?:eh|oh|ah|oops|sorry|maaf)\W{{1,3}}){{0,2}}(?i:(?:salah|keliru|typo)\W{{1,3}})?"
    rf"(?i:maksud\s*(?:saya|sy|aku|ku|nya)|I\s+meant|ralat)[\s,:]*{_ANY_CODE}"
)


def _corrected(text: str) -> str | None:
    """The code a writer puts right in place of the one mistyped: a change of the code itself ("di e-learning bukan
    FI1101 tapi FI1110") keeps the current one, so only where the writer owns the mistake."""
    if not _SELF_CORRECTION.search(text):
        return None
    for match in _RIGHT_NOT_WRONG.finditer(text):
        right = match.group(2) or match.group(3) or match.group(6)
        if any(_codes(right, LOOSE_CODE, False)):
            return right
    return None


# Of several courses listed, the one the writer singles out for the change: "yang perlu diperbaiki hanya MB2203",
# "only EE2104 needs a new key", "MB2203 saja", not "bukan hanya IF2201" or "not only IF2201".
_SINGLED_OUT = re.compile(
    r"(?<![\w-])(?i:(?<!bukan )(?<!tidak )(?<!not )(?:hanya|cuma|only|just)\s+"
    r"(?:(?:untuk|utk|buat|for|the|mk|matkul)\s+)?)([A-Z]{2,4}\d{3,4}[A-Z]?)\b"
    r"|(?<![\w-])([A-Z]{2,4}\d{3,4}[A-Z]?)\s+(?i:saja|aja|only)\b"
)


def _singled_out(text: str) -> str | None:
    listed = {code for code, _, _, _ in _codes(text, CODE, False)}
    if len(listed) < 2:
        return None
    if chosen := changed_line_code(text, listed) or unsettled_code(text, listed) or named_change_code(text, listed):
        return chosen
    for match in _SINGLED_OUT.finditer(text):
        if (code := match.group(1) or match.group(2)) in listed:
            return code
    return None


# "melanjutkan tiket REQ2210" under the subject "Re: REQ2210": a number the writer calls a ticket is no course
# anywhere in the mail.
_TICKETED = re.compile(r"(?i:\b(?:ticket|tiket|case|incident)\.?)[ \t]*+[#:(\[]?[ \t]*+([A-Za-z]{2,4}[ -]?\d{3,5})\b")


def find_course_code(subject: str, text: str) -> str | None:
    for ticket in {match.group(1) for source in (subject, text) for match in _TICKETED.finditer(source)}:
        subject, text = subject.replace(ticket, " "), text.replace(ticket, " ")
    if chosen := _corrected(text) or _singled_out(text):
        return chosen
    maybe_shortname = None
    # A code in the text that only its shape calls one ("bawa IC BC547", "mohon ganti IF2204") gives way to one the
    # writer marks as the course ("Kode MK: RBT 2203", "Applied Cryptography / CYS-3102").
    bare = None
    for pattern, loose in (
        (CODE, False),
        (LOOSE_CODE, True),
        (VARIANT_CODE, True),
        (UNIT_CODE, True),
        (FIVE_DIGIT_CODE, True),
        (PREFIXED_CODE, True),
        (JOINT_CODE, True),
        (MARKED_CODE, True),
    ):
        first = None
        for source, is_subject in ((subject, True), (text, False)):
            for code, shortname, cued, unmarked in _codes(source, pattern, loose, is_subject):
                if shortname:
                    # "Course short name: AK1101-2026": the course's code is the short name's stem, read below.
                    if pattern is not VARIANT_CODE:
                        maybe_shortname = maybe_shortname or code
                elif unmarked:
                    bare = bare or code
                # A loosely written code the writer calls a code outranks one only in brackets or beside a name.
                elif not loose or cued:
                    return code
                else:
                    first = first or code
        if first:
            return first
    if bare:
        return bare
    if maybe_shortname:
        return maybe_shortname
    for source in (subject, text):
        for code, _, _, _ in _codes(source, _CODE_OPENING_SHORTNAME, False):
            return code
    return None
