"""The `helpdesk availability` and `helpdesk maintenance add` commands."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from daemon.cli.arguments import UsageError, load_args_config, moment_argument
from daemon.config import Config
from daemon.records.probe_log import roll_up_again
from daemon.reports.availability_figures import ServiceFigures
from daemon.reports.availability_periods import local_start, period_figures
from daemon.reports.availability_section import duration, realised, status
from daemon.wiring.app import build_app
from daemon.wording import Wording
from storage.availability import MaintenanceWindow


def _period(args: argparse.Namespace, config: Config, now: datetime) -> tuple[str, datetime, datetime]:
    if args.year is not None:
        return (
            str(args.year),
            local_start(date(args.year, 1, 1), config),
            local_start(date(args.year + 1, 1, 1), config),
        )
    local = now.astimezone(config.helpdesk.zone)
    month = args.month or f"{local.year:04d}-{local.month:02d}"
    found = re.fullmatch(r"(\d{4})-(0[1-9]|1[0-2])", month)
    if found is None:
        raise UsageError(f"availability --month: expected YYYY-MM, not {month!r}")
    year, number = int(found[1]), int(found[2])
    following = date(year + 1, 1, 1) if number == 12 else date(year, number + 1, 1)
    return month, local_start(date(year, number, 1), config), local_start(following, config)


def _as_json(figures: ServiceFigures, config: Config) -> dict[str, Any]:
    zone = config.helpdesk.zone
    return {
        "service": figures.service,
        "observed_pct": figures.observed_pct,
        "available_pct": figures.available_pct,
        "outages": [
            {
                "start": outage.start.astimezone(zone).isoformat(),
                "end": outage.end.astimezone(zone).isoformat() if outage.end else None,
                "minutes": outage.minutes,
                "error": outage.error,
            }
            for outage in figures.outages
        ],
    }


def cmd_availability(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    app = build_app(config)
    now = app.clock.now()
    label, start, end = _period(args, config, now)
    with Session(app.engine) as session:
        found = period_figures(session, config, start, end, now)
    if args.json:
        print(json.dumps([_as_json(figures, config) for figures in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(f"{label}: tidak diukur (belum ada [[availability.probe]] di konfigurasi dan belum ada hasil probe)")
    target = config.availability.target_pct
    words = Wording("id", config.helpdesk.zone)  # like the figures, which read "99,6 % dari 98,0 % waktu teramati"
    for figures in found:
        print(f"{label} {figures.service}: {realised(figures)} ({status(figures, target)}, target {target:g} %)")
        for outage in figures.outages:
            end_text = words.when(outage.end) if outage.end else "masih berlangsung"
            print(f"  gangguan {words.when(outage.start)} - {end_text} ({duration(outage.minutes)}): {outage.error}")
        for window in figures.maintenance:
            print(f"  pemeliharaan {words.when(window.start)} - {words.when(window.end)}: {window.note or '-'}")
    return 0


def cmd_maintenance(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    if config.availability.named(args.service) is None:
        known = ", ".join(probe.name for probe in config.availability.probe) or "none configured"
        raise UsageError(f"maintenance add --service: no probe named {args.service!r} (probes: {known})")
    start = moment_argument(args.start, "maintenance add --start", config)
    end = moment_argument(args.end, "maintenance add --end", config)
    if end <= start:
        raise UsageError("maintenance add --end: must be after --start")
    app = build_app(config)
    with Session(app.engine) as session:
        added = app.clock.now()
        session.add(MaintenanceWindow(service=args.service, start_at=start, end_at=end, note=args.note, added_at=added))
        session.flush()
        roll_up_again(session, config, args.service, start, end)  # past days already rolled up count it too
        session.commit()
    print(f"maintenance of {args.service} from {start.isoformat()} to {end.isoformat()} recorded")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "availability": cmd_availability,
    "maintenance": cmd_maintenance,
}
