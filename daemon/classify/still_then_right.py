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

# "namanya masih X", "masih pakai nama X", "name is still X": the name shown now, said of the name.
_STILL = re.compile(
    r"\b(?:(?:nama(?:nya)?|name)\b[^\n.?!]{0,40}?\b(?:masih|msh|still)(?:[ \t]+(?:is|ber(?:nama)?))?|"
    r"(?:masih|msh|still)[ \t]+(?:pakai|pake|memakai|menggunakan|using|uses)[ \t]+(?:(?:the[ \t]+)?(?:nama|name)))"
    r"[ \t]+",
    re.IGNORECASE,
)
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


def still_then_right(flat: str) -> FoundChange | None:
    """The right name told after the name the course still has, both names of a course and different."""
    for still in islice(_STILL.finditer(flat), _MAX_TOLD):
        right = _RIGHT.search(flat, still.end(), min(len(flat), still.end() + _REACH + 120))
        if right is None or "\n\n" in flat[still.end() : right.start()].strip(" \t\n"):
            continue
        # Read in the text cut at the right word: the name reader would take a lowercase word after it as the name's.
        old = value_at(flat[: right.start()], "fullname", still.end(), right.start())
        gap = _GAP.match(flat, old.end) if old else None
        if old is None or gap is None or gap.end() < right.start() or PERSON_FIRST.match(old.value):
            continue
        if cues(flat[still.end() : old.end]):
            continue
        new_end = sentence_around(flat, right.end())[1]
        new = value_at(flat, "fullname", right.end(), min(len(flat), new_end + 1, right.end() + _REACH))
        if new is None or PERSON_FIRST.match(new.value) or new.value.casefold() == old.value.casefold():
            continue
        if any(field != "fullname" for field, _ in cues(flat[right.start() : new.end])):
            continue
        change = FoundChange("fullname", new.value, f"still, then right: {right.group(0).strip()}", new.start, new.end)
        if not supposed(flat, change.start) and not unsure(flat, right.start(), right.start(), change.span):
            return change
    return None
