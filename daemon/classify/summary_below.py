"""A course summary handed over in the paragraph after the one that says it is written below."""

from __future__ import annotations

import re

from daemon.classify.found_change import FoundChange
from parsers.sign_off import CLOSING_LINE

# "the new summary for LG3102 is pasted below.", "ringkasan untuk MK X saya kirim di bawah.", "deskripsinya saya tulis
# di bawah ini": the summary named, then where it is handed over, in one sentence.
_HANDED_BELOW = re.compile(
    r"\b(?:summary|description|ringkasan|deskripsi|sinopsis)\b[^.!?\n]{0,80}?\b(?:(?:is|are|has\sbeen|I've|I\shave|I)"
    r"\s(?:pasted|written|copied|put|included|attached\sas\stext)|(?:saya|sy|kami)\s(?:kirim|tulis|tuliskan|tempel|"
    r"tempelkan|sertakan|cantumkan|salin)(?:kan)?|(?:di)?(?:tulis|tempel|sertakan|cantumkan)(?:kan)?)\s(?:it\s)?"
    r"(?:below|di\s?bawah(?:\sini)?)\b",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n[ \t]*(?P<text>[^\n]+(?:\n[ \t]*[^\s][^\n]*)*)")


def summary_below(flat: str) -> FoundChange | None:
    """The paragraph after the one that hands the summary over below, unless it is the closing or a signature."""
    handed = _HANDED_BELOW.search(flat)
    if handed is None or (paragraph := _PARAGRAPH.search(flat, handed.end())) is None:
        return None
    value = paragraph.group("text").strip()
    if CLOSING_LINE.match(value) or len(value.split()) < 6:
        return None
    start = paragraph.start("text")
    return FoundChange("summary", value, f"handed over below: {handed.group(0)}", start, start + len(value))
