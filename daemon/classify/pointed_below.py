"""A reply whose few words point at the writer's request quoted below it asks again what that request asks."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import Classification, RequestType
from daemon.classify.our_answer import withdraws
from parsers.body import quoted_messages

# "yang saya jawab di bawah ini belum diproses", "any news on my request below?", "as per my mail below": a pointer at
# the quoted mail, in a reply of a few lines (a longer one says what it wants itself).
_POINTS_BELOW = re.compile(
    r"(?:\b(?:di\s?bawah(?:\s+ini)?|dibawah(?:\s+ini)?|bawah\s+ini|below|underneath|trailing)\b"
    r"|\b(?:e-?mail|pesan|permintaan|permohonan)\s+(?:saya|sy|aku|awak|kami)\s+(?:sebelumnya|kemarin|terdahulu)\b"
    r"|\bmy\s+(?:previous|earlier|last)\s+(?:e-?mail|mail|message|request)\b)",
    re.IGNORECASE,
)
_CORRECTS = re.compile(
    r"\b(?:ralat|koreksi|salah|keliru|typo|wrong|mistaken?|incorrect|bukan|abaikan|ignore|disregard)\b", re.IGNORECASE
)
_SHORT = 400
# What a quoted request may be: a thank-you or a question quoted below is not asked again.
_ASKED_AGAIN = frozenset({RequestType.COURSE_DATA, RequestType.ANNOUNCEMENT})


def request_pointed_below(
    request: ClassifierInput, classify: Callable[[ClassifierInput], Classification]
) -> Classification | None:
    """The classification of the nearest quoted request a short reply points at, read with the reply's own words;
    None when the reply does not point below or no quoted message asks a change or a notice."""
    if not (request.is_reply and request.context.strip()) or len(request.text) > _SHORT:
        return None
    if not _POINTS_BELOW.search(request.text):
        return None
    # "Abaikan email di bawah, tidak jadi", "yang di email bawah itu salah ketik": pointed at to be taken back or
    # corrected, not asked again.
    if withdraws(request.text) or _CORRECTS.search(request.text):
        return None
    # A reply that asks something itself ("sorry, the short name below is wrong, it is X") is read as it stands.
    alone = classify(replace(request, context=""))
    if alone.type in _ASKED_AGAIN and (alone.fields.changes or alone.fields.title):
        return None
    for message in quoted_messages(request.context):
        read = classify(replace(request, text=f"{request.text}\n\n{message}", is_reply=False, context=""))
        if read.type in _ASKED_AGAIN and (read.fields.changes or read.fields.title):
            return replace(read, reasons=("a reply pointing at the writer's request quoted below it", *read.reasons))
    return None
