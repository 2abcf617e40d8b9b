"""The rest of a mail after it takes a request back or says nothing is to change, when that rest asks anew."""

from __future__ import annotations

import re

from daemon.classify.casual_words import normalise
from daemon.classify.changes import find_changes
from daemon.classify.intent import SENTENCE_END, nothing_to_do, states_a_change
from daemon.classify.purposes import WITHDRAWN
from daemon.classify.rules_other import NOTHING_LEFT_TO_DO
from daemon.classify.telling import asks_for_work

_POINTS_BELOW = re.compile(
    r"\b(?:(?:di ?)?bawah(?: ini)?|below|"
    r"(?:e-?mail|pesan|permintaan|request) (?:yang )?(?:saya )?(?:teruskan|forward\w*))\b",
    re.IGNORECASE,
)


def _takes_back(sentence: str) -> bool:
    normalised = normalise(sentence)
    return bool(WITHDRAWN.search(normalised) or NOTHING_LEFT_TO_DO.reason(normalised) or nothing_to_do(normalised))


def _taken_back_ends(raw_text: str) -> list[int]:
    """Where each sentence that takes a request back ends (the rest of the mail is kept as written)."""
    ends = [found.end() for found in SENTENCE_END.finditer(raw_text)] + [len(raw_text)]
    starts = [0, *ends[:-1]]
    return [end for start, end in zip(starts, ends, strict=True) if _takes_back(raw_text[start:end])]


def handled_below(raw_text: str) -> str | None:
    """ "Yang di bawah ini sudah saya kerjakan, tidak perlu dibuatkan tiket": the words pointing at the request that
    follows (a forward), in or before a sentence that says it is handled or needs no work; what follows is its topic."""
    return _pointer_before(raw_text, _taken_back_ends(raw_text))


def _pointer_before(raw_text: str, taken_back: list[int]) -> str | None:
    pointer = _POINTS_BELOW.search(raw_text, 0, taken_back[-1]) if taken_back else None
    return pointer.group(0) if pointer else None


def asked_anew(raw_text: str) -> str | None:
    """The raw text after the last sentence that takes back an earlier request or says nothing is to change, when that
    text asks for work, states a change or gives one with its value ("Nama baru: X"); None when nothing is taken back
    or nothing is asked after it (a withdrawal followed by thanks stays a withdrawal)."""
    taken_back = _taken_back_ends(raw_text)
    if not taken_back or _pointer_before(raw_text, taken_back):
        return None
    rest = raw_text[taken_back[-1] :]
    said = normalise(rest)
    if asks_for_work(said) or states_a_change(said) or any(change.value for change in find_changes(rest)):
        return rest
    return None
