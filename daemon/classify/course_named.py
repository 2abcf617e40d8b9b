"""Tell whether a word stands only inside a course's name, written beside its code or after the word "course"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from daemon.classify.course_code import CODE
from daemon.classify.course_name_shape import NAME

# "Internship Seminar (INT490)", "Magang Industri TM4801", "INT490 - Internship Seminar", "mata kuliah Kunjungan
# Industri": another office's word ("internship", "magang", "kunjungan") that names a course names the unit's matter.
_BEFORE_CODE = re.compile(rf"({NAME})[ \t]*+[(\[]?[ \t]*+$")
_AFTER_CODE = re.compile(rf"[ \t]*+[)\]]?[ \t]*+[-–:]?[ \t]*+({NAME})")
_AFTER_CUE = re.compile(rf"\b(?i:mata[ \t]*+kuliah|matakuliah|matkul|mk|course)[ \t]++({NAME})")
# how far before its code a name may start
_REACH = 120


def _name_spans(source: str) -> Iterator[tuple[int, int]]:
    for code in CODE.finditer(source):
        start = max(0, code.start() - _REACH)
        if before := _BEFORE_CODE.search(source, start, code.start()):
            yield before.span(1)
        if after := _AFTER_CODE.match(source, code.end()):
            yield after.span(1)
    for cued in _AFTER_CUE.finditer(source):
        yield cued.span(1)


def only_in_course_names(source: str, pattern: re.Pattern[str]) -> bool:
    """Whether every place the (lower-case) pattern finds in the source lies inside a course's name."""
    lowered = source.lower()
    found = [match.span() for match in pattern.finditer(lowered)] if len(lowered) == len(source) else []
    if not found:
        return False
    names = list(_name_spans(source))
    return all(any(start <= at and to <= end for start, end in names) for at, to in found)
