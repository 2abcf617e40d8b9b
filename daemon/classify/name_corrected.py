"""A correction that names no field, read as the course's full name where its value sets right a name the mail wrote
misspelt before it ("tertulis Mekanika Teknk Dasar ... yang benar tentu Mekanika Teknik Dasar")."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import islice

from daemon.classify.asking import supposed
from daemon.classify.change_connectors import CONNECTORS
from daemon.classify.change_words import cues
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at
from daemon.classify.wording import sentence_around

# The correction's own words alone, so that a long text is not read for every other connector too.
_SHOULD_BE = re.compile(next(pattern for kind, pattern in CONNECTORS if kind == "should be"), re.IGNORECASE)
_WORD = re.compile(r"[^\W_][\w'’-]*")
# How far back the misspelt name is looked for, and how many corrections a mail is read for at most.
_REACH = 400
_MOST = 4
# A name set right differs by a letter or two: "Teknk"/"Teknik", "Keuangn"/"Keuangan"; a different name does not.
_LIKENESS = 0.85


def _misspelt_before(text: str, start: int, value: str) -> int | None:
    """Where the words before `start` spell `value` nearly but not quite, if they do."""
    wanted = len(value.split())
    words = list(_WORD.finditer(text, max(0, start - _REACH), start))
    for first in range(len(words) - wanted + 1):
        window = words[first : first + wanted]
        written = text[window[0].start() : window[-1].end()]
        if written.casefold() == value.casefold() or not written[:1].isupper():
            continue
        if SequenceMatcher(None, written.casefold(), value.casefold()).ratio() >= _LIKENESS:
            return window[0].start()
    return None


def misspelt_name_corrected(text: str) -> FoundChange | None:
    for connector in islice(_SHOULD_BE.finditer(text), _MOST):
        sentence_start = sentence_around(text, connector.start())[0]
        # A field named in the correction's own sentence is the field readers of named fields read.
        if cues(text[sentence_start : connector.start()]):
            continue
        read = value_at(text, "fullname", connector.end(), len(text))
        if read is None or supposed(text, read.start):
            continue
        misspelt = _misspelt_before(text, sentence_start, read.value)
        # "tertulis pengampunya Yohanes Tarigan": a name written as another field's value is that field's.
        if misspelt is None or any(
            field != "fullname" for field, _ in cues(text[sentence_around(text, misspelt)[0] : misspelt])
        ):
            continue
        return FoundChange("fullname", read.value, "should be: a misspelt name set right", read.start, read.end)
    return None
