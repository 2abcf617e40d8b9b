"""Read a chat pasted into mail (a WhatsApp export or copy) as what its people wrote: each message's stamp and
sender's name are left out."""

from __future__ import annotations

import re

_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
_CLOCK = r"\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
# Android and WhatsApp Web copies: "12/11/26 08.15 - Name: text", "12/11/2026, 20:05 - Name: text"; iOS and a
# copied message: "[08.15, 12/11/2026] Name: text", "[04/12/26, 07:02:11] Name: text". The name runs to the first
# colon of the line (a phone number or a saved name, a few words at most).
_STAMP = re.compile(
    rf"^[ \t]*(?:\[(?:{_CLOCK},?\s{_DATE}|{_DATE},?\s{_CLOCK})\]|{_DATE},?\s{_CLOCK}\s[-–]\s)"
    r"[ \t]*(?:(?P<name>[^:\n]{1,60}?):[ \t])?",
    re.M,
)
# Telegram Desktop's export and copy: "Hendra Saputra, [02.04.28 19:41]" on a line of its own, the message on the
# lines under it; the whole line goes.
_STAMP_LINE = re.compile(rf"^[ \t]*[^\n\[\],]{{1,50}}+,[ \t]\[{_DATE}[ \t]{_CLOCK}\][ \t]*+\n", re.M)
# Two stamped lines make a chat: one dated line alone ("12/11/26 08.15 - rapat prodi") is the writer's own; one
# message copied from a phone ("[08.15, 12/11/2026] Name: text") is a chat by its bracketed stamp and its sender.
MIN_CHAT_LINES = 2


def without_chat_stamps(text: str) -> str:
    """The text with each chat message's stamp and sender left out, each message still on its own line; text that
    holds no chat is returned as it is."""
    if len(_STAMP_LINE.findall(text)) >= MIN_CHAT_LINES:
        text = _STAMP_LINE.sub("", text)
    stamps = list(_STAMP.finditer(text))
    copied = len(stamps) == 1 and stamps[0].group(0).lstrip().startswith("[") and stamps[0].group("name")
    if len(stamps) < MIN_CHAT_LINES and not copied:
        return text
    return _STAMP.sub("", text)
