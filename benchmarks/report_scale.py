"""Digest and yearly report over five years of generated history (50,000 tickets by default).

Usage: .venv/bin/python -m benchmarks.report_scale [--tickets 50000] [--database sqlite|postgresql]
Target (DESIGN.md): each <= 5 s.
"""

from __future__ import annotations

import argparse
import atexit
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from daemon.config import load_config
from daemon.reports.digest import build_digest
from daemon.reports.led.document import build_report
from daemon.reports.led.docx import to_docx
from daemon.reports.led.narrative import load_narrative
from daemon.reports.led.year_figures import year_figures
from daemon.wiring.app import build_app
from storage.engine import make_engine, upgrade
from storage.models import Ticket
from tests.conftest import write_config

TYPES = ("course_data", "announcement", "elearning_support", "document_request", "other")
CHANNELS = ("email", "email", "email", "whatsapp", "phone")


def generate(engine, count: int, start: datetime, years: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(5)
    span = timedelta(days=365 * years).total_seconds()
    rows = []
    for number in range(1, count + 1):
        created = start + timedelta(seconds=rng.uniform(0, span))
        minutes = rng.expovariate(1 / 12)
        answered = created + timedelta(minutes=minutes) if rng.random() > 0.03 else None
        resolved = answered + timedelta(hours=rng.expovariate(1 / 20)) if answered else None
        rows.append(
            {
                "id": number,
                "type": rng.choice(TYPES),
                "status": "closed" if resolved else "open",
                "requester": f"user{number % 3000}@polibatam.ac.id",
                "requester_name": "",
                "subject": f"Permintaan {number}",
                "language": "id",
                "channel": rng.choice(CHANNELS),
                "confidence": 0.9,
                "needs_triage": False,
                "fields_json": "{}",
                "reasons_json": "[]",
                "course_code": f"IF{rng.randint(100, 400)}",
                "satisfaction": rng.choice((None, 3, 4, 5, 5)),
                "created_at": created,
                "acked_at": created + timedelta(seconds=1),
                "first_response_at": answered,
                "resolved_at": resolved,
                "closed_at": resolved,
                "updated_at": created,
                "response_minutes_wall": round(minutes, 2) if answered else None,
                "response_minutes_working": round(minutes * 0.8, 2) if answered else None,
            }
        )
        if len(rows) == 5000:
            with engine.begin() as connection:
                connection.execute(insert(Ticket), rows)
            rows = []
    if rows:
        with engine.begin() as connection:
            connection.execute(insert(Ticket), rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=50_000)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    os.environ["HELPDESK_TEST_DB"] = args.database
    work = Path(tempfile.mkdtemp(prefix="p4m-scale-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    config = load_config(write_config(work))
    engine = make_engine(config.database_url)
    upgrade(engine)
    began = time.perf_counter()
    generate(engine, args.tickets, datetime(2021, 1, 1, tzinfo=UTC), 5)
    print(f"generated {args.tickets} tickets over 5 years on {args.database} in {time.perf_counter() - began:.1f} s")
    app = build_app(config)
    now = datetime(2026, 1, 15, tzinfo=UTC)
    from sqlmodel import Session

    with Session(app.engine) as session:
        began = time.perf_counter()
        digest = build_digest(session, config, config.calendar(), app.outgoing.renderer, 2025, 6, now)
        digest_seconds = time.perf_counter() - began
        began = time.perf_counter()
        figures = year_figures(session, config, config.calendar(), 2025, now)
        to_docx(build_report(config, figures, load_narrative(config), now.date()), work / "led.docx")
        report_seconds = time.perf_counter() - began
    print(f"digest June 2025 ({digest.figures.total} requests): {digest_seconds:.2f} s (target <= 5 s)")
    print(
        f"LED report 2025 as DOCX ({figures.overall.total} requests, 5 charts): {report_seconds:.2f} s (target <= 5 s)"
    )
    ok = digest_seconds <= 5 and report_seconds <= 5
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
