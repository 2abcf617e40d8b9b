"""Availability figures over a year of probe results: one result a minute per service, as a 60 s probe writes.

Usage: .venv/bin/python -m benchmarks.availability_year [--services N]
Measures the LED report's availability part (year and twelve months) and one month (digest, CLI), after the
finished days are rolled up as the daemon's job does.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session

from daemon.config import load_config
from daemon.records.probe_log import roll_up_days
from daemon.reports.availability_periods import local_start, period_figures, year_figures
from storage.availability import ProbeResult
from storage.engine import make_engine, upgrade
from tests.conftest import write_config


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        path = write_config(Path(work), storage={"url": f"sqlite:///{work}/bench.db"})
        config = load_config(path)
        engine = make_engine(config.database_url)
        upgrade(engine)
        start = datetime(2025, 1, 1, tzinfo=UTC) - timedelta(hours=7)
        minutes = 365 * 24 * 60
        began = time.perf_counter()
        with Session(engine) as session:
            for number in range(args.services):
                rows = [
                    {
                        "service": f"service-{number}",
                        "at": start + timedelta(minutes=minute),
                        "up": minute % 997 != 0,
                        "latency_ms": 20.0,
                        "error": "" if minute % 997 else "HTTP 503, expected 200",
                        "stretch_seconds": 90.0,
                    }
                    for minute in range(minutes)
                ]
                for chunk in range(0, len(rows), 50_000):
                    session.execute(insert(ProbeResult), rows[chunk : chunk + 50_000])
            session.commit()
        print(f"stored {args.services * minutes:,} results in {time.perf_counter() - began:.1f} s")
        now = datetime(2026, 1, 5, tzinfo=UTC)
        with Session(engine) as session:
            began = time.perf_counter()
            days = roll_up_days(session, config, now)  # the daemon does this a day at a time
            session.commit()
            print(f"rolled up {days} service-days in {time.perf_counter() - began:.1f} s")
            began = time.perf_counter()
            found = year_figures(session, config, 2025, now)
            year_took = time.perf_counter() - began
            began = time.perf_counter()
            period_figures(
                session,
                config,
                local_start(date(2025, 6, 1), config),
                local_start(date(2025, 7, 1), config),
                now,
            )
            month_took = time.perf_counter() - began
        for item in found:
            year = item.year
            print(
                f"{year.service}: {year.available_pct} % of {year.observed_pct} % observed, {len(year.outages)} outages"
            )
        print(f"year figures (LED): {year_took:.2f} s; one month (digest): {month_took:.2f} s")


if __name__ == "__main__":
    main()
