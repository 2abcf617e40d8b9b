"""Tell whether a word stands only inside a course's name, as the mail writes that name beside its code or a cue."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from daemon.classify.course_code import CODE
from daemon.classify.course_name_shape import NAME

# "Internship Seminar (INT490)", "Magang Industri TM4801", "INT490 - Internship Seminar", "mata kuliah Kunjungan
# Industri", 'course "Internship Project Management"', "the Internship course": another office's word ("internship",
# "magang", "kunjungan") that names a course names the unit's matter.
_BEFORE_CODE = re.compile(rf"({NAME})[\"”'’]?[ \t]*+[(\[]?[ \t]*+$")
_AFTER_CODE = re.compile(rf"[ \t]*+[)\]]?[ \t]*+[-–:]?[ \t]*+[\"“'‘]?({NAME})")
_AFTER_CUE = re.compile(rf"\b(?i:mata[ \t]*+kuliah|matakuliah|matkul|mk|course)[ \t]++[\"“'‘]?({NAME})")
_BEFORE_CUE = re.compile(rf"({NAME})[ \t]++(?i:course|class)\b")
# how far before its code a name may start
_REACH = 120


def _names_in(source: str) -> Iterator[str]:
    for code in CODE.finditer(source):
        if before := _BEFORE_CODE.search(source, max(0, code.start() - _REACH), code.start()):
            yield before.group(1)
        if after := _AFTER_CODE.match(source, code.end()):
            yield after.group(1)
    for cued in (*_AFTER_CUE.finditer(source), *_BEFORE_CUE.finditer(source)):
        yield cued.group(1)


# The classifier asks once per outside rule that matched, about the same mail.
@lru_cache(maxsize=64)
def course_names(subject: str, text: str) -> frozenset[str]:
    """The lower-cased course names the mail writes beside a code or a cue ("Conference Interpreting (EN4105)")."""
    return frozenset(" ".join(name.lower().split()) for source in (subject, text) for name in _names_in(source))


def only_in_course_names(where: str, subject: str, text: str, pattern: re.Pattern[str]) -> bool:
    """Whether every place the (lower-case) pattern finds in the subject or the text (`where`) lies inside one of the
    mail's course names, which it may write elsewhere (a subject naming the course its text gives with a code)."""
    flat = " ".join((subject if where == "subject" else text).lower().split())
    found = [match.span() for match in pattern.finditer(flat)]
    names = course_names(subject, text) if found and where in ("subject", "text") else frozenset()
    spans = [(at.start(), at.end()) for name in names for at in re.finditer(re.escape(name), flat)]
    return bool(spans) and all(any(start <= at and to <= end for start, end in spans) for at, to in found)
