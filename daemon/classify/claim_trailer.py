"""Where a claimed description ends when the writer's own short sentence follows its last full stop."""

from __future__ import annotations

import re
from dataclasses import replace

from daemon.classify.found_change import FoundChange
from parsers.sign_off import CLOSING

# "... prototipe sederhana. Segera ya.", "... seawalls. ASAP please.", "... dll. Karena RPS prodi sudah direvisi.",
# "... analisis selisih. Sebelum UTS ya pak.": urgency, a deadline, a reason or a thanks after the text's last full
# stop is the writer's to the helpdesk, never the course's. "Agar/Supaya mahasiswa mampu ..." opens a description's
# own sentence, so purposes are not among them.
_WRITERS_SENTENCE = re.compile(
    r"(?<=[.!?])[ \t\n]+(?:segera|secepatnya|secepat[ \t]+mungkin|buruan|urgent|penting|asap|as[ \t]+soon[ \t]+as|"
    r"at[ \t]+your[ \t]+earliest|sebelum|paling[ \t]+lambat|selambat\w*|maksimal|deadline|batas(?:nya)?|"
    r"by[ \t]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|next|this|the[ \t]+end)|before|"
    r"no[ \t]+later|hari[ \t]+ini|besok|lusa|today|tomorrow|minggu[ \t]+ini|this[ \t]+week|karena|krn|soalnya|"
    rf"sebab|dikarenakan|mengingat|because|ini[ \t]+karena|this[ \t]+is[ \t]+because|{CLOSING})\b",
    re.IGNORECASE,
)
# A trailer is a sentence or two; a longer run after the cue is the description going on.
_TRAILER_REACH = 100
_SHORTEST_TEXT = 20


def without_writers_sentence(change: FoundChange) -> FoundChange:
    """A description without the writer's short sentence of urgency, deadline, reason or thanks at its end."""
    if change.field != "summary":
        return change
    for trailer in _WRITERS_SENTENCE.finditer(change.value, _SHORTEST_TEXT):
        if len(change.value) - trailer.start() <= _TRAILER_REACH:
            kept = change.value[: trailer.start()].rstrip()
            return replace(change, value=kept, end=change.start + len(kept))
    return change
