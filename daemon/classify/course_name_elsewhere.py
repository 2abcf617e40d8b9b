"""A course name read that belongs to something beside the course: a clause about another course, a mail's remark."""

from __future__ import annotations

import re
from collections.abc import Callable

from daemon.classify.course_code_shapes import CODE, compact
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


def _after_code(code: str, name: str, text: str) -> bool:
    return re.search(rf"{re.escape(code)}[ \t]+{re.escape(name)}", text) is not None


def read_past_elsewhere(
    subject: str, text: str, code: str | None, name: str | None, read: Callable[[str, str], str | None]
) -> str | None:
    """The name, or the one `read(subject, text)` finds once what it belongs to is set aside: "... JNT4102 (joint
    course)" in the subject where the text writes "JNT4102 Supply Chain Analytics" (a remark on the mail), or a name in
    a clause about another course."""
    if name and code and re.search(rf"{re.escape(code)}[ \t]*\({re.escape(name)}\)", subject):
        in_text = read("", text)
        if not _after_code(code, name, text) and in_text and _after_code(code, in_text, text):
            name = in_text
    if name and (clause := other_course_clause(text, name, code)):
        name = read(subject, text[: clause[0]] + " " * (clause[1] - clause[0]) + text[clause[1] :])
    return name
