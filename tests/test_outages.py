"""Outages: SMTP down then back, database locked or full, IMAP restarted under IDLE. Nothing is lost."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import event
from sqlmodel import Session, select

from daemon.clock import CountingTokens, FixedClock
from daemon.config import load_config
from daemon.errors import TransientError
from daemon.intake.runner import IntakeRunner
from daemon.logins import PasswordLogin
from daemon.outgoing.mailers import SmtpMailer
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import build_app
from storage.models import Ticket
from tests.conftest import migrated, server_sections, write_config
from tests.fakes import FakeMailbox, ScriptedMailer
from tests.mailgen import generated_requests
from tests.processes import prepared_helpdesk, start_idling_daemon, wait_until
from tests.servers import (
    Dovecot,
    SmtpServer,
    TlsMaterial,
    free_port,
    remove_dovecot,
    start_dovecot,
    start_smtp,
)

# SQLite's own lock and page-limit behaviour: these two always run on a SQLite file, in both suite passes.
SQLITE = "sqlite:///helpdesk.db"


@pytest.mark.slow
def test_smtp_down_then_back_acknowledges_later_with_the_real_send_time(
    tmp_path: Path, tls: TlsMaterial, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "smtp-secret")
    config = load_config(
        write_config(
            tmp_path,
            outgoing={
                "kind": "smtp",
                "host": "localhost",
                "port": port,
                "security": "starttls",
                "username": "helpdesk",
                "password_env": "TEST_SMTP_PASSWORD",
                "ca_file": str(tls.cert),
                "timeout_seconds": 5,
            },
        )
    )
    migrated(config)
    clock = FixedClock(__import__("datetime").datetime(2026, 11, 23, 2, 0, tzinfo=__import__("datetime").UTC))
    mailer = SmtpMailer(config.outgoing, PasswordLogin(SecretStr("smtp-secret")), tls.client_context())
    app = build_app(config, clock=clock, tokens=CountingTokens(), mailer=mailer)
    for _, raw in generated_requests(corpus, 3, prefix="smtpdown"):
        app.pipeline.ingest(IncomingMail(raw, clock.now()))
    report = app.outbox.run_pass()
    assert (report.sent, report.retrying) == (0, 6), "server down: everything waits"
    server = start_smtp(tls, port)
    try:
        clock.advance(minutes=2)
        assert app.outbox.run_pass().sent == 6
        acks = [m for m in server.handler.parsed() if m["Auto-Submitted"] == "auto-replied"]
        assert len(acks) == 3
        with Session(app.engine) as session:
            assert {t.acked_at for t in session.exec(select(Ticket)).all()} == {clock.now()}
    finally:
        server.controller.stop()


def test_locked_database_leaves_mail_in_the_mailbox_for_the_next_pass(tmp_path: Path, corpus: Path) -> None:
    config = load_config(write_config(tmp_path, storage={"url": SQLITE, "busy_timeout_seconds": 0.2}))
    migrated(config)
    app = build_app(config, mailer=ScriptedMailer())
    mailbox = FakeMailbox()
    for _, raw in generated_requests(corpus, 2, prefix="locked"):
        mailbox.deliver(raw)
    runner = IntakeRunner(mailbox, app.pipeline, app.engine, batch_size=10, max_message_bytes=10**7)
    blocker = sqlite3.connect(config.database_url.removeprefix("sqlite:///"))
    blocker.execute("BEGIN EXCLUSIVE")
    with pytest.raises(TransientError, match="storage unavailable"):
        runner.run_pass()
    assert len(mailbox.inbox) == 2 and mailbox.quarantined == []
    blocker.rollback()
    blocker.close()
    assert runner.run_pass().processed == 2
    assert mailbox.inbox == {}


def test_full_disk_leaves_mail_in_the_mailbox_and_writes_nothing_half(tmp_path: Path, corpus: Path) -> None:
    config = load_config(write_config(tmp_path, storage={"url": SQLITE}))
    migrated(config)
    app = build_app(config, mailer=ScriptedMailer())
    mailbox = FakeMailbox()
    for _, raw in generated_requests(corpus, 3, prefix="full"):
        mailbox.deliver(raw)

    def no_room(connection, _record):  # type: ignore[no-untyped-def]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    app.engine.dispose()
    event.listen(app.engine, "connect", no_room)
    runner = IntakeRunner(mailbox, app.pipeline, app.engine, batch_size=10, max_message_bytes=10**7)
    with pytest.raises(TransientError):
        runner.run_pass()
    assert len(mailbox.inbox) == 3
    event.remove(app.engine, "connect", no_room)
    app.engine.dispose()
    with Session(app.engine) as session:
        assert session.exec(select(Ticket)).all() == [], "the failed transaction left nothing behind"
    assert runner.run_pass().processed == 3


@pytest.mark.slow
def test_imap_restart_during_idle_reconnects_and_loses_nothing(tmp_path: Path, tls: TlsMaterial, corpus: Path) -> None:
    own_dovecot = start_dovecot(tls)
    smtp = start_smtp(tls)
    try:
        user = own_dovecot.add_user("helpdesk1")
        sections = server_sections(own_dovecot, user, smtp, tls)
        sections["intake"]["poll_seconds"] = 600
        config = write_config(tmp_path, **sections)
        command, env = prepared_helpdesk(config, smtp.password)
        log_path = tmp_path / "daemon.log"
        daemon = start_idling_daemon(command, env, log_path)
        try:
            assert own_dovecot.process is not None
            children = subprocess.run(
                ["pgrep", "-P", str(own_dovecot.process.pid)], capture_output=True, text=True
            ).stdout.split()
            own_dovecot.stop()
            for pid in children:  # the server really goes away: every client connection is cut
                subprocess.run(["kill", "-9", pid], capture_output=True, check=False)
            time.sleep(3)
            own_dovecot.start()
            stopped_at = time.monotonic()
            [(_, raw)] = list(generated_requests(corpus, 1, prefix="restart"))
            own_dovecot.append(user, raw)
            while not any(b"auto-replied" in m for _, _, m, _ in smtp.handler.messages):
                assert time.monotonic() - stopped_at < 30, log_path.read_text()[-2000:]
                time.sleep(0.2)
            assert log_path.read_bytes().count(b"connected to") >= 2
        finally:
            daemon.send_signal(signal.SIGTERM)
            assert daemon.wait(timeout=20) == 0
    finally:
        smtp.controller.stop()
        remove_dovecot(own_dovecot)


@pytest.mark.slow
@pytest.mark.timed  # intake within 10 s of each arrival, the stop within 15 s
def test_a_mail_server_that_never_answers_does_not_hold_up_intake(
    tmp_path: Path, dovecot: Dovecot, imap_user: str, smtp: SmtpServer, tls: TlsMaterial, corpus: Path
) -> None:
    silent = socket.create_server(("127.0.0.1", 0))  # accepts connections, never greets: a hung relay
    try:
        sections = server_sections(dovecot, imap_user, smtp, tls)
        sections["intake"]["poll_seconds"] = 600
        sections["outgoing"]["port"] = silent.getsockname()[1]
        sections["outgoing"]["timeout_seconds"] = 60
        config = write_config(tmp_path, **sections)
        command, env = prepared_helpdesk(config, smtp.password)
        log_path = tmp_path / "daemon.log"
        daemon = start_idling_daemon(command, env, log_path)
        try:
            first, second = generated_requests(corpus, 2, prefix=f"silent{os.getpid()}")
            dovecot.append(imap_user, first[1])
            assert wait_until(lambda: dovecot.count(imap_user, "Processed") == 1, 10), log_path.read_text()
            dovecot.append(imap_user, second[1])  # arrives while the receipt of the first hangs at the relay
            assert wait_until(lambda: dovecot.count(imap_user, "Processed") == 2, 10), log_path.read_text()
        finally:
            stopping = time.monotonic()
            daemon.send_signal(signal.SIGTERM)
            code = daemon.wait(timeout=30)
        assert code == 0, log_path.read_text()
        assert time.monotonic() - stopping < 15, "the hung send does not keep the daemon from stopping"
    finally:
        silent.close()
