"""A class written the way people say it: a programme, a year, a time of day and a group spaced apart ("MB 2 Malam
C"), or words for when it meets ("Afternoon class C", "kelas reguler pagi"). Written before the rule, in voices
tune38 (where the kinds were found: a deaf student's short lines, an exchange student, a young lecturer) does not
use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput

REFERENCE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("subject", "body", "value"),
    [
        (
            "Permohonan perubahan kelas MB2203",
            "Dengan hormat,\n\nMohon kelas pada course MB2203 Manajemen Keuangan diubah menjadi MB 2 Malam C, "
            "karena mahasiswa kelas tersebut adalah mahasiswa karyawan.\n\nHormat saya,\nDra. Lestari Handayani",
            "MB 2 Malam C",
        ),
        (
            "Class of EE2104",
            "Hello, the class of EE2104 Circuit Analysis is wrong on e-learning. Could you please change the class "
            "to Afternoon class C? Many thanks, Priya",
            "Afternoon class C",
        ),
        (
            "kelas TI2203",
            "kak kelas di course TI2203 tolong diganti jd kelas reguler pagi ya, kmrn kebalik sm yg malam 🙏",
            "kelas reguler pagi",
        ),
    ],
    ids=("spaced-formal", "english-words", "casual-words"),
)
def test_a_class_in_words_or_spaced_is_read_whole(subject: str, body: str, value: str) -> None:
    result = classify(ClassifierInput(subject, body, REFERENCE))
    assert dict(result.fields.changes).get("class") == value


def test_a_room_or_a_time_after_class_is_no_class() -> None:
    body = "Mohon kelas IF-2A pindah ke ruang GU 702 pagi, karena kelas malam bentrok. Terima kasih."
    result = classify(ClassifierInput("Ruang kelas", body, REFERENCE))
    assert dict(result.fields.changes).get("class") in (None, "")
