"""A count or a semester that the study programme's own record gives, set against what e-learning shows.

"Bobot MK X di e-learning 1 SKS, padahal di kurikulum 2 SKS", "masuk semester 3, sedangkan di SIAKAD semester 5": the
value after the record's name is the one the course is to have; so is what the record says in a clause of its own
("EL2112 shows 2 credits; the approved curriculum gives it 3"). Only a record set against e-learning by a word of
contrast ("padahal", "sedangkan", "but") or a clause's break counts, and only where the record differs: "Di kurikulum
2 SKS, dan di e-learning juga 2 SKS" asks nothing."""

from __future__ import annotations

import re

from daemon.classify.asking import supposed
from daemon.classify.found_change import FoundChange
from daemon.classify.wording import sentence_around

_AGAINST = r"(?:padahal|sedangkan|tapi|tetapi|namun|but|whereas|while)"
_RECORD = (
    r"(?:kurikulum|curriculum|SK(?:[ \t]+\w+)?|SIAKAD|RPS|KRS|silabus|syllabus|jadwal|timetable|handbook"
    r"|buku[ \t]+panduan|pedoman)"
)
# "padahal di kurikulum 2 SKS", "but in the curriculum it is 3 credits", "sedangkan menurut SIAKAD semester 5".
_RECORD_GIVES = re.compile(
    rf"\b{_AGAINST}[ \t]+(?:di|dalam|menurut|sesuai|in|per|according[ \t]+to)[ \t]+(?:the[ \t]+)?{_RECORD}"
    r"(?:[ \t]+(?:\d{4}|baru|terbaru|new|latest))?,?[ \t]+(?:(?:it(?:'s|[ \t]+is)|adalah|tertulis|tercantum|ada[ \t]+di"
    r"|masuk(?:[ \t]+ke)?)[ \t]+)?"
    r"(?:(?P<count>[1-6])[ \t]*(?i:sks|credits?)\b|(?i:semester|smt)[ \t]*(?P<semester>[1-8])\b)",
    re.IGNORECASE,
)
# "EL2112 shows 2 credits; the approved curriculum gives it 3": the record as the subject of its own clause, its
# count bare where credits were named just before.
_RECORD_SAYS = re.compile(
    rf"[;,][ \t]*(?:but[ \t]+|whereas[ \t]+|while[ \t]+)?(?:the|our)[ \t]+(?:(?:approved|new|official|current|latest)"
    rf"[ \t]+)?{_RECORD}[ \t]+(?:gives[ \t]+it|says|lists[ \t]+it[ \t]+(?:as|at|with)|has[ \t]+it[ \t]+(?:as|at)|"
    r"puts[ \t]+it[ \t]+(?:at|in))[ \t]+(?:(?P<count>[1-6])(?:[ \t]*credits?)?|semester[ \t]*(?P<semester>[1-8]))\b",
    re.IGNORECASE,
)
# E-learning named before, in the same sentence, as the place that shows the other value.
_SHOWN_ON = re.compile(r"\b(?:e-?learning|elearning|LMS|moodle)\b", re.IGNORECASE)
_SHOWS = re.compile(
    r"\b(?:e-?learning|elearning|LMS|moodle|shows|displays|is[ \t]+(?:listed|set)[ \t]+(?:as|at|with|to))\b"
    r"[^;,.!?\n]{0,30}?\b(?:(?P<shown>[1-6])[ \t]*credits?|semester[ \t]*(?P<term>[1-8]))",
    re.IGNORECASE,
)


def _given(flat: str, match: re.Match[str], how: str) -> FoundChange | None:
    field, group = ("credits", "count") if match.group("count") else ("semester", "semester")
    change = FoundChange(field, match.group(group), f"{how}: {match.group(0).strip(';, ')}", *match.span(group))
    return None if supposed(flat, change.start) else change


def record_gives(flat: str) -> FoundChange | None:
    for gives in _RECORD_GIVES.finditer(flat):
        if _SHOWN_ON.search(flat, sentence_around(flat, gives.start())[0], gives.start()) and (
            change := _given(flat, gives, "the record gives")
        ):
            return change
    for says in _RECORD_SAYS.finditer(flat):
        shown = _SHOWS.search(flat, sentence_around(flat, says.start())[0], says.start())
        if (
            shown
            and (change := _given(flat, says, "the record says"))
            and change.value != (shown.group("shown") or shown.group("term"))
        ):
            return change
    return None
