"""A claimed change value corrected by a later postscript in which the writer owns up to a slip."""

from __future__ import annotations

import re

from daemon.classify.change_words import cues
from daemon.classify.corrected_later import OWNED_SLIP
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at
from daemon.classify.wording import RATHER

# "P.S. Maaf, saya salah ketik: short name yang benar AKP-3B", "PS: sorry, make it Harbour-24 instead": a
# postscript that owns up to a slip corrects the value said before it.
# "Update: ... please make it Survey-B2 instead", "Revisi: ...": a later note under its label corrects it too ("Update
# juga ..." without the colon asks for more).
_POSTSCRIPT = re.compile(
    r"^[ \t]*(?:(?:P\.?[ \t]?S\.?|N\.?B\.?|Ralat|Koreksi|Correction)\b[ \t]*[:.,-]?|(?:Update|Revisi|Edit)[ \t]*:)",
    re.M | re.I,
)
_SAYS_VALUE = re.compile(
    r"\b(?:yang\s+benar|yg\s+benar|seharusnya|harusnya|maksud(?:nya|\s+saya)?|I\s+meant|make\s+it|should\s+(?:be|have"
    rf"\s+been)|menjadi|jadi|jadikan|pakai|use|adalah|is|{RATHER})\b[ \t]*:?|:",
    re.IGNORECASE,
)


def corrected_in_postscript(flat: str, change: FoundChange) -> FoundChange | None:
    """The change, the value a later postscript corrects it to, or None when the postscript owns up to a slip in
    this field but its value cannot be read."""
    for postscript in _POSTSCRIPT.finditer(flat, change.end):
        block_end = flat.find("\n\n", postscript.end())
        block = flat[postscript.end() : len(flat) if block_end < 0 else block_end]
        # "Ralat:", "Correction:" own up to the slip themselves.
        if not OWNED_SLIP.search(postscript.group(0)) and not OWNED_SLIP.search(block):
            continue
        for says in _SAYS_VALUE.finditer(flat, postscript.end(), postscript.end() + len(block)):
            read = value_at(flat, change.field, says.end(), postscript.end() + len(block))
            if read is not None and read.value != change.value:
                source = f"corrected in a postscript: {' '.join(says.group(0).split())}"
                return FoundChange(change.field, read.value, source, read.start, read.end)
        # or the field's own word before it: "NB: maaf tadi salah ketik, kelasnya X, bukan Y"
        for field, cue in cues(block):
            if field != change.field:
                continue
            read = value_at(flat, field, postscript.end() + cue.end(), postscript.end() + len(block))
            if read is not None and read.value != change.value:
                source = f"corrected in a postscript: {' '.join(cue.group(0).split())}"
                return FoundChange(change.field, read.value, source, read.start, read.end)
        return None
    return change
