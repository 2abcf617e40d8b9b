"""Change kinds of round 17, each written before its rule in a voice the corpora lack: the teacher who goes named
after "no longer taught by" is not the new value."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput

REFERENCE = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


def _changes(subject: str, text: str) -> dict[str, str]:
    return dict(classify(ClassifierInput(subject, text, REFERENCE)).fields.changes)


@pytest.mark.parametrize(
    ("text", "lecturer"),
    [
        (
            "Mulai minggu depan MK TI2103 Struktur Data tidak lagi diampu oleh Pak Hendra. Beliau digantikan oleh "
            "Maria Ulfa, S.Kom., M.Cs.\n\nMohon data di e-learning disesuaikan.",
            "Maria Ulfa, S.Kom., M.Cs.",
        ),
        (
            "Digital Systems (EL2205) is no longer taught by Mr. Tan. Please change the lecturer to Dr. Ahmad Fauzi.",
            "Dr. Ahmad Fauzi",
        ),
    ],
)
def test_the_teacher_no_longer_teaching_is_not_the_new_lecturer(text: str, lecturer: str) -> None:
    assert _changes("Pergantian dosen", text).get("lecturer") == lecturer
