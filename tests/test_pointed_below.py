"""A reply whose few words point at the writer's request quoted below it ("yang saya jawab di bawah ini belum
diproses", "any news on my request below?") asks again what that request asks. Written before the rule, in voices
tune43 (where the kind was found: an Outlook mobile reply over its writer's own earlier answer) does not use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType
from parsers.body import quoted_messages, thread_text

AT = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)

VIETNAMESE = (
    "On Mon, 30 Nov 2026 at 09:12, Nguyen Van Thuan <thuan@polibatam.ac.id> wrote:\n"
    "> Dear P4M,\n> Please change the short name of ME2201 Thermodynamics to THERMO-A.\n> Best regards, Thuan"
)
MEDAN = (
    "-----Original Message-----\nFrom: Horas Sitompul <horas@polibatam.ac.id>\nSent: Senin, 30 November 2026\n"
    "To: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nSubject: enrol key\n\n"
    "Nama MK: Kimia Dasar (KM1101)\nEnrolment key baru: Ion#2027\n"
)


@pytest.mark.parametrize(
    ("text", "context", "change"),
    [
        ("Hi, any news on my request below? The students keep asking.\n\nThuan", VIETNAMESE, ("shortname", "THERMO-A")),
        ("Bah, yang awak kirim di bawah ini belum diproses kam? Udah seminggu.", MEDAN, ("enrolment_key", "Ion#2027")),
    ],
    ids=("any-news-below", "di-bawah-ini-belum-diproses"),
)
def test_a_reply_pointing_below_asks_the_quoted_request(text: str, context: str, change: tuple[str, str]) -> None:
    result = classify(ClassifierInput("Re: request", text, AT, is_reply=True, context=context))
    assert result.type is RequestType.COURSE_DATA
    assert change in result.fields.changes
    assert "the writer's request quoted below" in result.reasons[0]


def test_a_reply_that_only_thanks_does_not_ask_the_quoted_request_again() -> None:
    result = classify(ClassifierInput("Re: request", "Sudah beres, terima kasih banyak.", AT, True, MEDAN))
    assert result.type is not RequestType.COURSE_DATA


def test_quoted_messages_are_the_thread_text_message_by_message() -> None:
    context = f"{VIETNAMESE}\n>\n> {MEDAN.replace(chr(10), chr(10) + '> ')}"
    messages = quoted_messages(context)
    assert len(messages) == 2
    assert messages[0].startswith("Dear P4M,") and messages[1].startswith("Nama MK: Kimia Dasar")
    assert " ".join(thread_text(context).split()) == " ".join(" ".join(messages).split())


def test_a_reply_that_corrects_the_request_below_is_not_the_request_below() -> None:
    text = "Maaf, yang di bawah itu keliru kodenya. Nanti saya kirim yang benar."
    result = classify(ClassifierInput("Re: enrol key", text, AT, is_reply=True, context=MEDAN))
    assert ("enrolment_key", "Ion#2027") not in result.fields.changes
