"""Tell whether a word stands only inside a course's name, as the mail writes that name beside its code or a cue."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from daemon.classify.course_code_shapes import CODE
from daemon.classify.course_name_shape import NAME

# "Internship Seminar (INT490)", "Magang Industri TM4801", "INT490 - Internship Seminar", "mata kuliah Kunjungan
# Industri", 'course "Internship Project Management"', "the Internship course": another office's word ("internship",
# "magang", "kunjungan") that names a course names the unit's matter.
_BEFORE_CODE = re.compile(rf"({NAME})[\"”'’]?[ \t]*+[(\[]?[ \t]*+$")
_AFTER_CODE = re.compile(rf"[ \t]*+[)\]]?[ \t]*+[-–:]?[ \t]*+[\"“'‘]?({NAME})")
_AFTER_CUE = re.compile(rf"\b(?i:mata[ \t]*+kuliah|matakuliah|matkul|mk|course)[ \t]++[\"“'‘]?({NAME})")
_CUE_AFTER = re.compile(r"[ \t]++(?i:course|class)\b")
# how far before its code a name may start
_REACH = 120


def _names_in(source: str) -> Iterator[str]:
    for code in CODE.finditer(source):
        if before := _BEFORE_CODE.search(source, max(0, code.start() - _REACH), code.start()):
            yield before.group(1)
        if after := _AFTER_CODE.match(source, code.end()):
            yield after.group(1)
    for cued in _AFTER_CUE.finditer(source):
        yield cued.group(1)
    # (each cue looks back over a bounded stretch: a name searched for at every position would read on and on)
    for cue in _CUE_AFTER.finditer(source):
        if before := _BEFORE_CODE.search(source, max(0, cue.start() - _REACH), cue.start()):
            yield before.group(1)


# The classifier asks once per outside rule that matched, about the same mail.
@lru_cache(maxsize=64)
def course_names(subject: str, text: str) -> frozenset[str]:
    """The lower-cased course names the mail writes beside a code or a cue ("Conference Interpreting (EN4105)"), and
    each run of two words or more that ends them, since a sentence's first word may stand before a name ("For
    Internship Reporting (IR4410)")."""
    names = (name.lower().split() for source in (subject, text) for name in _names_in(source))
    return frozenset(" ".join(words[at:]) for words in names for at in range(max(1, len(words) - 1)))


def only_in_course_names(where: str, subject: str, text: str, pattern: re.Pattern[str]) -> bool:
    """Whether every place the (lower-case) pattern finds in the subject or the text (`where`) lies inside one of the
    mail's course names, which it may write elsewhere (a subject naming the course its text gives with a code)."""
    flat = " ".join((subject if where == "subject" else text).lower().split())
    found = [match.span() for match in pattern.finditer(flat)]
    names = course_names(subject, text) if found and where in ("subject", "text") else frozenset()
    spans = sorted((at.start(), at.end()) for name in names for at in re.finditer(re.escape(name), flat))
    # the furthest end of the names opened at or before each start, so each place asks one bisection
    starts, reach, furthest = [start for start, _ in spans], [], 0
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)
    return bool(spans) and all(_inside(at, to, starts, reach) for at, to in found)


def _inside(at: int, to: int, starts: list[int], reach: list[int]) -> bool:
    opened = bisect_right(starts, at) - 1
    return opened >= 0 and reach[opened] >= to
