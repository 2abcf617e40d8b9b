""" "No changes needed there" limits itself to what it points at: the parts named just before are right, the change
asked in the same mail still stands. Without a word pointing at a part, a mail that needs nothing asks nothing.
Written before the rule, in voices tune38 (where the kind was found: a Filipino exchange coordinator) does not use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.intent import nothing_to_do
from daemon.classify.model import RequestType

REFERENCE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "ME2201 enrolment key",
            "Dear helpdesk, please change the enrolment key of ME2201 Fluid Mechanics to fluida-2027. The course name "
            "and the lecturer are fine, no changes needed there. Kind regards, Anneke de Vries",
        ),
        (
            "Kelas MK AK2103",
            "Selamat siang, mohon kelas MK AK2103 Akuntansi Keuangan diubah menjadi AK-2C. Untuk dosen dan nama MK "
            "sudah sesuai, tidak ada yang perlu diubah di situ. Terima kasih, Yohana",
        ),
    ],
    ids=("english", "indonesian"),
)
def test_nothing_needed_there_leaves_the_change_asked(subject: str, body: str) -> None:
    result = classify(ClassifierInput(subject, body, REFERENCE))
    assert result.type is RequestType.COURSE_DATA


@pytest.mark.parametrize(
    "text",
    ["everything on the course page is correct now no changes needed thank you", "tidak ada yang perlu diubah lagi"],
    ids=("english", "indonesian"),
)
def test_nothing_needed_without_a_pointer_still_says_nothing_is_to_be_done(text: str) -> None:
    assert nothing_to_do(text) is not None
