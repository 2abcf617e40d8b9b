"""A count or a semester that the study programme's own record gives, set against what e-learning shows.

"Bobot MK X di e-learning 1 SKS, padahal di kurikulum 2 SKS", "masuk semester 3, sedangkan di SIAKAD semester 5": the
value after the record's name is the one the course is to have. Only a record set against e-learning by a word of
contrast ("padahal", "sedangkan", "but") counts: "Di kurikulum 2 SKS, dan di e-learning juga 2 SKS" asks nothing."""

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
# E-learning named before, in the same sentence, as the place that shows the other value.
_SHOWN_ON = re.compile(r"\b(?:e-?learning|elearning|LMS|moodle)\b", re.IGNORECASE)


def record_gives(flat: str) -> FoundChange | None:
    for gives in _RECORD_GIVES.finditer(flat):
        sentence_start = sentence_around(flat, gives.start())[0]
        if not _SHOWN_ON.search(flat, sentence_start, gives.start()):
            continue
        field, group = ("credits", "count") if gives.group("count") else ("semester", "semester")
        change = FoundChange(field, gives.group(group), f"the record gives: {gives.group(0)}", *gives.span(group))
        if not supposed(flat, change.start):
            return change
    return None
