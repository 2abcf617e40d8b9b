"""A value set apart first and its field named after it ("'pelabuhan' itu key-nya yang baru", "“SIM-3A” is the new
short name"): the field told by what follows the value."""

from __future__ import annotations

import re
from bisect import bisect_left

from daemon.classify.asking import supposed, unsure
from daemon.classify.change_words import CUE, cues, is_old_side
from daemon.classify.found_change import FoundChange
from daemon.classify.value_basics import QUOTES
from daemon.classify.values import VALUE_READERS

# Only the fields whose values have a shape of their own: a quoted name before "itu nama MK-nya" may be either side.
_SHAPED = frozenset({"enrolment_key", "shortname", "class"})
_QUOTED = re.compile(r"([\"“'‘]|\*\*)([^\"“”'‘’*\n]{2,40})(?:[\"”'’]|\*\*)")
# "Manajemen Rantai Pasok Digital — itu nama baru utk LG3101": a line that opens with the value, set apart by a dash.
_DASHED = re.compile(r"^()([^\n—–\"“'‘*]{2,60}+)[—–]", re.MULTILINE)
# "itu", "ini", "adalah", "is": the value is the field's; "yang baru"/"new" on either side of the cue.
_LINK = re.compile(
    r"[ \t]+(?:(?:that|this)[ \t]+is|that's|itu|ini|adalah|ialah|merupakan|is|will\sbe|jadi|sebagai|as)[ \t]+"
    r"(?:(?:the|my|our)[ \t]+)?"
    r"(?:(?:new|baru)[ \t]+)?",
    re.IGNORECASE,
)
# "'mangga' itu key-nya yang lama": the value said to be the old one, or one that stays, is no change.
_OLD_AFTER = re.compile(
    r"[ \t]*(?:yang|yg)?[ \t]*(?:lama|sekarang|skrg|sebelumnya|semula|tetap|saat[ \t]ini)\b|[ \t]+(?:for[ \t]+now)\b",
    re.IGNORECASE,
)

_NEW = re.compile(r"\b(?:new|baru(?:nya)?)\b", re.IGNORECASE)
_NEW_AFTER = re.compile(r"[ \t]*(?:(?:yang|yg)[ \t]+)?baru(?:nya)?\b|[ \t]+from[ \t]+now[ \t]+on\b", re.IGNORECASE)
# "Apakah 'apel' itu key-nya yang baru?": a value asked about is not given; its sentence ends in a question mark.
_SENTENCE_MARK = re.compile(r"[.!?\n]")


def _asked(flat: str, marks: list[int], position: int) -> bool:
    # The marks are found once: read again to each sentence's end from every value in it, a long sentence of
    # values takes time growing with the square of its length.
    following = bisect_left(marks, position)
    return following < len(marks) and flat[marks[following]] == "?"


def value_first(flat: str, known: set[str]) -> list[FoundChange]:
    """The values set apart in quotes or bold whose field is named right after them, as the new one."""
    found: list[FoundChange] = []
    marks = [mark.start() for mark in _SENTENCE_MARK.finditer(flat)]
    for quoted in [*_QUOTED.finditer(flat), *_DASHED.finditer(flat)]:
        opener = quoted.group(1)
        if opener and opener != "**" and QUOTES.get(opener, "**") not in (flat[quoted.end() - 1], "'", "’"):
            continue
        link = _LINK.match(flat, quoted.end())
        if not link:
            continue
        cue = CUE.match(flat, link.end())
        named = cues(flat[link.end() : link.end() + 60])
        if not cue or not named or named[0][1].start() != 0 or is_old_side(cue):
            continue
        field = named[0][0]
        value = quoted.group(2).strip()
        # Read as the writer set it apart, in quotes: a plain word is a key only so.
        as_quoted = f'"{value}"'
        read = VALUE_READERS[field](as_quoted, 0, len(as_quoted)) if field in _SHAPED else None
        # A name, only as the new one by its own words ("itu nama barunya", checked below), read whole as a name.
        if field == "fullname" and (name := VALUE_READERS[field](value, 0, len(value))) and name[0] == value:
            read = (value, len(as_quoted))
        if field in known or read is None or read[1] < len(as_quoted) or _OLD_AFTER.match(flat, cue.end()):
            continue
        # Only the new one is a change: "... itu key-nya" alone may tell the key there is now.
        if not (_NEW.search(link.group(0) + cue.group(0)) or _NEW_AFTER.match(flat, cue.end())) or _asked(
            flat, marks, cue.end()
        ):
            continue
        change = FoundChange(
            field,
            value,
            f"value first, field after: {flat[quoted.end() : cue.end()].strip()}",
            quoted.start(2),
            quoted.start(2) + len(quoted.group(2).rstrip()),
        )
        if supposed(flat, change.start) or unsure(flat, change.start, change.start, (change.start, change.end)):
            continue
        found.append(change)
        known = known | {field}
    return found
