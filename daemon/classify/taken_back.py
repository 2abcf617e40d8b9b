"""The rest of a mail after it takes a request back or says nothing is to change, when that rest asks anew."""

from __future__ import annotations

import re

from daemon.classify.casual_words import normalise
from daemon.classify.change_words import CORRECTION
from daemon.classify.changes import find_changes
from daemon.classify.intent import SENTENCE_END, nothing_to_do
from daemon.classify.keyword_rule import CHANGE
from daemon.classify.purposes import WITHDRAWN
from daemon.classify.telling import asks_for_work

# An earlier request or mail named and set aside ("yang kemarin abaikan saja", "please ignore my previous email"); a
# withdrawal's own words are WITHDRAWN's, "tidak usah diproses" nothing_to_do's.
_SET_ASIDE = re.compile(
    r"\b(?:(?:abaikan|ignore|disregard|lupakan|forget)(?: saja| aja)?(?: (?:my|the|saya|that|this))?"
    r"(?: (?:previous|earlier|last|first|sebelumnya|kemarin|tadi|pertama))?"
    r" (?:e-?mail|mail|message|request|pesan|permintaan|yang (?:kemarin|tadi|sebelumnya|pertama))|"
    r"yang (?:kemarin|tadi|sebelumnya|pertama) (?:abaikan|batal|dibatalkan|tidak usah|tidak perlu))\b"
)
# A change asked with the value it is to take, in one sentence: "ganti nama MK AK2101 Akuntansi Biaya jadi ...".
_CHANGE_TO_VALUE = re.compile(
    r"\b(?:" + CHANGE[3:-1] + r")(?: [a-z0-9-]+){0,10}? (?:menjadi|jadi|jd|ke|to|into|with)\b"
)
_CORRECTED = re.compile(rf"\b(?:{CORRECTION})\b")


def _asks(text: str) -> bool:
    return bool(asks_for_work(text) or _CHANGE_TO_VALUE.search(text) or _CORRECTED.search(text))


def _takes_back(sentence: str) -> bool:
    normalised = normalise(sentence)
    return bool(WITHDRAWN.search(normalised) or _SET_ASIDE.search(normalised) or nothing_to_do(normalised))


def asked_anew(raw_text: str) -> str | None:
    """The raw text after the last sentence that takes back an earlier request or says nothing is to change, when that
    text asks for work or gives a change with its value ("Nama baru: X"); None when nothing is taken back or nothing
    is asked after it (a withdrawal followed by thanks stays a withdrawal)."""
    # where each sentence ends: the rest of the mail is kept as written, its lines and paragraphs too
    ends = [found.end() for found in SENTENCE_END.finditer(raw_text)] + [len(raw_text)]
    starts = [0, *ends[:-1]]
    taken_back = [end for start, end in zip(starts, ends, strict=True) if _takes_back(raw_text[start:end])]
    if not taken_back:
        return None
    rest = raw_text[taken_back[-1] :]
    if _asks(normalise(rest)) or any(change.value for change in find_changes(rest)):
        return rest
    return None
