"""The class the writer says they teach, set against the one e-learning records: the class the course is to have.

"Di e-learning terdaftar untuk kelas EL-2A, padahal saya mengajar kelas EL-2B", "The course is set for class ME-2A,
but I actually teach class ME-2C", "tertulis TE-1A padahal saya mengajar TE-1C": the recorded class first in the
sentence, then a word of contrast, then the writer teaching another one. Classes listed as taught, with nothing set
against them, ask nothing."""

from __future__ import annotations

import re

from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at
from daemon.classify.wording import sentence_around

_CLASS = re.compile(r"\b(?:kelas|class)[ \t]+", re.IGNORECASE)
_CODE = re.compile(r"\b[A-Z]{1,5}-?[1-8][A-H]\b")
_TAUGHT = re.compile(
    r"\b(?:padahal|pdhl|namun|tetapi|tapi|but|whereas|while)\b[^.!?\n]{0,40}?\b(?:saya|sy|aku|kami|i|we)[ \t]+"
    r"(?:(?:actually|now|sekarang|skrg|justru|hanya|cuma|only)[ \t]+)?"
    # (the colloquial "-nya"/"-in": "padahal saya ngajarnya MB-2C")
    r"(?:mengajar|ngajar|mengampu|ngampu|pegang|memegang|megang|teach|am[ \t]+teaching|handle)(?:nya|in)?[ \t]+"
    # ... "padahal saya mengajar TE-1C": the class by its code alone, where the recorded one is named before.
    r"(?:(?:di|untuk|for|the)[ \t]+)?(?=(?:kelas|class)[ \t]|(?-i:[A-Z]{1,5}-?[1-8][A-H])\b)",
    re.IGNORECASE,
)
# A request names its course's class once or twice; hostile text repeats the words by the thousand.
_MENTIONS = 20


def taught_class(flat: str) -> FoundChange | None:
    for index, taught in enumerate(_TAUGHT.finditer(flat)):
        if index == _MENTIONS:
            break
        sentence_start = sentence_around(flat, taught.start())[0]
        recorded = [
            read.value
            for cue in _CLASS.finditer(flat, sentence_start, taught.start())
            if (read := value_at(flat, "class", cue.end(), taught.start()))
        ]
        # "Kelas di course Fisika Dasar FI1101 tertulis TE-1A padahal ...": the recorded class further on.
        if not recorded and (first := _CLASS.search(flat, sentence_start, taught.start())):
            recorded = [code.group(0) for code in _CODE.finditer(flat, first.end(), taught.start())]
        cue = _CLASS.match(flat, taught.end())
        read = value_at(flat, "class", cue.end() if cue else taught.end(), len(flat))
        if not recorded or read is None or read.value == recorded[-1]:
            continue
        words = " ".join(taught.group(0).split()[-2:])
        return FoundChange(
            "class", read.value, f"class taught, set against the one recorded: {words}", read.start, read.end
        )
    return None
