"""Types and announcement fields found when held-out part27 was opened (as tune48), in voices tune48 does not use: a
publish line corrected under a correction that ends in a colon; a forwarded request the forwarder says is already done;
not knowing how, said as the reason for asking the helpdesk to do it."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.course_code import find_course_code
from daemon.classify.fields import extract_fields
from daemon.classify.memory import NO_EXAMPLES
from daemon.classify.message_text import classify_message
from daemon.classify.model import RequestType
from parsers.message import parse_message

AT = datetime(2026, 10, 1, 2, 0, tzinfo=UTC)

CORRECTED_LINE = (
    (
        "Announcement for Ship Stability",
        "Hi P4M,\n\nTitle: Lab report deadline moved\nText: The lab report is now due on 20 October.\n\n"
        "Publish: Monday 12 October 2026 at 9:00\n\nSorry, a correction to the publish line:\n"
        "Publish: Monday 12 October 2026 at 13:00\n\nThanks, Femi",
        "2026-10-12T13:00:00+07:00",
    ),
    (
        "Pengumuman praktikum",
        "Siang Kak,\n\nJudul: Praktikum minggu depan online\nIsi: Praktikum Fisika minggu depan lewat Zoom.\n\n"
        "Tayang: Kamis, 8 Oktober 2026 jam 07.00\n\nralat jam tayangnya, maaf:\nTayang: Kamis, 8 Oktober 2026 "
        "jam 11.00\n\nmakasih",
        "2026-10-08T11:00:00+07:00",
    ),
)


@pytest.mark.parametrize(("subject", "text", "publish"), CORRECTED_LINE, ids=("en", "id"))
def test_a_publish_line_corrected_under_a_colon(subject: str, text: str, publish: str) -> None:
    fields, _ = extract_fields(RequestType.ANNOUNCEMENT, subject, text, AT)
    assert fields.publish_at == publish


def _type(subject: str, text: str) -> RequestType:
    return classify(ClassifierInput(subject, text, AT, False, "", NO_EXAMPLES)).type


ALREADY_DONE_FORWARDS = (
    (
        "Fwd: Ganti enrolment key Statika",
        "Rekan-rekan, sekadar info: yang di bawah ini sudah saya selesaikan waktu Bu Dewi mampir ke ruangan tadi. "
        "Tidak perlu dibuatkan tiket.\n\n---------- Forwarded message ---------\nFrom: Dewi <dewi@polibatam.ac.id>\n"
        "Subject: Ganti enrolment key Statika\n\nTolong enrolment key MK Statika (MES1101) diganti jadi statika-26 "
        "ya.\n",
    ),
    (
        "Fwd: Rename my course",
        "Team - for the record only, I handled the request below over the phone this morning and the lecturer "
        "checked it. No need to open a ticket for it.\n\n-----Original Message-----\nFrom: Dr. Lee "
        "<lee@polibatam.ac.id>\nSubject: Rename my course\n\nPlease rename MES2204 Fluid Mechanics to Applied Fluid "
        "Mechanics.\n",
    ),
)


@pytest.mark.parametrize(("subject", "text"), ALREADY_DONE_FORWARDS, ids=("id", "en"))
def test_a_forwarded_request_said_to_be_done_already_asks_nothing(subject: str, text: str) -> None:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "Sari <sari@polibatam.ac.id>", "helpdesk-p4m@polibatam.ac.id", subject
    mail["Date"], mail["Message-ID"] = "Thu, 01 Oct 2026 09:00:00 +0700", "<fwd-done@polibatam.ac.id>"
    mail.set_content(text)
    result, _ = classify_message(parse_message(mail.as_bytes()), "P4M", AT)
    assert result.type is RequestType.OTHER


NOT_KNOWING_HOW = (
    (
        "Minta tolong pasang pengumuman",
        "Selamat sore. Saya dosen baru, masih belum tahu caranya membuat pengumuman sendiri di kelas online, jadi "
        "tolong dibantu dulu kali ini.\n\nKelasnya: Statika (MES1101)\nIsinya: Kuis 2 diundur ke Senin depan.\n\n"
        "Tayang besok jam 7 pagi ya.",
    ),
    (
        "Announcement for my class",
        "Hello, I am new here and I don't know how to post announcements on my course page yet, so could you please "
        "do it for me this time.\n\nCourse: Statics (MES1101)\nText: Quiz 2 moves to next Monday.\n\n"
        "Please publish tomorrow at 7 am.",
    ),
)


@pytest.mark.parametrize(("subject", "text"), NOT_KNOWING_HOW, ids=("id", "en"))
def test_not_knowing_how_said_as_the_reason_to_do_it_for_me_is_the_request(subject: str, text: str) -> None:
    assert _type(subject, text) is RequestType.ANNOUNCEMENT


def test_asking_how_to_post_it_oneself_is_still_a_question() -> None:
    text = "Selamat sore. Bagaimana cara membuat pengumuman sendiri di kelas online saya? Apakah ada panduannya?"
    assert _type("Cara membuat pengumuman", text) is RequestType.ELEARNING_SUPPORT


JOINT_AND_DOTTED_CODES = (
    ("Joint module", 'Dear P4M, please post this on the joint module "Maritime English Practice" (MEP-03).', "MEP-03"),
    ("Credits of joint course", "Course: Offshore Welding Clinic (code: OWC-SG 02)\nCredits: 2", "OWC-SG 02"),
    ("Ganti pengampu", "Mohon ganti pengampu untuk course berikut:\n\n[TMK.3305] Perawatan Mesin Kapal\n", "TMK.3305"),
    ("Lecturer in charge", "One more change to the joint course CMS-02 Coastal Management Studio, please.", "CMS-02"),
    ("Jadwal", "Webinar pasca pandemi (COVID-19) diundur ke Jumat.", None),
    ("Robot", "Sensor yang dipakai di praktikum (HC-05) rusak.", None),
)


@pytest.mark.parametrize(("subject", "text", "code"), JOINT_AND_DOTTED_CODES)
def test_joint_course_codes_and_dotted_codes_before_their_name(subject: str, text: str, code: str | None) -> None:
    assert find_course_code(subject, text) == code
