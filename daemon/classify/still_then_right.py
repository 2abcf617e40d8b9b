"""A course's name said to be still the old one, then the right one said on the next line or in the next sentence
("MK X di elearning namanya masih Desain Grafis Dasar / harusnya sekarang Desain Komunikasi Visual 1"): the name
after the correcting word is the new full name."""

from __future__ import annotations

import re
from itertools import islice

from daemon.classify.asking import supposed, unsure
from daemon.classify.change_words import OUGHT, cues
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at
from daemon.classify.value_basics import PERSON_FIRST
from daemon.classify.wording import sentence_around

# "namanya masih X", "masih pakai nama X", "enrol key-nya masih X", "the short name is still X": the value shown now;
# the field is the one named last before "masih", or the name the phrase says.
_STILL = re.compile(
    r"\b(?:masih|msh|still)(?:[ \t]+(?:is|pakai|pake|memakai|menggunakan|using|uses|tertulis|ber(?=nama)))?"
    r"(?P<name>[ \t]*+(?:the[ \t]+)?(?:nama|name)\b)?[ \t]+",
    re.IGNORECASE,
)
# Said after the old value: "..., itu yang lama.", "(that's the old one)".
_OLD_REMARK = re.compile(
    r"[ \t]*+[,(-]?[ \t]*+(?:itu|that(?:'s|[ \t]is))[ \t]+(?:(?:yang|yg)[ \t]+)?(?:lama|the[ \t]+old[ \t]+one)\)?",
    re.IGNORECASE,
)
# Only the fields a value's own words name; who teaches is read by the lecturer readers.
_FIELDS = frozenset({"fullname", "shortname", "class", "enrolment_key", "credits", "semester"})
# The next sentence or line opens with the writer's word that the value after it is the right one (a pasted chat's
# lines may have been joined into one: the word alone bounds the old name then).
_RIGHT = re.compile(
    rf"\b(?:{OUGHT}|(?:yang|yg)[ \t]+(?:benar|bener|betul)(?:nya)?|(?:it[ \t]+)?should[ \t]+be)"
    r"(?:[ \t]+(?:sekarang|skrg|skg|now|nama(?:nya)?))?(?:[ \t]+(?:jadi|menjadi|adalah|sudah))?[ \t]*:?[ \t]+",
    re.IGNORECASE,
)
# Between the old name and the right word: blanks, the sentence's mark, a line break or a chat's blanked header.
_GAP = re.compile(r"[ \t]*+[.!,]?[ \t\n]{0,120}+")
_REACH = 100
_MAX_TOLD = 10


def _field_still(flat: str, still: re.Match[str]) -> str | None:
    if still.group("name"):
        return "fullname"
    sentence_start = sentence_around(flat, still.start())[0]
    named = cues(flat[max(sentence_start, still.start() - 60) : still.start()])
    return named[-1][0] if named and named[-1][0] in _FIELDS else None


def still_then_right(flat: str) -> FoundChange | None:
    """The right value told after the one the field still has, both of the field's shape and different."""
    for still in islice(_STILL.finditer(flat), _MAX_TOLD):
        field = _field_still(flat, still)
        right = _RIGHT.search(flat, still.end(), min(len(flat), still.end() + _REACH + 120)) if field else None
        if field is None or right is None or "\n\n" in flat[still.end() : right.start()].strip(" \t\n"):
            continue
        # Read in the text cut at the right word: the name reader would take a lowercase word after it as the name's.
        old = value_at(flat[: right.start()], field, still.end(), right.start())
        remark = _OLD_REMARK.match(flat, old.end) if old else None
        gap = _GAP.match(flat, remark.end() if remark else old.end) if old else None
        if old is None or gap is None or gap.end() < right.start() or PERSON_FIRST.match(old.value):
            continue
        if cues(flat[still.end() : old.end]):
            continue
        new_end = sentence_around(flat, right.end())[1]
        new = value_at(flat, field, right.end(), min(len(flat), new_end + 1, right.end() + _REACH))
        if new is None or PERSON_FIRST.match(new.value) or new.value.casefold() == old.value.casefold():
            continue
        if any(other != field for other, _ in cues(flat[right.start() : new.end])):
            continue
        change = FoundChange(field, new.value, f"still, then right: {right.group(0).strip()}", new.start, new.end)
        if not supposed(flat, change.start) and not unsure(flat, right.start(), right.start(), change.span):
            return change
    return None
