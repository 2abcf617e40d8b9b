"""A letter's place-and-date line read onto the end of a claimed value, cut off."""

from __future__ import annotations

import re
from dataclasses import replace

from daemon.classify.found_change import FoundChange
from daemon.classify.value_basics import MONTH_WORD

_DATE = (
    rf"(?:\d{{1,2}}[ \t]+(?i:{MONTH_WORD})[a-z]*+\.?[ \t]+\d{{4}}|(?i:{MONTH_WORD})[a-z]*+\.?[ \t]+\d{{1,2}},?[ \t]+"
    r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
)
_PLACE_WORD = r"[A-Z][a-z'’.-]++"
# "Medan, 19 October 2026", "Batam, 6 Januari 2028", "Tanjung Pinang, 05/01/2028": the line a letter signs under its
# text (in Indonesian letters above the signer's office). On a line of its own, or joined by the mail client or a PDF's
# text to the value's last line, where only its one-word place is sure ("... Riau Islands Tanjungpinang, 4 January").
_PLACE_AND_DATE = re.compile(
    rf"(?:\n[ \t]*+(?:{_PLACE_WORD}[ \t]){{0,2}}|(?<=[^\W_])[ \t]++){_PLACE_WORD}[ \t]*+,[ \t]*+{_DATE}[ \t]*+(?=\n|$)"
)
# The first word of a two-word place ("Tanjung Pinang", "Kuala Lumpur", "Bandar Lampung") goes with it.
_PLACE_OPENS = re.compile(r"(?:Tanjung|Kuala|Pangkal|Bandar|Kota|Pulau|Teluk|Muara|Padang|Labuhan|Sungai)[ \t]$")
_FREE_TEXT = frozenset({"summary", "fullname", "lecturer"})


def without_place_and_date(flat: str, change: FoundChange) -> FoundChange:
    """The value up to a place-and-date line read onto its end, with everything under it."""
    if change.field not in _FREE_TEXT:
        return change
    dated = _PLACE_AND_DATE.search(flat, change.start, change.end)
    if dated is None:
        return change
    start = dated.start()
    if opens := _PLACE_OPENS.search(flat, max(change.start, start - 12), start + 1):
        start = opens.start()
    line = " ".join(flat[start : dated.end()].split())
    cut = change.value.rfind(line)
    if cut <= 0:
        return change
    kept = change.value[:cut].rstrip(" \t\n,;-")
    return replace(change, value=kept, end=change.start + len(kept))
