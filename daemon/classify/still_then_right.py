"""A value said to be the one e-learning still shows, then the right one said on the next line or in the next sentence
("MK X di elearning namanya masih Desain Grafis Dasar / harusnya sekarang Desain Komunikasi Visual 1"): the value
after the correcting word is the new one, of the field named before it or, failing that, in the sentence after."""

from __future__ import annotations

import re
from itertools import islice

from daemon.classify.asking import supposed, unsure
from daemon.classify.change_words import NOW, OUGHT, SHOWN_NOW, cues
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at
from daemon.classify.value_basics import PERSON_FIRST
from daemon.classify.wording import sentence_around

# "namanya masih X", "masih pakai nama X", "enrol key-nya masih X", "the short name is still X": the value shown now;
# the field is the one named last before "masih", or the name the phrase says.
_STILL = re.compile(
    r"\b(?:(?:masih|msh|still)(?:[ \t]+(?:is|pakai|pake|memakai|menggunakan|using|uses|tertulis|ber(?=nama)))?"
    r"(?P<name>[ \t]*+(?:the[ \t]+)?(?:nama|name)\b)?"
    # "yang tertulis sekarang "X"", "it says "X"": what the page shows, said without "still".
    rf"|(?:{SHOWN_NOW})(?:[ \t]+(?:{NOW}))?|it[ \t]+(?:says|reads|shows))[ \t]+",
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
    rf"\b(?:{OUGHT}|(?:yang|yg)[ \t]+(?:benar|bener|betul)(?:nya)?|(?:it[ \t]+)?should[ \t]+(?:be|read|say))"
    r"(?:[ \t]+(?:sekarang|skrg|skg|now|nama(?:nya)?))?(?:[ \t]+(?:jadi|menjadi|adalah|sudah))?[ \t]*:?[ \t]+",
    re.IGNORECASE,
)
# Between the old value and the right word: blanks, the sentence's mark, a line break or a chat's blanked header,
# and the word that sets them against each other ("padahal", "but").
_GAP = re.compile(r"[ \t]*+[.!,]?[ \t\n]{0,120}+(?:(?i:padahal|sedangkan|tapi|tetapi|namun|but|whereas|while)[ \t]+)?")
_REACH = 100
_MAX_TOLD = 10


def _field_still(flat: str, still: re.Match[str]) -> str | None:
    if still.group("name"):
        return "fullname"
    sentence_start = sentence_around(flat, still.start())[0]
    named = cues(flat[max(sentence_start, still.start() - 60) : still.start()])
    return named[-1][0] if named and named[-1][0] in _FIELDS else None


def _field_named_next(flat: str, right: re.Match[str]) -> str | None:
    """ "tertulis "X" padahal seharusnya "Y". Mohon dibetulkan nama kursusnya.": the one field the next sentence
    names, when none is named before the values."""
    sentence_end = sentence_around(flat, right.end())[1]
    following = flat[sentence_end : sentence_around(flat, min(len(flat) - 1, sentence_end + 1))[1]]
    named = {field for field, _ in cues(following)}
    return named.pop() if len(named) == 1 and named <= _FIELDS else None


def still_then_right(flat: str) -> FoundChange | None:
    """The right value told after the one the field still has, both of the field's shape and different."""
    for still in islice(_STILL.finditer(flat), _MAX_TOLD):
        right = _RIGHT.search(flat, still.end(), min(len(flat), still.end() + _REACH + 120))
        if right is None or "\n\n" in flat[still.end() : right.start()].strip(" \t\n"):
            continue
        # "untuk kode TM-2203 yang tertulis "X"": the course's own code named before may not be the field meant.
        for field in dict.fromkeys((_field_still(flat, still), _field_named_next(flat, right))):
            if field and (change := _told(flat, field, still, right)):
                return change
    return None


def _told(flat: str, field: str, still: re.Match[str], right: re.Match[str]) -> FoundChange | None:
    # Read in the text cut at the right word: the name reader would take a lowercase word after it as the name's.
    old = value_at(flat[: right.start()], field, still.end(), right.start())
    remark = _OLD_REMARK.match(flat, old.end) if old else None
    gap = _GAP.match(flat, remark.end() if remark else old.end) if old else None
    if old is None or gap is None or gap.end() < right.start() or PERSON_FIRST.match(old.value):
        return None
    if cues(flat[still.end() : old.end]):
        return None
    new_end = sentence_around(flat, right.end())[1]
    new = value_at(flat, field, right.end(), min(len(flat), new_end + 1, right.end() + _REACH))
    if new is None or PERSON_FIRST.match(new.value) or new.value.casefold() == old.value.casefold():
        return None
    if any(other != field for other, _ in cues(flat[right.start() : new.end])):
        return None
    change = FoundChange(field, new.value, f"still, then right: {right.group(0).strip()}", new.start, new.end)
    if supposed(flat, change.start) or unsure(flat, right.start(), right.start(), change.span):
        return None
    return change
