"""The course code a reply gives where the quoted mail asked the writer for it."""

from __future__ import annotations

from daemon.classify.code_question import asks_for_a_code
from daemon.classify.course_code import find_course_code
from daemon.classify.course_name_shape import SHAPE_RE
from daemon.classify.our_question import unquoted_lines
from parsers.sign_off import CLOSING_LINE


def asks_for_the_code(context: str) -> bool:
    """Whether a line of the quoted mail asks for the course's code."""
    return any(asks_for_a_code(line) for line in unquoted_lines(context))


def answered_code(text: str, context: str) -> str | None:
    """The code the reply's own lines give (before its closing) when the quoted mail asked for it: the question is
    the code's label ("It is MR3302.", "EL 2204 mbak"), so a shape checked as a labelled code is the course's."""
    return code_given(text) if asks_for_the_code(context) else None


def code_given(text: str) -> str | None:
    """The first code shape in a reply's own lines that reads as a code where a code was asked for."""
    for line in text.split("\n"):
        if CLOSING_LINE.match(line):
            break
        for shape in SHAPE_RE.finditer(line):
            if find_course_code("", f"kode {shape.group(0)}") == shape.group(0):
                return shape.group(0)
    return None
