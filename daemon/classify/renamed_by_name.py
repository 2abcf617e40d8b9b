"""A rename led by the course's own current name: "Mohon ubah Statistika Dasar menjadi Statistika Terapan", "please
change Fluid Mechanics to Applied Fluid Mechanics", "Digital Marketing (MB3104) should go by X"."""

from __future__ import annotations

import re

from daemon.classify.asking import not_yet, supposed, unsure
from daemon.classify.change_words import CHANGE_VERB, STRONG_TO
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at
from daemon.classify.value_basics import SPACES
from daemon.classify.wording import unwrap

# "rebranding Entrepreneurship (UM3102) as X", "Digital Marketing (MB3104) should go by X": the code may follow.
_AFTER_NAME = r"[\"”'’]?(?:\s*\([A-Z]{2,5}[- ]?\d{3,4}\))?\s+"
_TO_NEW = r"(?:" + STRONG_TO + r"|ke|to|dengan|with|as)"
_LEADING_TO_NEW = re.compile(
    _AFTER_NAME + rf"(?:{_TO_NEW}\s|(?:[^.?!\n]{{0,30}}?\s)?(?:should|will|shall|must)\s)", re.IGNORECASE
)


def leads_to_new(flat: str, course_name: str) -> bool:
    """Whether the name stands somewhere followed by a word that leads to the new one ("menjadi", "to", "should")."""
    name = re.compile(re.escape(course_name), re.IGNORECASE)
    start = 0
    while found := name.search(flat, start):
        if _LEADING_TO_NEW.match(flat, found.end()):
            return True
        start = found.start() + 1
    return False


def renaming(course_name: str) -> re.Pattern[str]:
    """The course's name after a change verb and before the word that leads to the new one, or before "should be
    called"; the match ends where the new name starts."""
    named = r"[\"“'‘]?" + re.escape(course_name) + _AFTER_NAME
    return re.compile(
        r"\b(?:(?:"
        + CHANGE_VERB
        + r")(?:kan)?\s+(?:(?:nama|the\s+name|the\s+course|course|mk|matkul)\s+)?"
        + named
        + _TO_NEW
        + r"|"
        + named
        + r"(?:[^.?!\n]{0,30}?\s)?(?:should|will|shall|must)\s+(?:now\s+)?(?:go\s+by|be\s+(?:called|named|known\s+as|"
        r"renamed(?:\s+(?:to|as))?|retitled(?:\s+(?:to|as))?)))\s+",
        re.IGNORECASE,
    )


def renamed_by_name(text: str, course_name: str) -> FoundChange | None:
    """ "Mohon ubah Statistika Dasar menjadi Statistika Terapan", "please change Fluid Mechanics to Applied Fluid
    Mechanics": the course's own current name, right after a change verb, is the cue of its new name."""
    flat = unwrap(text.translate(SPACES))
    # The whole pattern, with every change verb, takes milliseconds to compile for each name: it is compiled only
    # where the name stands followed by what leads to a new one, as in every match; most texts have no such place.
    if not_yet(flat) or not leads_to_new(flat, course_name):
        return None
    if not (connector := renaming(course_name).search(flat)):
        return None
    read = value_at(flat, "fullname", connector.end(), len(flat))
    if read is None or read.value.casefold() == course_name.casefold():
        return None
    change = FoundChange("fullname", read.value, f"changed to: {connector.group(0).strip()}", read.start, read.end)
    if unsure(flat, connector.start(), connector.start(), change.span) or supposed(flat, change.start):
        return None
    return change
