"""Where a course name read in a mail stands in a clause about another course, named there by its own code."""

from __future__ import annotations

import re

from daemon.classify.course_code_shapes import CODE
from daemon.classify.wording import sentence_around

# "(TM2280 itu MK Mekanika Teknik)", "IF2106 is Web Design": the smallest clause around the name, a bracket first.
_BRACKET = re.compile(r"\([^()\n]{0,160}\)")


def other_course_clause(text: str, name: str, code: str | None) -> tuple[int, int] | None:
    """The span of the bracket or sentence that holds the name's first mention in `text`, when it names another
    course's code before the name and not `code` ("Kode MK-nya TM2208, bukan TM2280 (TM2280 itu MK Mekanika
    Teknik)"); None when the name is not in the text or its clause is about this course."""
    if not code or (at := text.find(name)) < 0:
        return None
    bracket = next((match for match in _BRACKET.finditer(text) if match.start() < at < match.end()), None)
    start, end = bracket.span() if bracket else sentence_around(text, at)
    # The other course named before its name ("TM2280 itu MK X"); a code after the name ("Course X masih memakai kode
    # lama MES204") is the same course's other code.
    before = {compact(match.group(1)) for match in CODE.finditer(text, start, at)}
    after = {compact(match.group(1)) for match in CODE.finditer(text, at, end)}
    return (start, end) if before and compact(code) not in before | after else None


def compact(code: str) -> str:
    """A code as compared: "ME 3.118", "ME-3118" and "me3118" are one code."""
    return re.sub(r"[\s.-]", "", code).upper()
