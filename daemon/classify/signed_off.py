"""Whether a place in a mail stands under its closing ("Hormat saya,"), where labelled lines sign it."""

from __future__ import annotations

import re

from parsers.sign_off import CLOSING_LINE

# The words a mail opens with ("Dear", "Yth.", "Halo", "Selamat pagi") and the words of address before a name ("Pak",
# "Bu", "Mbak"): one lexicon of greetings, read here and by the courtesy a short reply is wrapped in (reply_fields).
GREETING = r"dear|yth\.?|hi|hai|halo|hallo|hello|assalamu\w*|selamat\s(?:pagi|siang|sore|malam)"
ADDRESS = r"pak|bu|bapak|ibu|mas|mbak|kak"
# "Terima kasih,\nAgus\n\nPak Agus,\n\nTolong ...": a greeting after a closing opens another message (a forwarded
# one), which the first closing does not sign.
_GREETING_LINE = re.compile(
    rf"^[ \t]*(?:(?:{GREETING}|kepada\s+yth\.?)\b[^\n]{{0,40}}|(?:{ADDRESS})\b[^\n,]{{0,30}},|pagi|siang|sore|malam)"
    r"[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def signed_off(flat: str, position: int) -> bool:
    """Whether `position` stands under the closing of its message (no greeting between them opens another)."""
    closings = [closing.end() for closing in CLOSING_LINE.finditer(flat, 0, position)]
    return bool(closings) and not _GREETING_LINE.search(flat, closings[-1], position)
