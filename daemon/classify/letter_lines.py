"""A letter's place-and-date line read onto the end of a claimed value, cut off."""

from __future__ import annotations

import re
from dataclasses import replace

from daemon.classify.found_change import FoundChange
from daemon.classify.wording import PLACE_AND_DATE_LINE

_FREE_TEXT = frozenset({"summary", "fullname", "lecturer"})


def without_place_and_date(flat: str, change: FoundChange) -> FoundChange:
    """The value up to a place-and-date line under its first line ("... for SMEs\\nMedan, 19 October 2026"), with
    everything under it (the signer's office)."""
    if change.field not in _FREE_TEXT:
        return change
    for line_break in re.finditer("\n", flat[change.start : change.end]):
        line_start = change.start + line_break.end()
        line_end = flat.find("\n", line_start)
        line = flat[line_start : len(flat) if line_end < 0 else line_end]
        if not PLACE_AND_DATE_LINE.match(line):
            continue
        cut = change.value.find(" ".join(line.split()))
        if cut > 0:
            kept = change.value[:cut].rstrip(" \t\n,;-")
            return replace(change, value=kept, end=change.start + len(kept))
    return change
