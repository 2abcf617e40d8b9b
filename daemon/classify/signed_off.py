"""Whether a place in a mail stands under its closing ("Hormat saya,"), where labelled lines sign it."""

from __future__ import annotations

import re

from parsers.sign_off import CLOSING_LINE

# "Terima kasih,\nAgus\n\nPak Agus,\n\nTolong ...": a greeting after a closing opens another message (a forwarded
# one), which the first closing does not sign.
_GREETING = re.compile(
    r"^[ \t]*(?:(?:dear|yth\.?|kepada\s+yth\.?|hi|halo|hallo|hello|assalamu\w*|selamat\s(?:pagi|siang|sore|malam))"
    r"\b[^\n]{0,40}|(?:pak|bu|bapak|ibu|mas|mbak|kak)\b[^\n,]{0,30},|pagi|siang|sore|malam)[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def signed_off(flat: str, position: int) -> bool:
    """Whether `position` stands under the closing of its message (no greeting between them opens another)."""
    closings = [closing.end() for closing in CLOSING_LINE.finditer(flat, 0, position)]
    return bool(closings) and not _GREETING.search(flat, closings[-1], position)
