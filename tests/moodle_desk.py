"""A helpdesk wired to real Dovecot, a real SMTP server and the fake Moodle, with an IF302 course to change."""

from __future__ import annotations

import json
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from daemon.cli.main import main
from tests.conftest import server_sections, write_config
from tests.fake_moodle import TOKEN, MoodleState, start_fake_moodle
from tests.servers import Dovecot, SmtpServer, TlsMaterial

REQUESTER = "andi.w@polibatam.ac.id"
PASS = "mx.polibatam.ac.id; dkim=pass header.d=polibatam.ac.id"


def configure(tmp_path: Path, dovecot: Dovecot, user: str, smtp: SmtpServer, tls: TlsMaterial, url: str) -> Path:
    config = write_config(
        tmp_path, **server_sections(dovecot, user, smtp, tls), moodle={"url": url, "token_env": "TEST_MOODLE_TOKEN"}
    )
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    return config


def add_courses(state: MoodleState) -> None:
    state.add_course(302, "IF302-TI", "Pemrograman Web", idnumber="IF302")
    state.add_course(1, "polibatam", "E-Learning Polibatam")


@pytest.fixture
def moodle() -> Iterator[tuple[str, MoodleState]]:
    """The fake Moodle with the IF302 course; import this fixture into a test module that needs it."""
    server, state = start_fake_moodle()
    add_courses(state)
    yield server.url, state
    server.shutdown()


@pytest.fixture
def desk(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    server_env: None,
    moodle: tuple[str, MoodleState],
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    """A configured, upgraded helpdesk pointed at Dovecot, the SMTP server and the fake Moodle."""
    monkeypatch.setenv("TEST_MOODLE_TOKEN", TOKEN)
    return configure(tmp_path, dovecot, imap_user, smtp, tls, moodle[0])


def poll(config: Path) -> None:
    assert main(["--config", str(config), "poll", "--once"]) == 0


def request(subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = f"Dr. Andi Wijaya <{REQUESTER}>"
    message["To"] = "helpdesk-p4m@polibatam.ac.id"
    message["Subject"] = subject
    message["Message-ID"] = "<request-1@polibatam.ac.id>"
    message.set_content(body)
    return message.as_bytes()


def staff_reply(notice: EmailMessage, body: str, number: int) -> bytes:
    reply = EmailMessage()
    reply["From"] = "Rina <rina.staf@polibatam.ac.id>"
    reply["To"] = "helpdesk-p4m@polibatam.ac.id"
    reply["Subject"] = f"Re: {notice['Subject']}"
    reply["Message-ID"] = f"<staff-{number}@polibatam.ac.id>"
    reply["In-Reply-To"] = str(notice["Message-ID"]).strip()
    reply["Authentication-Results"] = PASS
    reply.set_content(body)
    return reply.as_bytes()


def requester_reply(receipt: EmailMessage, body: str, number: int) -> bytes:
    """The requester answering our mail to them, the way a mail client quotes it."""
    reply = EmailMessage()
    reply["From"] = f"Dr. Andi Wijaya <{REQUESTER}>"
    reply["To"] = "helpdesk-p4m@polibatam.ac.id"
    reply["Subject"] = f"Re: {receipt['Subject']}"
    reply["Message-ID"] = f"<requester-{number}@polibatam.ac.id>"
    reply["In-Reply-To"] = str(receipt["Message-ID"]).strip()
    quoted = "\n".join(f"> {line}" for line in receipt.get_content().splitlines())
    reply.set_content(f"{body}\n\nPada {receipt['Date']} Helpdesk P4M menulis:\n{quoted}\n")
    return reply.as_bytes()


def mail_to(smtp: SmtpServer, address: str) -> list[EmailMessage]:
    return [message for message in smtp.handler.parsed() if message["To"] == address]


def previews(smtp: SmtpServer) -> list[EmailMessage]:
    return [message for message in smtp.handler.parsed() if "usulan" in str(message["Subject"])]


def show(config: Path, number: int, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--config", str(config), "tickets", "show", str(number), "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))
