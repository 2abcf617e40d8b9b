"""Read a change asked back to what it was ("dikembalikan ke nama semula, yaitu X", "please revert it to X")."""

# The value after the revert is the one asked, whatever the mail said was changed before it; a revert that names no
# value leaves the field to be asked.

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_words import cues
from daemon.classify.found_change import FoundChange
from daemon.classify.revert_words import REVERT_IN_RAW_TEXT
from daemon.classify.value_at import value_at
from daemon.classify.wording import sentence_around

_REVERT = re.compile(rf"\b(?:{REVERT_IN_RAW_TEXT})\b", re.IGNORECASE)
# "jangan dikembalikan", "no need to revert": a revert said not to happen.
_NOT_BEFORE = re.compile(
    r"\b(?:jangan|jgn|tidak\s+(?:usah|perlu)|tdk\s+(?:usah|perlu)|gak\s+usah|ga\s+usah|nggak\s+usah|don'?t|do\s+not|"
    r"no\s+need\s+to|not)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
# What leads from the revert to its value: a "to", a likeness to the former state, a colon, "namely".
_LEAD = re.compile(
    r"\b(?:ke|to|jadi|menjadi|jd|seperti|spt|kayak|kaya|kyk|like|as)\b|:|\b(?:yaitu|yakni|namely|which\s+(?:is|was))\b",
    re.IGNORECASE,
)
# The former state named in words, not a value: "nama semula", "the original name", "seperti awal".
_FORMER = re.compile(
    r"[ \t]*(?:the[ \t]+|its[ \t]+|yang[ \t]+|yg[ \t]+)?(?:nama[ \t]+|name[ \t]+)?(?:semula|awal(?:nya)?|sebelumnya|"
    r"lama(?:nya)?|asal(?:nya)?|aslinya|original|previous|old|former|before|dulu)(?:[ \t]+(?:name|one|value|nama))?"
    r"(?:[ \t]+(?:aja|saja|ya))*[ \t]*[,(]?",
    re.IGNORECASE,
)


def reverted(flat: str) -> FoundChange | None:
    """The field and value a revert asks for, the field named in its sentence (a cue on either side of it)."""
    for revert in _REVERT.finditer(flat):
        if _NOT_BEFORE.search(flat, max(0, revert.start() - 30), revert.start()):
            continue
        sentence_start, sentence_end = sentence_around(flat, revert.start())
        # "tolong balikin kayak semula aja:\nX": a colon at the line's end hands the value to the next line.
        limit = min(len(flat), max(sentence_end, flat.find("\n", revert.end()) + 1) + 120)
        fields = [field for field, _ in cues(flat[sentence_start:sentence_end])]
        # "You renamed my course to X last week. ... could you change it back to Y?": "it" is the field changed
        # earlier in the paragraph.
        paragraph_start = flat.rfind("\n\n", 0, revert.start()) + 1
        fields = fields or [field for field, _ in cues(flat[paragraph_start:sentence_start])][-1:]
        if not fields:
            continue
        field = fields[-1] if len(set(fields)) > 1 else fields[0]
        position = revert.end()
        while lead := _LEAD.search(flat, position, min(limit, sentence_end + 2)):
            position = lead.end()
            former = _FORMER.match(flat, position)
            start = former.end() if former and former.end() > position else position
            read = value_at(flat, field, start, limit)
            if read is None or _FORMER.fullmatch(read.value):
                continue
            change = FoundChange(
                field,
                read.value,
                f"reverted: {' '.join(flat[revert.start() : lead.end()].split())}",
                read.start,
                read.end,
            )
            if not unsure(flat, revert.start(), lead.start(), change.span):
                return change
            break
    return None
