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

from daemon.config import load_config
from storage.engine import make_engine
from storage.models import Direction, MessageKind, StoredMessage, Ticket
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
    life_seconds: tuple[float, float],
) -> CrashTally:
    """`attempts` runs, each killed after a random life unless it finished first, then one clean run."""
    rng = random.Random(seed)
    kills = 0
    for _ in range(attempts):
        process = subprocess.Popen(
            [*command, "poll", "--once"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(*life_seconds))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
    finished = subprocess.run([*command, "poll", "--once"], env=env, capture_output=True, text=True)
    if finished.returncode != 0:
        raise RuntimeError(f"the run after the kills failed: {finished.stderr[-2000:]}")
    return _tally(config, smtp, requests, kills)


def _tally(config: Path, smtp: SmtpServer, requests: dict[str, bytes], kills: int) -> CrashTally:
    engine = make_engine(load_config(config).database_url)
    try:
        with engine.connect() as database:
            stored = database.execute(
                select(StoredMessage.message_id, StoredMessage.ticket_id).where(
                    StoredMessage.direction == Direction.IN, StoredMessage.kind == MessageKind.REQUEST
                )
            ).all()
            tickets = database.execute(select(func.count(Ticket.id))).scalar_one()
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
