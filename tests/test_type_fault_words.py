"""A fault told in words no other rule knew: what the writer is unable to do, a screen that keeps showing the same
thing, a search that finds no one, tries repeated. Written before the rule, in voices tune41 (where the kind was
found: a Nigerian visiting lecturer who cannot enrol a co-lecturer) does not use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.casual_words import normalise
from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType
from daemon.classify.rules import RULES

FAULT_RULES = [rule for rule in RULES if rule.fault]


def _fault_found(text: str) -> bool:
    return any(rule.reason(normalise(text)) for rule in FAULT_RULES)


@pytest.mark.parametrize(
    "text",
    [
        "Unable to add my lab assistant to Hydrology as a non-editing teacher.",
        "The search box keeps returning the same empty list.",
        "Every time I search her name it says no users found.",
        "Sistem terus menampilkan tidak ada pengguna ditemukan waktu saya cari nama asisten.",
        "I have tried severally to upload the rubric.",
        "Sudah berkali-kali saya coba tambahkan asisten, tetap tidak ada.",
    ],
)
def test_a_fault_in_new_words_is_a_fault(text: str) -> None:
    assert _fault_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was unable to attend the workshop yesterday.",
        "Mohon dikirimkan formulir perubahan RPS, terima kasih.",
    ],
)
def test_what_a_person_cannot_attend_is_no_fault(text: str) -> None:
    assert not _fault_found(text)


def test_a_lecturer_unable_to_enrol_a_colleague_asks_for_support() -> None:
    text = (
        "Good day Sir/Ma, please be informed that I have tried severally to enrol my tutor, Mrs. Adaeze Okafor, on "
        "CE2104 Hydrology as a teacher, but the platform keeps displaying 'No users found'. Kindly assist."
    )
    request = ClassifierInput("UNABLE TO ENROL TUTOR ON CE2104", text, datetime(2026, 11, 20, tzinfo=UTC))
    assert classify(request).type is RequestType.ELEARNING_SUPPORT
