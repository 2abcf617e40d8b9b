"""Whether a course code in a unit's own shape ("AMJ-PKL", "MKU-K3-01", "ME/3/214") is marked as the course."""

from __future__ import annotations

import re

from daemon.classify import course_code_evidence as evidence

# Capitals, then up to three parts apart by a hyphen, a slash or a dot, or a space before a number: letters only
# ("AMJ-PKL"), a class type ("AKM-K 305", "MP-K 401"), a numbered part ("MKU-K3-01"), the semester apart
# ("ME/3/214", "WLD-3.08", "TRPL-3.06"). A class ("TI-5A", "TRPL 3B"), an academic year or a decree's number has the
# same shape, so such a code is the course only where the writer marks it.
MARKED_CODE = re.compile(r"(?<![\w./-])([A-Z]{2,5}(?:(?:[-/.]|-?[ ](?=\d))[A-Z0-9]{1,4}){1,3})(?![\w/-]|[.,]\d)")
_CLASS = re.compile(r"[A-Z]{2,5}[ -]?\d{1,2}[A-Z]{1,2}")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A course word right before the name in front of the code's bracket: "MK Akuntansi Manajemen (AKM-K 305)",
# 'course "Praktik Kerja Lapangan" (AMJ-PKL)'; an organisation or a partner ("Himpunan ... (HMJ-IF)") has none.
_COURSE_THEN_NAME = re.compile(
    r"(?i:\b(?:mk|matkul|makul|mata\s*kuliah|matakuliah|course|modul|module|subject|unit))[ \t]+[\"“']?"
    r"(?:[A-Z][\w&/-]*|dan|and|of|for|&)(?:[ \t]+(?:[A-Z][\w&/-]*|[IVX]+|\d|dan|and|of|for|&)){0,6}[\"”']?[ \t]*\($"
)
# The code opening its bracket and the name after it: "(WLD-3.08, Welding Inspection & Quality Control)".
_NAME_IN_BRACKET_AFTER = re.compile(r"[ \t]*[,:\u2013-][ \t]*[A-Z][a-z]+(?:[ \t]+[\w&/-]+){0,7}[ \t]*\)")
# A course word right before the code: "my course ME/3/214", "MK MKU-K3-01".
_COURSE_WORD_BEFORE = re.compile(r"(?i:\b(?:mk|matkul|makul|mata\s*kuliah|matakuliah|course|modul|module))[ \t]+$")


def _shaped(code: str) -> bool:
    """The shape is not a class's, and no part of it is a year."""
    return not _CLASS.fullmatch(code) and not any(_YEAR.fullmatch(part) for part in re.split(r"[-/. ]", code))


def marked(source: str, start: int, end: int) -> bool:
    """A label for a code, a column of codes, or a course's name beside it in brackets."""
    code = source[start:end]
    if not _shaped(code):
        return False
    if evidence.labelled_as_code(source, start) or evidence.in_code_column(source, start):
        return True
    before = source[max(0, start - 90) : start].rsplit("\n", 1)[-1]
    opens_bracket = before.rstrip().endswith("(")
    if opens_bracket and _COURSE_THEN_NAME.search(before.rstrip()):
        return evidence.bracketed(source, start, end)
    numbered = any(character.isdigit() for character in code)
    if opens_bracket and numbered and _NAME_IN_BRACKET_AFTER.match(source, end):
        return not evidence.place_named_before(source, start)
    return numbered and bool(_COURSE_WORD_BEFORE.search(before))
