"""Kill `helpdesk poll --once` with SIGKILL at random moments of an ingest, then count what the record holds."""

from __future__ import annotations

import random
import signal
import subprocess
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import col

from daemon.config import load_config
from storage.engine import make_engine
from storage.mail_tables import StoredMessage
from storage.models import Direction, MessageKind, Ticket
from tests.processes import wait_until
from tests.servers import SmtpServer


@dataclass(frozen=True)
class CrashTally:
    requests: int
    kills: int
    tickets: int
    lost: int  # requests that are no ticket
    duplicate_tickets: int  # tickets beyond one per request
    unacknowledged: int  # requests whose receipt never reached the SMTP server
    duplicate_acks: int  # receipts beyond the first for the same request

    def line(self) -> str:
        return (
            f"{self.requests} requests, {self.kills} SIGKILLs, {self.tickets} tickets, {self.lost} lost, "
            f"{self.duplicate_tickets} duplicate tickets, {self.unacknowledged} unacknowledged, "
            f"{self.duplicate_acks} duplicate acknowledgements (allowed: one per kill)"
        )


def ingest_under_kills(
    command: list[str],
    env: dict[str, str],
    config: Path,
    smtp: SmtpServer,
    requests: dict[str, bytes],
    *,
    attempts: int,
    seed: int,
) -> CrashTally:
    """`attempts` runs, each killed at a random point of its work unless it finished first, then one clean run.

    The point is chosen by progress, not by time, so that the kills land mid-ingest however fast the machine:
    after a random number of further messages reached the SMTP server, and up to 20 ms more (within a send,
    a batch's transaction, a move in the mailbox)."""
    rng = random.Random(seed)
    span = max(2 * len(requests) // attempts, 1)  # receipts and notices, spread over the attempts
    kills = 0
    for _ in range(attempts):
        target = len(smtp.handler.messages) + rng.randint(1, span)
        process = subprocess.Popen(
            [*command, "poll", "--once"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        if _wait_for_progress(process, smtp, target):
            time.sleep(rng.uniform(0.0, 0.02))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
    finished = subprocess.run([*command, "poll", "--once"], env=env, capture_output=True, text=True)
    if finished.returncode != 0:
        raise RuntimeError(f"the run after the kills failed: {finished.stderr[-2000:]}")
    return _tally(config, smtp, requests, kills)


def _wait_for_progress(process: subprocess.Popen[bytes], smtp: SmtpServer, target: int) -> bool:
    # Looked at often: a backlog's messages reach the server hundreds a second.
    return wait_until(lambda: process.poll() is not None or len(smtp.handler.messages) >= target, 120, 0.002)


def _tally(config: Path, smtp: SmtpServer, requests: dict[str, bytes], kills: int) -> CrashTally:
    engine = make_engine(load_config(config).database_url)
    try:
        with engine.connect() as database:
            stored = database.execute(
                select(col(StoredMessage.message_id), col(StoredMessage.ticket_id)).where(
                    col(StoredMessage.direction) == Direction.IN, col(StoredMessage.kind) == MessageKind.REQUEST
                )
            ).all()
            tickets = database.execute(select(func.count(col(Ticket.id)))).scalar_one()
    finally:
        engine.dispose()
    tickets_per_request = Counter(message_id for message_id, ticket_id in stored if ticket_id is not None)
    receipts = Counter(
        str(message["In-Reply-To"]).strip()
        for message in smtp.handler.parsed()
        if message["Auto-Submitted"] == "auto-replied"
    )
    lost = sum(1 for message_id in requests if tickets_per_request[message_id] == 0)
    return CrashTally(
        requests=len(requests),
        kills=kills,
        tickets=tickets,
        lost=lost,
        duplicate_tickets=tickets - (len(requests) - lost),
        unacknowledged=sum(1 for message_id in requests if receipts[message_id] == 0),
        duplicate_acks=sum(max(receipts[message_id] - 1, 0) for message_id in requests),
    )
