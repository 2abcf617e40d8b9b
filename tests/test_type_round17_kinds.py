"""Type kinds of round 17 (the opened part18 showed each once; the tests are written in other voices first): students
who cannot get into a course with its key, a question whether the writer may change something on e-learning
themselves. Beside them, two guards that held before the round: a forgotten title is no login trouble, a forgotten
password is."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType

REFERENCE = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


def _type(subject: str, text: str) -> RequestType:
    return classify(ClassifierInput(subject, text, REFERENCE)).type


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # a forgotten title, date or name is no login trouble
        (
            "Dosen MK Statistika",
            "Pak, dosen MK Statistika (MA2103) di e-learning masih dosen semester lalu. Mohon diganti ke nama Bu dosen "
            "yang baru, tapi saya lupa gelar lengkapnya, nanti beliau kirim sendiri.",
            RequestType.COURSE_DATA,
        ),
        (
            "lupa sandi",
            "Bu, saya lupa sandi e-learning saya, tidak bisa masuk sejak pagi. NIM 4312201001.",
            RequestType.ELEARNING_SUPPORT,
        ),
        # students who cannot get into the course with the key they were given
        (
            "enrol key tidak bisa",
            "Kak, teman-teman kelas MB-2A ga bisa masuk course Akuntansi Manajemen, enrol key dari dosen ditolak "
            "terus. Gimana ya?",
            RequestType.ELEARNING_SUPPORT,
        ),
        # whether the writer may change it themselves
        (
            "Ubah nama course sendiri?",
            "Mau tanya, apakah dosen bisa mengubah nama course di e-learning sendiri, atau harus lewat P4M?",
            RequestType.ELEARNING_SUPPORT,
        ),
        (
            "Editing the course name",
            "Quick question: can lecturers edit the course short name themselves in Moodle, or does it have to go "
            "through your team?",
            RequestType.ELEARNING_SUPPORT,
        ),
    ],
)
def test_the_round17_type_kinds(subject: str, text: str, expected: RequestType) -> None:
    assert _type(subject, text) is expected
