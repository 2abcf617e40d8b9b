"""A change said to be needed ("namanya perlu diganti", "the lecturer has to be replaced") is asked even when its new
value is still to come ("nama barunya masih difinalkan, nanti saya kabari"): staff hold the ticket and the
acknowledgement asks for the value; no value is claimed. Said not to be needed, it asks nothing. Written before the
rule, in voices tune37 (where the kind was found: a programme admin's short mail) does not use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType
from daemon.classify.telling import asks_for_work

REFERENCE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Dosen pengampu MN2104",
            "Dengan hormat,\n\nDosen pengampu mata kuliah MN2104 Manajemen Operasional harus diganti karena beliau "
            "tugas belajar mulai Desember. Nama dosen penggantinya masih dibahas di rapat jurusan, "
            "nanti kami kabari.\n\n"
            "Hormat kami,\nSekretaris Jurusan",
        ),
        (
            "EL3107 course title",
            "Hi, the title of EL3107 Power Electronics needs to be changed for the new curriculum. The committee is "
            "still settling the exact wording at its meeting, I will let you know as soon as it is agreed. "
            "Regards, Thomas",
        ),
        (
            "key MK",
            "kak enrolment key MK TI2203 perlu diganti ya soalnya udah kesebar di grup angkatan, key barunya "
            "nanti saya kabari 🙏",
        ),
    ],
    ids=("formal-lecturer", "english-title", "casual-key"),
)
def test_a_change_said_needed_is_asked_with_its_value_to_follow(subject: str, body: str) -> None:
    result = classify(ClassifierInput(subject, body, REFERENCE))
    assert result.type is RequestType.COURSE_DATA
    # asked by the words of the mail, not left to the learned fallback
    assert "no rule matched strongly" not in result.reasons
    assert not any(value.strip() for value in dict(result.fields.changes).values())


@pytest.mark.parametrize(
    "text",
    [
        "nama mk if2201 basis data tidak perlu diganti yang kemarin sudah benar",
        "the course name of el3107 does not need to be changed after all",
        "apakah nama mk ini perlu diganti",
    ],
    ids=("indonesian", "english", "asked-whether"),
)
def test_a_change_said_not_needed_or_asked_whether_is_no_ask(text: str) -> None:
    assert not asks_for_work(text)


def test_a_condition_before_the_need_still_asks() -> None:
    # "if possible" is courtesy, not wondering whether the change is needed
    assert asks_for_work("if possible the course name has to be changed to match siakad")
