"""Type kinds from the part opened in round 18, tested in other voices: thanks in Javanese krama after the work is
done, a document named only as the authority for a change, a polite British frame that is no hedge, the campus mail
account as another office's system. Written before the rules. Four cases held before them and are guards (the
request in krama, the document as authority, a change that only might come, a slow reply); the thanks in krama, the
polite frame and the campus mail account failed without their rules."""

from __future__ import annotations

from datetime import UTC, datetime

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import Classification, RequestType

REFERENCE = datetime(2026, 10, 8, 2, 0, tzinfo=UTC)


def _classify(subject: str, text: str, is_reply: bool = False) -> Classification:
    return classify(ClassifierInput(subject, text, REFERENCE, is_reply))


def test_thanks_in_krama_after_the_change_is_done_is_other() -> None:
    result = _classify(
        "Re: Nyuwun tulung gantos nami MK",
        "Matur nuwun Bapak/Ibu, nami mata kuliahipun sampun dipun gantos dados Sistem Kendali Lanjut.",
        is_reply=True,
    )
    assert result.type is RequestType.OTHER


def test_a_request_in_krama_is_a_course_change() -> None:
    result = _classify(
        "Nyuwun tulung",
        "Nuwun sewu Bapak/Ibu, kula nyuwun tulung nami mata kuliah EL2203 Sistem Kendali wonten e-learning dipun "
        "gantos dados Sistem Kendali Lanjut. Matur nuwun.",
    )
    assert result.type is RequestType.COURSE_DATA


def test_a_document_named_as_the_authority_for_a_change_is_no_document_request() -> None:
    result = _classify(
        "Credits of MT3104",
        "Dear team,\n\nthe credits of MT3104 Robotics on e-learning are wrong: please set them to 4 credits, as "
        "stated in the curriculum handbook.\n\nBest regards,\nJohan",
    )
    assert result.type is RequestType.COURSE_DATA
    assert dict(result.fields.changes) == {"credits": "4"}


def test_a_polite_frame_is_no_hedge() -> None:
    result = _classify(
        "Course title",
        "I wonder whether it might be possible to have the course MB2201 Marketing renamed to "
        '"Marketing Management", as agreed by the board.',
    )
    assert dict(result.fields.changes) == {"fullname": "Marketing Management"}


def test_a_change_that_might_come_is_still_not_claimed() -> None:
    result = _classify(
        "Info", "The course MB2201 Marketing might be renamed to Marketing Management next year, we will see."
    )
    assert dict(result.fields.changes) == {}


def test_the_campus_mail_account_is_another_offices_system() -> None:
    for subject, text in (
        (
            "Email kampus",
            "Saya dosen baru, akun email kampus saya belum aktif dan saya belum dapat passwordnya. Mohon bantu "
            "aktivasi.",
        ),
        (
            "Office 365",
            "Hello, my Microsoft 365 account shows 'license expired' when I open Outlook. Can you renew it?",
        ),
    ):
        assert _classify(subject, text).type is RequestType.OTHER


def test_a_slow_reply_is_no_fault() -> None:
    assert (
        _classify("Keluhan layanan", "Balasan dari helpdesk lambat sekali, sudah tiga hari saya menunggu jawaban.").type
        is RequestType.OTHER
    )
