"""The outbox sends requesters' mail and staff mail on two SMTP connections at once (or on one, if configured)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiosmtpd.smtp import Envelope, Session
from pydantic import SecretStr

from daemon.clock import CountingTokens, FixedClock
from daemon.config import Config, load_config
from daemon.logins import PasswordLogin
from daemon.outgoing.mailers import SmtpMailer
from daemon.outgoing.outbox import split_into_lanes
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import build_app
from storage.models import MessageKind
from tests.conftest import migrated, write_config
from tests.mailgen import generated_requests
from tests.servers import RecordingHandler, TlsMaterial, start_smtp

REQUESTS = 5


class ConnectionRecorder(RecordingHandler):
    """Notes which client connection brought each message; the first receipt waits until a staff notice came."""

    def __init__(self) -> None:
        super().__init__()
        self.peers: list[tuple[bool, object]] = []  # (is a receipt, client address)

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
        receipt = b"auto-replied" in (envelope.original_content or b"")
        if receipt and not any(not was_receipt for was_receipt, _ in self.peers):
            deadline = time.monotonic() + 3
            while time.monotonic() < deadline and all(was_receipt for was_receipt, _ in self.peers):
                await asyncio.sleep(0.01)
        self.peers.append((receipt, session.peer))
        return await super().handle_DATA(server, session, envelope)


def send_backlog(tmp_path: Path, tls: TlsMaterial, corpus: Path, connections: int) -> ConnectionRecorder:
    recorder = ConnectionRecorder()
    server = start_smtp(tls, handler=recorder)
    try:
        outgoing = {
            "kind": "smtp",
            "host": "localhost",
            "port": server.port,
            "username": server.user,
            "password_env": "UNUSED",
            "ca_file": str(tls.cert),
            "connections": connections,
        }
        config = load_config(write_config(tmp_path, outgoing=outgoing))
        migrated(config)
        clock = FixedClock(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))
        mailer = SmtpMailer(config.outgoing, PasswordLogin(SecretStr(server.password)), tls.client_context())
        app = build_app(config, clock=clock, tokens=CountingTokens(), mailer=mailer)
        for _, raw in generated_requests(corpus, REQUESTS, prefix="lanes"):
            app.pipeline.ingest(IncomingMail(raw, clock.now()))
        report = app.outbox.run_pass()
        assert (report.sent, report.retrying, report.failed) == (2 * REQUESTS, 0, 0)
        assert app.outbox.handled == 2 * REQUESTS
    finally:
        server.controller.stop()
    return recorder


@pytest.mark.slow
def test_receipts_and_staff_notices_go_out_on_two_connections_at_once(
    tmp_path: Path, tls: TlsMaterial, corpus: Path
) -> None:
    recorder = send_backlog(tmp_path, tls, corpus, connections=2)
    receipts = {peer for receipt, peer in recorder.peers if receipt}
    notices = {peer for receipt, peer in recorder.peers if not receipt}
    assert len(receipts) == 1 and len(notices) == 1 and receipts != notices, recorder.peers
    assert not recorder.peers[0][0], "a notice arrived while the first receipt was held: the lanes ran at once"
    assert sum(receipt for receipt, _ in recorder.peers) == REQUESTS


@pytest.mark.slow
def test_one_connection_when_the_relay_allows_only_one(tmp_path: Path, tls: TlsMaterial, corpus: Path) -> None:
    recorder = send_backlog(tmp_path, tls, corpus, connections=1)
    assert len({peer for _, peer in recorder.peers}) == 1
    assert len(recorder.peers) == 2 * REQUESTS


@pytest.mark.parametrize(
    ("connections", "expected"),
    [(2, [[1, 3, 4], [2, 5, 6]]), (1, [[1, 2, 3, 4, 5, 6]])],
)
def test_lanes_keep_requesters_mail_together_and_in_order(connections: int, expected: list[list[int]]) -> None:
    due = [
        (1, MessageKind.ACK),
        (2, MessageKind.NOTICE),
        (3, MessageKind.STAFF_REPLY),
        (4, MessageKind.RESOLUTION),
        (5, MessageKind.ESCALATION),
        (6, MessageKind.DIGEST),
    ]
    assert split_into_lanes([(item_id, str(kind)) for item_id, kind in due], connections) == expected


class StaffMailBreaks:
    """Accepts mail to requesters; a bug (not a send error) on mail to staff."""

    def __init__(self) -> None:
        self.sent: list[list[str]] = []

    @contextlib.contextmanager
    def session(self) -> Iterator[StaffMailBreaks]:
        yield self

    def send(self, envelope_from: str, recipients: list[str], raw: bytes) -> None:
        if "p4m-staf@polibatam.ac.id" in recipients:
            raise RuntimeError("a bug in the staff lane")
        self.sent.append(recipients)


def test_a_failure_in_the_staff_lane_reaches_the_caller_after_both_lanes_ended(
    local_config: Config, clock: FixedClock, corpus: Path
) -> None:
    mailer = StaffMailBreaks()
    app = build_app(local_config, clock=clock, tokens=CountingTokens(), mailer=mailer)
    for _, raw in generated_requests(corpus, REQUESTS, prefix="broken-lane"):
        app.pipeline.ingest(IncomingMail(raw, clock.now()))
    with pytest.raises(RuntimeError, match="staff lane"):
        app.outbox.run_pass()
    assert len(mailer.sent) == REQUESTS, "the receipts were all sent before the failure was raised"
