"""Whether a change is asked for another course than the request's, named in a later item or sentence of its own."""

from __future__ import annotations

import re

from daemon.classify.change_words import COURSE, cues
from daemon.classify.course_code_shapes import CODE, compact
from daemon.classify.found_change import FoundChange
from daemon.classify.wording import LIST_MARK

# "2. Dari Bu Maya: MK RPL3207 ...", "b. MB2207 Manajemen Risiko: ...", "Sedangkan untuk MK LG2105, ...": another
# course named where a request's item or sentence names its course; an old key or a new code ("PBO2025 => x",
# "kode menjadi AKM2201") stands elsewhere.
_NAMED_AS_COURSE = re.compile(
    rf"(?:^[ \t]*{LIST_MARK}[ \t]+(?:[^\n:]{{0,30}}:[ \t]*)?|"
    rf"\b(?:{COURSE}|subject|untuk|for)\s+)$",
    re.IGNORECASE | re.MULTILINE,
)
# "1. ... RPL2104 ...\n2. ... RPL3207 ...": a new line or sentence between the request's own course and the other one;
# "MK IF2203 (dulu IF2230) mohon ..." names one course twice.
_BREAK = re.compile(r"\n|[.!?;](?=\s)")


def for_another_course(flat: str, change: FoundChange, code: str | None) -> bool:
    """True when the last course named before the value is another one, named after the request's own course has
    had a change of its own asked in a sentence or item before (a mail asking for two courses; a ticket holds the
    first). A list of the courses one teaches, then a change for one of them, is no second request."""
    # A code's change has codes for its values.
    if not code or (change.field == "shortname" and CODE.fullmatch(change.value.upper())):
        return False
    before = flat[: change.start]
    codes = [match for match in CODE.finditer(before) if compact(match.group(1)) != compact(change.value)]
    if not codes or compact(codes[-1].group(1)) == compact(code):
        return False
    other = codes[-1]
    own = [match for match in codes if compact(match.group(1)) == compact(code)]
    if not own or not _NAMED_AS_COURSE.search(flat, max(0, other.start() - 60), other.start()):
        return False
    # (a request's item is a few lines: a long text between is read only near the other course)
    between = flat[max(own[-1].end(), other.start() - 2000) : other.start()]
    return _BREAK.search(between) is not None and bool(cues(between))
