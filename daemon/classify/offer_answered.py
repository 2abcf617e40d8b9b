"""The value chosen later from two offered: "ditulis IF-2B Malam atau IF-2 Malam?" answered "Pakai IF-2B-Malam saja"."""

from __future__ import annotations

import re
from dataclasses import replace

from daemon.classify.connector_value import SHAPED
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at

# "Pakai X saja", "ambil yang X aja", "let's go with X": one value picked, in a thread or a pasted chat.
_CHOSEN = re.compile(
    r"\b(?:pakai|pake|gunakan|ambil|pilih|use|go[ \t]+with|take)[ \t]+(?:(?:yang|yg|the[ \t]+one)[ \t]+)?",
    re.IGNORECASE,
)
# The pick is said as one: "saja", "aja", "then", or the end of its clause.
_SETTLED = re.compile(r"[ \t]*(?:\b(?:saja|aja|sj|deh|then|please)\b|[,.;!\n]|$)", re.IGNORECASE)
# How far after the offer the answer may come: a few lines of a chat.
_REACH = 400


def chosen_after_offer(flat: str, change: FoundChange) -> FoundChange | None:
    """The value of the field's own shape picked after the offer, with where it was picked; None when nobody picks."""
    if change.field not in SHAPED:
        return None
    for chosen in _CHOSEN.finditer(flat, change.end, min(len(flat), change.end + _REACH)):
        read = value_at(flat, change.field, chosen.end(), len(flat))
        if read is not None and read.start == chosen.end() and _SETTLED.match(flat, read.end):
            cue = f"picked after two offered: {chosen.group(0).strip()}; {change.cue}"
            return replace(change, value=read.value, cue=cue, start=read.start, end=read.end)
    return None
