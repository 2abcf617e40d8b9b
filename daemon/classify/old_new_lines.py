"""Bare old/new lines ("lama: X" / "baru: Y", "Before: X" / "After: Y") that name no field: the field is the one
the request names elsewhere (its asking sentences or its subject) whose shape both values have."""

from __future__ import annotations

import re

from daemon.classify.asking import supposed, unsure
from daemon.classify.change_words import cues, is_old_side
from daemon.classify.found_change import FoundChange
from daemon.classify.value_basics import clean_value
from daemon.classify.values import VALUE_READERS

_SEPARATOR = r"[ \t]*(?:[:=]|[-–]+>?|→)[ \t]*"
_OLD_LINE = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?:lama|semula|sebelum(?:nya)?|old|before|current|previous)" + _SEPARATOR + r"(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)
_NEW_LINE = re.compile(
    r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:[-•*][ \t]*)?(?:baru|menjadi|sesudah|setelah|new|after|proposed|usulan)"
    + _SEPARATOR
    + r"(?=\S)",
    re.IGNORECASE,
)


def _whole(field: str, text: str, start: int, line_end: int) -> tuple[str, int, int] | None:
    """The field's value when it is the whole rest of the line (a value cut short is another field's)."""
    read = VALUE_READERS[field](text, start, line_end)
    if read is None or text[read[1] : line_end].strip(" \t.") or not (value := clean_value(read[0])):
        return None
    found = text.find(value, start, line_end)
    return (value, found, found + len(value)) if found >= 0 else None


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def old_new_lines(flat: str, subject: str, taken: set[str]) -> FoundChange | None:
    """The change that a pair of bare old/new lines gives, when exactly one field named elsewhere (not on the
    lines) reads both of their values whole."""
    for old in _OLD_LINE.finditer(flat):
        old_end = _line_end(flat, old.end())
        if not (new := _NEW_LINE.match(flat, old_end)):
            continue
        new_end = _line_end(flat, new.end())
        # The fields the request names, in its text before the lines and in its subject, not as an old value.
        named = {field for field, cue in cues(flat[: old.start()]) if not is_old_side(cue)}
        named |= {field for field, cue in cues(subject) if not is_old_side(cue)}
        fitting = [
            (field, read)
            for field in sorted(named - taken)
            if _whole(field, flat, old.end(), old_end) and (read := _whole(field, flat, new.end(), new_end))
        ]
        if len(fitting) != 1:
            continue
        ((field, (value, start, end)),) = fitting
        if value == clean_value(flat[old.end() : old_end]):
            continue
        change = FoundChange(field, value, f"old/new lines: {new.group(0).strip()}", start, end)
        if not unsure(flat, old.start(), new.start(), change.span) and not supposed(flat, start):
            return change
    return None
