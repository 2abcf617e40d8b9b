"""Through real Dovecot, SMTP and the fake Moodle: a request missing its new name is asked for it, the requester
answers on the thread, staff read what was taken, and #approve applies it on Moodle."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import moodle_desk
from tests.fake_moodle import MoodleState
from tests.moodle_desk import (
    REQUESTER,
    mail_to,
    poll,
    previews,
    request,
    requester_reply,
    show,
    staff_reply,
)
from tests.servers import Dovecot, SmtpServer

STAFF = "p4m-staf@polibatam.ac.id"

# The helpdesk and the fake Moodle every test here runs against (fixtures of tests/moodle_desk.py).
desk = moodle_desk.desk
moodle = moodle_desk.moodle


def _text(message: object) -> str:
    return str(message.get_content()).replace("\r\n", "\n")  # type: ignore[attr-defined]


@pytest.mark.slow
def test_the_requester_answers_the_receipt_and_approve_applies_their_value(
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
    (receipt,) = mail_to(smtp, REQUESTER)
    assert "Mohon lengkapi: data yang ingin diubah beserta nilai barunya." in _text(receipt)
    (first_preview,) = previews(smtp)
    assert "->" not in _text(first_preview)

    dovecot.append(imap_user, requester_reply(receipt, "Nama barunya Pemrograman Web Lanjut, terima kasih.", 1))
    poll(desk)
    (relay,) = [message for message in mail_to(smtp, STAFF) if "Pesan baru" in str(message["Subject"])]
    assert "Dibaca dari balasan pemohon:\n  - nama baru mata kuliah = Pemrograman Web Lanjut" in _text(relay)
    assert "Belum lengkap" not in _text(relay)
    thanks = mail_to(smtp, REQUESTER)[-1]
    assert "Terima kasih, data permintaan [P4M #1] sudah lengkap" in _text(thanks)
    assert thanks["Auto-Submitted"] == "auto-replied" and "[P4M #1]" in str(thanks["Subject"])
    assert str(thanks["In-Reply-To"]).strip() == "<requester-1@polibatam.ac.id>"
    ticket = show(desk, 1, capsys)
    assert ticket["fields"]["changes"] == {"fullname": "Pemrograman Web Lanjut"}
    (event,) = [event for event in ticket["events"] if event["kind"] == "fields_from_requester"]
    assert event["actor"] == REQUESTER and "Pemrograman Web Lanjut" in event["detail"]

    # The value asks for a fresh preview, which shows it.
    second_preview = previews(smtp)[-1]
    assert "Pemrograman Web  ->  Pemrograman Web Lanjut" in _text(second_preview)
    dovecot.append(imap_user, staff_reply(second_preview, "#approve", 2))
    poll(desk)
    assert moodle[1].courses[302]["fullname"] == "Pemrograman Web Lanjut"
    assert "Pemrograman Web -> Pemrograman Web Lanjut" in _text(mail_to(smtp, REQUESTER)[-1])
    assert show(desk, 1, capsys)["status"] == "resolved"
