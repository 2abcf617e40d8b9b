"""Requests as lecturers write them, from the mailbox to Moodle and back: a rename in plain prose is previewed,
approved and applied; a request missing its new value is asked for, completed by staff with #set, then applied."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session, select

from daemon.config import load_config
from storage.engine import make_engine
from storage.models import FieldExample
from tests import moodle_desk
from tests.fake_moodle import MoodleState
from tests.moodle_desk import (
    REQUESTER,
    mail_to,
    poll,
    previews,
    request,
    show,
    staff_reply,
)
from tests.servers import Dovecot, SmtpServer

PROSE = "mohon nama mata kuliah IF302 (Pemrograman Web) di e-learning diubah menjadi Pemrograman Web Lanjut"

# The helpdesk and the fake Moodle every test here runs against (fixtures of tests/moodle_desk.py).
desk = moodle_desk.desk
moodle = moodle_desk.moodle


@pytest.mark.slow
def test_a_missing_new_name_is_asked_for_then_set_by_staff_and_applied(
    desk: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    moodle: tuple[str, MoodleState],
    capsys: pytest.CaptureFixture[str],
) -> None:
    body = "Yth. Tim P4M,\n\nMohon nama mata kuliah Pemrograman Web (IF302) di e-learning diubah.\n\nTerima kasih."
    dovecot.append(imap_user, request("Perubahan nama mata kuliah IF302", body))
    poll(desk)
    (ack,) = mail_to(smtp, REQUESTER)
    assert "Mohon lengkapi: data yang ingin diubah beserta nilai barunya." in ack.get_content()
    (notice,) = [m for m in mail_to(smtp, "p4m-staf@polibatam.ac.id") if "Baru:" in str(m["Subject"])]
    assert "Belum lengkap" in notice.get_content()
    (first_preview,) = previews(smtp)
    assert "->" not in first_preview.get_content()

    # A field nobody knows and a time nobody can read: neither is applied, staff are told why.
    dovecot.append(imap_user, staff_reply(first_preview, "#set fulname X\n#set publish_at besok pagi", 1))
    poll(desk)
    rejection = mail_to(smtp, "rina.staf@polibatam.ac.id")[-1].get_content()
    assert "#set fulname: kolom tidak dikenal" in rejection
    assert "#set publish_at besok pagi: waktu ditulis YYYY-MM-DD HH:MM" in rejection
    assert "changes" not in show(desk, 1, capsys)["fields"]

    dovecot.append(imap_user, staff_reply(first_preview, "#set fullname Pemrograman Web Lanjut", 2))
    poll(desk)
    second_preview = previews(smtp)[-1].get_content()
    assert "Pemrograman Web  ->  Pemrograman Web Lanjut" in second_preview
    ticket = show(desk, 1, capsys)
    assert ticket["fields"]["changes"] == {"fullname": "Pemrograman Web Lanjut"}
    assert "changes" not in ticket["classified_fields"]
    (event,) = [event for event in ticket["events"] if event["kind"] == "field_set"]
    assert event["actor"] == "rina.staf@polibatam.ac.id" and "changes.fullname" in event["detail"]

    dovecot.append(imap_user, staff_reply(previews(smtp)[-1], "#approve", 3))
    poll(desk)
    assert moodle[1].courses[302]["fullname"] == "Pemrograman Web Lanjut"
    done = mail_to(smtp, REQUESTER)[-1].get_content()
    assert "Pemrograman Web -> Pemrograman Web Lanjut" in done
    assert show(desk, 1, capsys)["status"] == "resolved"
    with Session(make_engine(load_config(desk).database_url)) as session:
        (example,) = session.exec(select(FieldExample)).all()
    assert (example.field, example.value, example.previous_value) == ("changes.fullname", "Pemrograman Web Lanjut", "")
    assert "diubah" in example.text


@pytest.mark.slow
def test_a_rename_in_prose_is_previewed_approved_applied_and_reported(
    desk: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    moodle: tuple[str, MoodleState],
    capsys: pytest.CaptureFixture[str],
) -> None:
    dovecot.append(imap_user, request("Perubahan nama mata kuliah", f"Yth. Tim P4M,\n\n{PROSE}.\n\nTerima kasih."))
    poll(desk)
    (ack,) = mail_to(smtp, REQUESTER)
    assert "Pemrograman Web Lanjut" in ack.get_content() and "Mohon lengkapi" not in ack.get_content()
    (preview,) = previews(smtp)
    assert "Pemrograman Web  ->  Pemrograman Web Lanjut" in preview.get_content()
    dovecot.append(imap_user, staff_reply(preview, "#approve", 1))
    poll(desk)
    assert moodle[1].courses[302]["fullname"] == "Pemrograman Web Lanjut"
    done = mail_to(smtp, REQUESTER)[-1].get_content()
    assert "Pemrograman Web -> Pemrograman Web Lanjut" in done
    assert show(desk, 1, capsys)["status"] == "resolved"


@pytest.mark.slow
def test_a_hyphenated_course_code_set_by_staff_finds_the_course_and_a_name_is_refused_with_the_reason(
    desk: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    moodle: tuple[str, MoodleState],
    capsys: pytest.CaptureFixture[str],
) -> None:
    moodle[1].add_course(411, "KJ-RKS3B-TI", "Keamanan Jaringan", idnumber="KJ-RKS3B")
    body = "Yth. Tim P4M,\n\nMohon nama mata kuliah saya di e-learning diubah menjadi Keamanan Jaringan Lanjut.\n"
    dovecot.append(imap_user, request("Perubahan nama mata kuliah", body))
    poll(desk)
    (first_preview,) = previews(smtp)
    assert "Permintaan ini tidak menyebut kode atau nama mata kuliah." in first_preview.get_content()
    assert "#set course_code <kode>  atau  #approve course=<id>" in first_preview.get_content()

    # A course name given where the code belongs is refused, and staff are told what a code looks like.
    dovecot.append(imap_user, staff_reply(first_preview, "#set course_code Keamanan Jaringan", 1))
    poll(desk)
    rejection = mail_to(smtp, "rina.staf@polibatam.ac.id")[-1].get_content()
    assert (
        "#set course_code Keamanan Jaringan: kode MK ditulis tanpa spasi (misalnya IF302, IF-2204 atau KJ-RKS3B)"
        in rejection
    )
    assert show(desk, 1, capsys)["course_code"] is None

    # The code as the department writes it, hyphen and all, in any case: kept in capitals and found on Moodle.
    dovecot.append(imap_user, staff_reply(first_preview, "#set course_code kj-rks3b", 2))
    poll(desk)
    ticket = show(desk, 1, capsys)
    assert (ticket["course_code"], ticket["fields"]["course_code"]) == ("KJ-RKS3B", "KJ-RKS3B")
    preview = previews(smtp)[-1].get_content()
    assert "Keamanan Jaringan  ->  Keamanan Jaringan Lanjut" in preview
    # Moodle's own values as staff read them: dates in the one date style, visibility in words.
    assert "Tanggal mulai          Senin, 23 November 2026\r\n" in preview
    assert "Tanggal selesai        Selasa, 23 November 2027\r\n" in preview
    assert "Tampil                 ya\r\n" in preview and "1795392000" not in preview
    dovecot.append(imap_user, staff_reply(previews(smtp)[-1], "#approve", 3))
    poll(desk)
    assert moodle[1].courses[411]["fullname"] == "Keamanan Jaringan Lanjut"
    assert moodle[1].courses[302]["fullname"] == "Pemrograman Web"
