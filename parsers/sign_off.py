"""Cut what follows a writer's own words from a message's new text: signature, closing lines, legal notice."""

from __future__ import annotations

import re

_SIGNATURE = re.compile(r"^-- ?$", re.M)
_MOBILE_SIGNATURE = re.compile(
    r"^[ \t]*(?:sent from my|dikirim dari|sent from (?:yahoo|outlook|samsung)|get outlook for|"
    r"dapatkan outlook untuk|diketik dari)\b.*$",
    re.M | re.I,
)


# A legal notice starts a paragraph of its own and runs to the end: nothing in it is the request. "Perhatian" and
# "Pemberitahuan" open a legal notice only when their paragraph speaks of the mail ("PERHATIAN: Email ini ...
# rahasia"); otherwise they open the notice a writer asks to publish ("PERHATIAN: Diberitahukan kepada mahasiswa").
_DISCLAIMER = re.compile(
    r"(?:^|\n[ \t]*\n)[ \t]*\**(?:disclaimer|confidential(?:ity)?(?:\s(?:notice|note))?|"
    r"(?:perhatian|pemberitahuan)(?=(?:(?!\n\s*\n)[\s\S]){0,300}?\b(?:e-?mail|surel|pesan\sini|lampiran|rahasia|"
    r"ditujukan|penerima|confidential)\b)|"
    r"penafian|(?:this|the\s(?:information\sin\s)?this)\s+e-?mail\s(?:message\s)?(?:and\s(?:any\s)?(?:its\s)?"
    r"attachments?\s)?(?:is|are|may\sbe)\s(?:confidential|intended)|e-?mail\sini\s(?:beserta\s(?:seluruh\s)?"
    r"lampiran(?:nya)?\s)?(?:bersifat\s|hanya\s)?(?:rahasia|ditujukan))\b",
    re.IGNORECASE,
)
# The words a writer's closing opens with ("Terima kasih", "Salam", "Hormat kami", "Best regards"): one lexicon for
# every reader that stops where the writer signs off (the closing line below, a value's or a text's end in classify).
CLOSING = (
    r"terima\s?kasih|terimakasih|makasih|trims|thanks?|thank\s+you|thx|tks|(?:(?:best|kind|warm|many)\s+)?regards|"
    r"salam|hormat\s+(?:saya|kami)|wassalam\w*|cheers"
)
# The writer's closing ("Salam,", "Hormat kami,", "Best regards,") and, under it, the lines of a signature: name,
# title, unit, phone, the course they coordinate; a line that still asks for something is no signature.
CLOSING_LINE = re.compile(
    r"^[ \t]*(?:(?:with\s)?(?:best|kind|warm|warmest)?\s?regards|best(?:\swishes)?|cheers|thanks(?:\sa\slot)?|"
    r"thank\syou|thanking\syou(?:\sin\santicipation)?|with\s(?:many\s)?thanks|many\sthanks|sincerely(?:\syours)?|"
    r"(?:yours\s)?respectfully(?:\syours)?|yours\s(?:sincerely|faithfully|truly)|salam(?:\s(?:hangat|hormat|saya))?|"
    r"hormat\s(?:saya|kami)|wassalam(?:u['’]?alaikum)?[^\n]{0,30}|"
    r"terima\s?kasih(?:\s(?:banyak(?:-banyak)?|atas\s[^\n]{1,40}))?|"
    # Balinese, Javanese and Sundanese thanks
    r"suksma(?:\s(?:nggih|banget))?|matur\s(?:nuwun|suwun)(?:\s(?:sanget|nggih))?|hatur\snuhun|"
    r"(?:te)?rima\s?kasih|makasih|tks|thx)[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_STILL_ASKING = re.compile(
    r"\b(?:mohon|tolong|please|pls|harap|minta|tayang\w*|ganti|ubah|diubah|change|rename|jam|pukul|pkl|nb|ps|"
    r"p\.s|catatan|note|judul|title)\b",
    re.IGNORECASE,
)
MAX_SIGNATURE_LINES = 8


def _cut_sign_off(text: str) -> str:
    """Leave out a disclaimer, and the signature lines under the last closing: a signature names units and the
    courses its writer coordinates, never the one the request is about."""
    notice = _DISCLAIMER.search(text)
    if notice and text[: notice.start()].strip():
        text = text[: notice.start()]
    closings = list(CLOSING_LINE.finditer(text))
    if not closings:
        return text
    closing = closings[-1]
    below = [line for line in text[closing.end() :].split("\n") if line.strip()]
    if (
        0 < len(below) <= MAX_SIGNATURE_LINES
        and text[: closing.start()].strip()
        and all(len(line.strip()) <= 70 and not _STILL_ASKING.search(line) for line in below)
    ):
        return text[: closing.end()]
    return text


# Under a dashed rule, a line that opens by asking for the text above or for the unit's work is the writer's request
# below the text they hand over ("--", then "Mohon teks di atas dipasang ..."), not a signature; a signature's own
# asks ("Please consider the environment before printing", "Bisa dihubungi di ...", "Mohon tidak membalas") are not.
_ASKS_FIRST = re.compile(
    r"^[ \t]*(?:mohon|tolong|tlg|please|kindly|minta|harap|could\s+you|can\s+you|bisa(?:kah)?)\b"
    r"(?![ \t]+(?:maaf|jangan|tidak|do\s+not|don't|consider|dihubungi|contact|call))"
    r"(?=[^\n]*\b(?:di\s+atas|above|teks|text|pengumuman|announcement|notice|tayang\w*|post|publish|pasang\w*|"
    r"umumkan|diumumkan|ganti|diganti|ubah|diubah|change|rename)\b)",
    re.M | re.I,
)


def cut_signature(text: str) -> str:
    match = _SIGNATURE.search(text)
    if match and not _ASKS_FIRST.search(text, match.end()):
        text = text[: match.start()]
    match = _MOBILE_SIGNATURE.search(text)
    if match:
        text = text[: match.start()]
    return _cut_sign_off(text)
