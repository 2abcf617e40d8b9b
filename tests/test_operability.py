"""What an operator meets: a broken template, stuck mail put through again, a wrong password, missing secrets."""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from daemon.cli.main import main
from daemon.cli.template_samples import samples, template_problems
from daemon.outgoing.renderer import Renderer
from templates import DIRECTORY as TEMPLATES
from tests.conftest import server_sections, write_config
from tests.processes import prepared_helpdesk, wait_until
from tests.servers import Dovecot, SmtpServer, TlsMaterial

STAFF = "p4m-staf@polibatam.ac.id"


def _imap_config(
    tmp_path: Path, dovecot: Dovecot, user: str, smtp: SmtpServer, tls: TlsMaterial, **extra: object
) -> Path:
    sections = server_sections(dovecot, user, smtp, tls)
    sections["intake"].update(extra)
    path = write_config(tmp_path, **sections)
    assert main(["--config", str(path), "db", "upgrade"]) == 0
    return path


def _acks(smtp: SmtpServer) -> list[str]:
    """In-Reply-To of every receipt the SMTP server accepted."""
    return [
        str(message["In-Reply-To"]).strip()
        for message in smtp.handler.parsed()
        if message["To"] != STAFF and str(message["Subject"]).startswith("[P4M #")
    ]


def _tickets(config: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["--config", str(config), "tickets", "list", "--json"]) == 0
    return list(json.loads(capsys.readouterr().out))


def test_every_shipped_template_is_rendered_by_check() -> None:
    rendered = {sample.name for sample in samples()}
    included = {"ticket/next/", "ticket/resolved/"}  # reached through ack and resolution, for each type
    shipped = {str(path.relative_to(TEMPLATES)) for path in TEMPLATES.rglob("*.j2")}
    assert {name for name in shipped if not name.startswith(tuple(included))} == rendered
    assert template_problems(Renderer(TEMPLATES)) == []


@pytest.mark.slow
def test_check_names_a_missing_template_and_incoming_mail_stays_in_the_inbox(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    server_env: None,
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edited = tmp_path / "templates"
    shutil.copytree(TEMPLATES, edited)
    (edited / "ticket" / "next" / "other.id.txt.j2").unlink()
    config = _imap_config(tmp_path, dovecot, imap_user, smtp, tls)
    text = config.read_text().replace("[helpdesk]\n", '[helpdesk]\ntemplates = "templates"\n', 1)
    config.write_text(text)
    capsys.readouterr()

    assert main(["--config", str(config), "check"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  templates:" in out
    assert "ticket/next/other.id.txt.j2" in out

    dovecot.append(imap_user, (corpus / "complaint-parking-misdirected.eml").read_bytes())
    assert main(["--config", str(config), "poll", "--once"]) == 1
    err = capsys.readouterr().err
    assert "template ticket/next/other.id.txt.j2 not found (the mail stays in the inbox" in err
    assert len(err.strip().splitlines()) == 1, err
    assert dovecot.count(imap_user, "INBOX") == 1
    assert dovecot.count(imap_user, "Quarantine") == 0
    assert _tickets(config, capsys) == []

    # The template is back: the same mail goes through, once.
    shutil.copy(TEMPLATES / "ticket" / "next" / "other.id.txt.j2", edited / "ticket" / "next" / "other.id.txt.j2")
    assert main(["--config", str(config), "check"]) == 0
    assert main(["--config", str(config), "poll", "--once"]) == 0
    assert dovecot.count(imap_user, "INBOX") == 0
    assert len(_tickets(config, capsys)) == 1
    assert len(_acks(smtp)) == 1


@pytest.mark.slow
def test_quarantine_retry_after_the_cause_is_fixed_gives_one_ticket_and_one_receipt(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    server_env: None,
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = _imap_config(tmp_path, dovecot, imap_user, smtp, tls, max_message_bytes=1024)
    raw = (corpus / "typo-heavy-casual-sks.eml").read_bytes()
    big = raw.rstrip(b"\r\n") + b"\r\n\r\n" + b"Terima kasih banyak atas bantuannya. " * 40 + b"\r\n"
    assert len(big) > 1024
    dovecot.append(imap_user, big)
    assert main(["--config", str(config), "poll", "--once"]) == 0
    assert dovecot.count(imap_user, "Quarantine") == 1
    capsys.readouterr()
    assert main(["--config", str(config), "quarantine", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert "exceeds the limit of 1024" in row["error"]
    assert _acks(smtp) == []

    # The operator raises the limit: the message goes through as if new.
    config.write_text(config.read_text().replace("max_message_bytes = 1024", "max_message_bytes = 1048576"))
    assert main(["--config", str(config), "quarantine", "retry", str(row["id"])]) == 0
    out = capsys.readouterr().out
    assert "new_ticket #1" in out
    assert "mailbox copy moved from Quarantine to Processed" in out
    assert (dovecot.count(imap_user, "Quarantine"), dovecot.count(imap_user, "Processed")) == (0, 1)
    assert main(["--config", str(config), "quarantine", "retry", "--all"]) == 0
    assert main(["--config", str(config), "quarantine", "retry", str(row["id"])]) == 2
    assert main(["--config", str(config), "poll", "--once"]) == 0  # Processed is not read again

    assert len(_tickets(config, capsys)) == 1
    assert len(_acks(smtp)) == 1
    capsys.readouterr()
    assert main(["--config", str(config), "quarantine", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.slow
def test_outbox_retry_sends_mail_that_failed_and_poll_reports_retries_waiting(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    server_env: None,
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = _imap_config(tmp_path, dovecot, imap_user, smtp, tls)
    dovecot.append(imap_user, (corpus / "document-form-english.eml").read_bytes())
    smtp.handler.refuse_with = "451 4.3.0 try later"
    capsys.readouterr()
    assert main(["--config", str(config), "poll", "--once"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"2 message\(s\) waiting to be retried, next attempt \d{4}-\d\d-\d\d \d\d:\d\d:\d\d WIB", out), out
    assert main(["--config", str(config), "check"]) == 0
    assert "2 message(s) waiting to be retried, next attempt" in capsys.readouterr().out

    smtp.handler.refuse_with = "554 5.7.1 refused"
    assert main(["--config", str(config), "outbox", "retry", "--all"]) == 1
    capsys.readouterr()
    assert main(["--config", str(config), "outbox", "list", "--failed", "--json"]) == 0
    failed = json.loads(capsys.readouterr().out)
    assert sorted(item["kind"] for item in failed) == ["ack", "notice"]
    assert all("554" in item["last_error"] for item in failed)
    assert smtp.handler.messages == []

    smtp.handler.refuse_with = None
    assert main(["--config", str(config), "outbox", "retry", str(failed[0]["id"])]) == 0
    assert len(smtp.handler.messages) == 1
    assert main(["--config", str(config), "outbox", "retry", "--all"]) == 0
    assert len(smtp.handler.messages) == 2
    capsys.readouterr()
    assert main(["--config", str(config), "outbox", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def _refused_logins(dovecot: Dovecot, user: str) -> int:
    log = (dovecot.directory / "dovecot.log").read_text(errors="replace")
    return len(re.findall(rf"auth failed.*user=<{user}>", log))


@pytest.mark.slow
def test_wrong_password_check_says_one_line_and_run_stops_hammering(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = _imap_config(tmp_path, dovecot, imap_user, smtp, tls, refused_logins_before_slowdown=2)
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "wrong")
    monkeypatch.setenv("TEST_SMTP_PASSWORD", smtp.password)
    capsys.readouterr()
    assert main(["--config", str(config), "check"]) == 1
    (line,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("FAIL")]
    assert line.startswith(f"FAIL  intake: IMAP login (password) refused for {imap_user} at 127.0.0.1: ")
    assert "b'" not in line and 'b"' not in line
    assert "AUTHENTICATIONFAILED" in line

    before = _refused_logins(dovecot, imap_user)
    command, env = prepared_helpdesk(config, smtp.password)
    env["TEST_IMAP_PASSWORD"] = "wrong"
    log_path = tmp_path / "daemon.log"
    with log_path.open("wb") as log:
        daemon = subprocess.Popen([*command, "run"], env=env, stdout=log, stderr=log)
    try:
        told = wait_until(lambda: any(message["To"] == STAFF for message in smtp.handler.parsed()), 30)
        assert told, log_path.read_text()
        time.sleep(10)  # without the slowdown: attempts at 1, 2, 4 and 8 s more
    finally:
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(timeout=20)
    assert code == 0, log_path.read_text()
    assert _refused_logins(dovecot, imap_user) - before == 2, log_path.read_text()
    (notice,) = [message for message in smtp.handler.parsed() if message["To"] == STAFF]
    assert "IMAP login (password) refused" in notice.get_content()
    assert "retrying in 1800 s" in log_path.read_text()


@pytest.mark.slow
def test_commands_about_the_record_need_no_mail_secrets(
    tmp_path: Path, dovecot: Dovecot, smtp: SmtpServer, tls: TlsMaterial, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, **server_sections(dovecot, "helpdesk1", smtp, tls))
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    for command in (
        ["tickets", "list", "--json"],
        ["export", "--year", "2026", "--out", str(tmp_path / "register.csv")],
        ["report", "--year", "2026", "--format", "md", "--out", str(tmp_path / "led.md")],
        ["digest", "--month", "2026-10", "--json"],
        ["purge", "--dry-run"],
        ["quarantine", "list"],
        ["outbox", "list"],
    ):
        assert main(["--config", str(config), *command]) == 0, command
    capsys.readouterr()
    assert main(["--config", str(config), "poll", "--once"]) == 2
    assert "password_env: environment variable TEST_SMTP_PASSWORD is not set" in capsys.readouterr().err


def test_check_refuses_a_short_reply_key_and_says_how_staff_mail_is_believed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path)
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    monkeypatch.setenv("HELPDESK_REPLY_KEY", "abc")
    capsys.readouterr()
    assert main(["--config", str(config), "check"]) == 2  # a configuration fault: restarting cannot mend it
    out = capsys.readouterr().out
    assert "FAIL  staff: staff.reply_key_env: HELPDESK_REPLY_KEY holds 3 bytes, fewer than 32" in out
    assert "openssl rand -base64 48" in out
    monkeypatch.setenv("HELPDESK_REPLY_KEY", "k" * 64)
    assert main(["--config", str(config), "check"]) == 0
    out = capsys.readouterr().out
    assert "trusted server: mx.polibatam.ac.id" in out
    assert "signed reply address: on (key from HELPDESK_REPLY_KEY, 64 bytes)" in out
    assert "helpdesk-p4m+N-SIGNATURE@polibatam.ac.id" in out
