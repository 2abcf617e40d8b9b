"""Mail that chases the helpdesk about an earlier mail (was it received, why no answer yet) asks for an answer, not
for work: the matter it names is its topic. Written before the rule, in voices the corpora lack."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.chasing import chases_the_helpdesk
from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType

REFERENCE = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


def _type(subject: str, text: str) -> RequestType:
    return classify(ClassifierInput(subject, text, REFERENCE)).type


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Belum dibalas",
            "Sudah tiga hari email saya soal course yang tidak muncul belum dibalas. Helpdesk masih aktif?",
        ),
        (
            "Konfirmasi",
            "Dear helpdesk, did you receive my email last Monday about the quiz settings? I have not heard back.",
        ),
        (
            "follow up",
            "Hi, just following up on my request about the enrolment key from last week, still no reply so far.",
        ),
        ("???", "pak permintaan ganti nama mk saya kemarin udah masuk belum ya? kok blm ada balasan"),
    ],
)
def test_chasing_the_helpdesk_about_an_earlier_mail_is_other(subject: str, text: str) -> None:
    assert _type(subject, text) is RequestType.OTHER


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # the problem asked again, with its ask: still the request
        (
            "Course belum muncul",
            "Email saya kemarin belum dibalas. Course Basis Data masih belum muncul di dashboard saya, mohon dibantu.",
            RequestType.ELEARNING_SUPPORT,
        ),
        # the value resent with the change asked
        (
            "Re-sending",
            "I have not heard back, so sending again: please change the short name of IF2201 to WEBPROG-2A.",
            RequestType.COURSE_DATA,
        ),
    ],
)
def test_a_chaser_that_asks_again_is_the_request(subject: str, text: str, expected: RequestType) -> None:
    assert _type(subject, text) is expected


def test_an_answer_asked_for_is_not_work_asked_for() -> None:
    assert chases_the_helpdesk("belum ada balasan sama sekali mohon perhatiannya") is not None
    assert chases_the_helpdesk("belum ada balasan mohon segera dibantu resetnya") is None
