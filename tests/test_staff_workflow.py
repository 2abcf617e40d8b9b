"""Staff work from their mail client, through a real Dovecot and a real SMTP server."""

from __future__ import annotations

import json
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from daemon.cli.main import main
from tests.conftest import SAMPLES, server_sections, write_config
from tests.servers import Dovecot, SmtpServer, TlsMaterial

pytestmark = pytest.mark.slow  # real Dovecot and SMTP servers


STAFF = "rina.staf@polibatam.ac.id"
NOTIFY = "p4m-staf@polibatam.ac.id"
PASS = "mx.polibatam.ac.id; dkim=pass header.d=polibatam.ac.id header.s=s1; dmarc=pass header.from=polibatam.ac.id"


@pytest.fixture
def desk(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    server_env: None,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    monkeypatch.setenv("HELPDESK_REPLY_KEY", "test-reply-key-of-at-least-32-bytes")
    config = write_config(tmp_path, **server_sections(dovecot, imap_user, smtp, tls))
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    return config


def poll(config: Path) -> None:
    assert main(["--config", str(config), "poll", "--once"]) == 0


def sent(smtp: SmtpServer) -> list[EmailMessage]:
    return smtp.handler.parsed()


def staff_notice(smtp: SmtpServer) -> EmailMessage:
    """The notice of the new ticket: it goes out beside the receipt, on a connection of its own."""
    (notice,) = [message for message in sent(smtp) if message["To"] == NOTIFY]
    return notice


def show(config: Path, number: int, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--config", str(config), "tickets", "show", str(number), "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def staff_reply(
    notice: EmailMessage,
    body: str,
    *,
    authenticated: bool = True,
    to: str | None = None,
    message_id: str = "<staff-1@polibatam.ac.id>",
) -> bytes:
    reply = EmailMessage()
    reply["From"] = f"Rina Staf <{STAFF}>"
    reply["To"] = to or str(notice["Reply-To"])
    reply["Subject"] = f"Re: {notice['Subject']}"
    reply["Message-ID"] = message_id
    reply["In-Reply-To"] = str(notice["Message-ID"]).strip()
    reply["References"] = str(notice["Message-ID"]).strip()
    if authenticated:
        reply["Authentication-Results"] = PASS
    quoted = "\n".join(f"> {line}" for line in notice.get_content().splitlines())
    reply.set_content(
        f"{body}\n\nPada Sen, 23 Nov 2026 pukul 10.15 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:\n{quoted}\n"
    )
    return reply.as_bytes()


def requester_reply(previous: EmailMessage, body: str, message_id: str) -> bytes:
    reply = EmailMessage()
    reply["From"] = "Budi Santoso <budi.santoso@polibatam.ac.id>"
    reply["To"] = "helpdesk-p4m@polibatam.ac.id"
    reply["Subject"] = f"Re: {previous['Subject']}"
    reply["Message-ID"] = message_id
    reply["In-Reply-To"] = str(previous["Message-ID"]).strip()
    reply.set_content(f"{body}\n\nPada Sen, 23 Nov 2026 Helpdesk P4M menulis:\n> {previous.get_content()[:80]}\n")
    return reply.as_bytes()


def test_request_notice_resolve_relay_and_rating(
    desk: Path, dovecot: Dovecot, imap_user: str, smtp: SmtpServer, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    request = (SAMPLES / "001-ubah-nama-mk-basis-data.eml").read_bytes()
    request_id = str(message_from_bytes(request, policy=policy.default)["Message-ID"]).strip()
    dovecot.append(imap_user, request)
    poll(desk)
    assert len(sent(smtp)) == 2
    notice = staff_notice(smtp)
    assert "+1-" in str(notice["Reply-To"]), "notices reply to the signed per-ticket address"
    assert "#resolve" in notice.get_content() and "IF201" in notice.get_content()

    # An internal note first: stays with staff.
    dovecot.append(
        imap_user,
        staff_reply(
            notice, "#internal\nSudah dicek di Moodle, nama lama masih dipakai.", message_id="<note-1@polibatam.ac.id>"
        ),
    )
    poll(desk)
    assert len(sent(smtp)) == 2, "an internal note goes to no one"

    # Then the answer, with #resolve, from Thunderbird quoting the notice.
    dovecot.append(imap_user, staff_reply(notice, "#resolve\nNama MK sudah kami ubah menjadi Sistem Basis Data."))
    poll(desk)
    relay, resolution = sent(smtp)[2:]
    text = relay.get_content()
    assert relay["To"] == "budi.santoso@polibatam.ac.id"
    assert relay["From"].addresses[0].addr_spec == "helpdesk-p4m@polibatam.ac.id"
    assert relay["Subject"] == "[P4M #1] Perubahan nama MK Basis Data di e-learning"
    assert str(relay["In-Reply-To"]).strip() == request_id
    assert request_id in str(relay["References"])
    assert relay["Auto-Submitted"] is None, "a human reply is not marked automatic"
    assert "Nama MK sudah kami ubah menjadi Sistem Basis Data." in text
    assert "#resolve" not in text and "menulis:" not in text and "Perintah" not in text
    assert "Sudah dicek di Moodle" not in text
    assert resolution["Auto-Submitted"] == "auto-generated"
    assert "5 = sangat puas" in resolution.get_content()

    ticket = show(desk, 1, capsys)
    assert ticket["status"] == "resolved"
    assert ticket["first_response_at"] is not None and ticket["resolved_at"] is not None
    kinds = [m["kind"] for m in ticket["messages"]]
    assert kinds == ["request", "ack", "notice", "internal", "staff_reply", "staff_reply", "resolution"]

    # The requester answers the satisfaction question with just "5".
    dovecot.append(imap_user, requester_reply(resolution, "5", "<rating-1@mail.gmail.com>"))
    poll(desk)
    ticket = show(desk, 1, capsys)
    assert ticket["satisfaction"] == 5
    assert ticket["status"] == "resolved", "a rating does not reopen the ticket"
    thanks = sent(smtp)[-1]
    assert "Terima kasih atas penilaian Anda (5 dari 5)" in thanks.get_content()
    capsys.readouterr()
    assert main(["--config", str(desk), "tickets", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1, "neither the notes nor the rating made a ticket"


def test_unauthenticated_staff_reply_changes_nothing(
    desk: Path, dovecot: Dovecot, imap_user: str, smtp: SmtpServer, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dovecot.append(imap_user, (SAMPLES / "003-tidak-bisa-login-mahasiswa-baru.eml").read_bytes())
    poll(desk)
    notice = staff_notice(smtp)
    forged = staff_reply(notice, "#close\nSudah beres.", authenticated=False, to="helpdesk-p4m@polibatam.ac.id")
    dovecot.append(imap_user, forged)
    poll(desk)
    assert len(sent(smtp)) == 3, "nothing relayed; one explanation"
    explanation = sent(smtp)[2]
    assert explanation["To"] == STAFF, "the staff address itself hears what was not done"
    assert explanation["Auto-Submitted"] == "auto-replied"
    text = explanation.get_content()
    assert "tidak dijalankan" in text and "#close" in text and "meneruskan balasan Anda ke pemohon" in text
    ticket = show(desk, 1, capsys)
    assert ticket["status"] == "open" and ticket["first_response_at"] is None
    assert any(event["kind"] == "staff_unauthenticated" for event in ticket["events"])

    # Forged again and again (or a loop): the explanations stop at the hourly cap; the requester hears nothing.
    for number in range(2, 8):
        again = staff_reply(
            notice, "#close", authenticated=False, to="helpdesk-p4m@polibatam.ac.id", message_id=f"<f{number}@x>"
        )
        dovecot.append(imap_user, again)
    poll(desk)
    to_staff = [message for message in sent(smtp) if message["To"] == STAFF]
    assert len(to_staff) == 3, "capped at auto_reply_cap_per_hour"
    assert len(sent(smtp)) == 2 + len(to_staff)


def test_signed_reply_address_authenticates_without_dkim(
    desk: Path, dovecot: Dovecot, imap_user: str, smtp: SmtpServer, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dovecot.append(imap_user, (SAMPLES / "004-minta-sop-pembuatan-course.eml").read_bytes())
    poll(desk)
    notice = staff_notice(smtp)
    dovecot.append(imap_user, staff_reply(notice, "SOP terlampir, Pak.", authenticated=False))
    poll(desk)
    assert sent(smtp)[-1]["To"] == "ahmad.syarifuddin@polibatam.ac.id"
    assert show(desk, 1, capsys)["first_response_at"] is not None


def test_unknown_command_is_explained_to_staff_and_nothing_relayed(
    desk: Path, dovecot: Dovecot, imap_user: str, smtp: SmtpServer, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dovecot.append(imap_user, (SAMPLES / "003-tidak-bisa-login-mahasiswa-baru.eml").read_bytes())
    poll(desk)
    notice = staff_notice(smtp)
    dovecot.append(imap_user, staff_reply(notice, "#resolv\n#type nonsense\nSudah kami reset passwordnya."))
    poll(desk)
    explanation = sent(smtp)[-1]
    assert explanation["To"] == STAFF
    assert "#resolv: perintah tidak dikenal" in explanation.get_content()
    assert "#type nonsense" in explanation.get_content()
    assert all(message["To"] != "4312401023@students.polibatam.ac.id" for message in sent(smtp)[2:])
    assert show(desk, 1, capsys)["status"] == "open"


def test_type_correction_and_assignment(
    desk: Path, dovecot: Dovecot, imap_user: str, smtp: SmtpServer, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dovecot.append(imap_user, (SAMPLES / "004-minta-sop-pembuatan-course.eml").read_bytes())
    poll(desk)
    notice = staff_notice(smtp)
    dovecot.append(imap_user, staff_reply(notice, "#type course_data\n#assign dedi.staf@polibatam.ac.id\n#internal"))
    poll(desk)
    ticket = show(desk, 1, capsys)
    assert ticket["type"] == "course_data" and ticket["assignee"] == "dedi.staf@polibatam.ac.id"
    assert len(sent(smtp)) == 2


def test_answer_sent_straight_from_the_shared_mailbox_counts_as_first_response(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    server_env: None,
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from datetime import datetime, timedelta, timezone

    sections = server_sections(dovecot, imap_user, smtp, tls)
    sections["intake"]["sent_folder"] = "Sent"
    config = write_config(tmp_path, **sections)
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    client = dovecot.client(imap_user)
    client.create_folder("Sent")
    old_answer = EmailMessage()  # already in Sent before the helpdesk started: not about any ticket
    old_answer["From"] = "helpdesk-p4m@polibatam.ac.id"
    old_answer["Subject"] = "Rapat"
    old_answer.set_content("Agenda rapat.")
    client.append("Sent", old_answer.as_bytes())
    request = (SAMPLES / "046-re-login-masih-gagal-outlook.eml").read_bytes()
    request_id = str(message_from_bytes(request, policy=policy.default)["Message-ID"]).strip()
    client.append("INBOX", request)
    poll(config)
    answer = EmailMessage()
    answer["From"] = "Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>"
    answer["To"] = "requester@yahoo.co.id"
    answer["Subject"] = "Re: lupa password e learning"
    answer["Message-ID"] = "<shared-mailbox-answer@polibatam.ac.id>"
    answer["In-Reply-To"] = request_id
    answer.set_content("Password sudah kami reset, silakan cek email Anda.")
    answered = datetime(2026, 11, 23, 10, 5, tzinfo=timezone(timedelta(hours=7)))
    client.append("Sent", answer.as_bytes(), msg_time=answered)
    client.logout()
    poll(config)
    poll(config)
    ticket = show(config, 1, capsys)
    assert ticket["first_response_at"] == "2026-11-23T10:05:00+07:00"
    assert [m["kind"] for m in ticket["messages"]].count("staff_reply") == 1
    assert dovecot.count(imap_user, "Sent") == 2, "the Sent folder is never changed"
