"""Purge of many old tickets (20,000 by default) while single messages keep arriving: time, memory, intake stall.

Usage: .venv/bin/python -m benchmarks.purge [--tickets 20000] [--database sqlite|postgresql]
Target (issue 18): intake never waits more than 1 s on the purge. The stall is the longest time one message took to
be taken in (parsed, classified, stored, receipt queued) while the purge ran, against the same before it started.
"""

from __future__ import annotations

import argparse
import atexit
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import Engine, insert
from sqlmodel import Session, col, func, select

from daemon.config import load_config
from daemon.records.mail_copies import copy_remover
from daemon.records.purge_plan import plan_purge
from daemon.records.purging import run_purge
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import App, build_app
from storage.engine import make_engine, upgrade
from storage.models import Direction, EventKind, MessageKind, PurgedTicket, Ticket
from storage.rows import EventRow, MessageRow, insert_all
from tests.conftest import write_config

CHUNK = 1000
TARGET_SECONDS = 1.0


def _raw(key: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = f"Mahasiswa {key} <m{key}@students.polibatam.ac.id>"
    message["To"] = "helpdesk-p4m@polibatam.ac.id"
    message["Subject"] = f"Tidak bisa login e-learning {key}"
    message["Message-ID"] = f"<{key}@students.polibatam.ac.id>"
    message.set_content(body)
    return message.as_bytes()


def generate(engine: Engine, count: int) -> None:
    """Tickets closed in 2019-2020, each with its request, receipt, staff answer and four events.

    The database numbers the tickets (a sequence on PostgreSQL), so that the intake that runs beside the purge
    gets fresh numbers."""
    template = _raw("KEY", "Saya tidak bisa login ke e-learning sejak pagi, mohon bantuannya. " * 20)
    start = datetime(2019, 1, 1, tzinfo=UTC)
    for first in range(1, count + 1, CHUNK):
        created_at = [start + timedelta(minutes=50 * n) for n in range(first, min(first + CHUNK, count + 1))]
        tickets = [
            {
                "type": "elearning_support",
                "status": "closed",
                "requester": f"m{first + index}@students.polibatam.ac.id",
                "subject": f"Tidak bisa login e-learning {first + index}",
                "created_at": created,
                "acked_at": created,
                "first_response_at": created + timedelta(minutes=12),
                "resolved_at": created + timedelta(hours=3),
                "closed_at": created + timedelta(hours=3),
                "updated_at": created + timedelta(hours=3),
            }
            for index, created in enumerate(created_at)
        ]
        with Session(engine) as session:
            # Closed tickets with their whole history: more columns than a new ticket's row, so inserted as they are.
            statement = insert(Ticket).returning(col(Ticket.id), sort_by_parameter_order=True)
            numbers = [int(row[0]) for row in session.execute(statement, tickets)]
            messages = [
                MessageRow(
                    ticket_id=number,
                    direction=direction,
                    kind=kind,
                    message_id=f"<{kind}-{number}@students.polibatam.ac.id>",
                    from_addr=f"m{number}@students.polibatam.ac.id",
                    received_at=created + timedelta(minutes=offset),
                    raw=template.replace(b"KEY", f"{kind}-{number}".encode()),
                    size=1500,
                )
                for number, created in zip(numbers, created_at, strict=True)
                for kind, direction, offset in (
                    (MessageKind.REQUEST, Direction.IN, 0),
                    (MessageKind.ACK, Direction.OUT, 1),
                    (MessageKind.STAFF_REPLY, Direction.IN, 12),
                )
            ]
            events = [
                EventRow(ticket_id=number, at=created, kind=kind)
                for number, created in zip(numbers, created_at, strict=True)
                for kind in (EventKind.CREATED, EventKind.STAFF_REPLY, EventKind.RESOLVED, EventKind.CLOSED)
            ]
            insert_all(session, messages)
            insert_all(session, events)
            session.commit()


class Arrivals(threading.Thread):
    """One new request every `gap` seconds through the real pipeline, each timed."""

    def __init__(self, app: App, gap: float, prefix: str) -> None:
        super().__init__(name="arrivals", daemon=True)
        self.app, self.gap, self.prefix = app, gap, prefix
        self.times: list[float] = []
        self.stopping = threading.Event()

    def run(self) -> None:
        number = 0
        while not self.stopping.is_set():
            number += 1
            raw = _raw(f"{self.prefix}-{number}", "Mohon bantuan, saya tidak bisa login ke e-learning.")
            began = time.perf_counter()
            result = self.app.pipeline.ingest(IncomingMail(raw, datetime.now(UTC)))
            self.times.append(time.perf_counter() - began)
            assert result.ticket_id is not None, result
            self.stopping.wait(self.gap)


def timed_arrivals(app: App, seconds: float, prefix: str) -> list[float]:
    arrivals = Arrivals(app, 0.1, prefix)
    arrivals.start()
    time.sleep(seconds)
    arrivals.stopping.set()
    arrivals.join()
    return arrivals.times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=20_000)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    os.environ["HELPDESK_TEST_DB"] = args.database
    work = Path(tempfile.mkdtemp(prefix="p4m-purge-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    config = load_config(write_config(work))
    engine = make_engine(config.database_url)
    upgrade(engine)
    began = time.perf_counter()
    generate(engine, args.tickets)
    print(
        f"generated {args.tickets} closed 2019-2020 tickets (3 messages, 4 events each) on {args.database} "
        f"in {time.perf_counter() - began:.1f} s"
    )
    app = build_app(config)
    quiet = timed_arrivals(app, 3.0, "before")
    print(f"intake alone: {len(quiet)} single messages, longest {max(quiet):.3f} s")
    now = datetime.now(UTC)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with Session(engine) as session:
        plan = plan_purge(session, now, config.storage.retention_years)
    arrivals = Arrivals(app, 0.1, "during")
    arrivals.start()
    began = time.perf_counter()
    report = run_purge(engine, plan, now, copy_remover(config))
    seconds = time.perf_counter() - began
    arrivals.stopping.set()
    arrivals.join()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with Session(engine) as session:
        left = session.exec(select(func.count()).select_from(Ticket).where(Ticket.status == "closed")).one()
        kept = session.exec(select(func.count()).select_from(PurgedTicket)).one()
    assert report.tickets == args.tickets and left == 0 and kept == args.tickets, (report, left, kept)
    stall = max(arrivals.times)
    print(
        f"purged {report.tickets} tickets and {report.messages} messages in {seconds:.1f} s "
        f"({report.tickets / seconds:.0f} tickets/s); longest batch transaction {report.longest_batch_seconds:.3f} s"
    )
    print(f"peak memory: {rss_after:.0f} MB RSS (before the purge {rss_before:.0f} MB)")
    print(
        f"intake during the purge: {len(arrivals.times)} single messages, longest stall {stall:.3f} s "
        f"(target <= {TARGET_SECONDS:.0f} s)"
    )
    ok = stall <= TARGET_SECONDS
    print("target met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
