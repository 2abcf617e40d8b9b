"""A field of a course said to have become a value, with an update asked ("SKS MK Robot Bergerak berubah menjadi 4
SKS. Mohon disesuaikan", "kelasnya berganti jadi TI-2B Malam, tolong diupdate"): the value is the field's new one.

Only the fields whose values have a shape of their own; a name that became another is named_now's."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_words import cues
from daemon.classify.found_change import FoundChange
from daemon.classify.named_now import UPDATE_ASKED
from daemon.classify.value_at import value_at
from daemon.classify.wording import sentence_around

_BECAME = re.compile(r"\b(?:berubah|berganti)[ \t]+(?:menjadi|jadi)[ \t]+", re.IGNORECASE)
_SHAPED = frozenset({"shortname", "class", "enrolment_key", "credits", "semester"})
_MAX_TOLD = 10


def became_value(flat: str, known: set[str]) -> FoundChange | None:
    for count, became in enumerate(_BECAME.finditer(flat)):
        if count >= _MAX_TOLD:
            break
        sentence_start, sentence_end = sentence_around(flat, became.start())
        named_before = cues(flat[sentence_start : became.start()])
        field = named_before[-1][0] if named_before else None
        if field not in _SHAPED or field in known:
            continue
        paragraph_end = flat.find("\n\n", became.end())
        asked = UPDATE_ASKED.search(flat, sentence_start, len(flat) if paragraph_end < 0 else paragraph_end)
        if asked is None or any(
            other != field for other, _ in cues(flat[slice(*sentence_around(flat, asked.start()))])
        ):
            continue
        read = value_at(flat, field, became.end(), sentence_end + 1)
        if read is None or read.start != became.end():
            continue
        change = FoundChange(field, read.value, f"became: {' '.join(became.group(0).split())}", read.start, read.end)
        # "berubah" is the news here, no doubt; only the rest of the sentence may hedge it.
        masked = flat[: became.start()] + " " * (became.end() - became.start()) + flat[became.end() :]
        if not unsure(masked, sentence_start, became.start(), change.span):
            return change
    return None
