"""The `helpdesk` commands about the institution's archive: export a thread or a year's register, purge by retention."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlmodel import Session

from daemon.cli.arguments import UsageError, load_args_config
from daemon.records.export import ExportError, export_register, export_thread
from daemon.records.retention import execute_purge, plan_purge
from daemon.wiring.app import build_app


def add_commands(commands: Any) -> None:
    export = commands.add_parser("export", help="a thread as .eml/.mbox, or a year's register as .xlsx/.csv")
    export.add_argument("number", nargs="?", type=int, help="ticket number")
    export.add_argument("--year", type=int, help="the register of requests of this year")
    export.add_argument("--out", required=True, help="FILE.eml | FILE.mbox | FILE.xlsx | FILE.csv")
    purge = commands.add_parser("purge", help="retention: delete tickets done before storage.retention_years")
    purge.add_argument("--dry-run", action="store_true", help="list what would go, delete nothing")


def cmd_export(args: argparse.Namespace) -> int:
    if (args.number is None) == (args.year is None):
        raise UsageError("export: give a ticket number or --year YYYY")
    config = load_args_config(args)
    app = build_app(config, mail=False)
    out = Path(args.out)
    try:
        with Session(app.engine) as session:
            if args.number is not None:
                count = export_thread(session, args.number, out)
                print(f"ticket #{args.number}: {count} message(s) written to {out}")
            else:
                count = export_register(session, args.year, config.helpdesk.zone, out)
                print(f"register {args.year}: {count} request(s) written to {out}")
    except ExportError as error:
        raise UsageError(str(error)) from None
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    app = build_app(config, mail=False)
    now = app.clock.now()
    with Session(app.engine) as session:
        plan = plan_purge(session, now, config.storage.retention_years)
        numbers = ", ".join(f"#{number}" for number in plan.ticket_numbers) or "none"
        if args.dry_run:
            print(f"would purge {len(plan.ticket_numbers)} ticket(s) done before {plan.cutoff:%Y-%m-%d}: {numbers}")
            print(f"and {plan.loose_messages} message(s) outside tickets (machine or quarantined mail)")
            return 0
        report = execute_purge(session, plan, now)
        session.commit()
    print(f"purged {report.tickets} ticket(s) and {report.messages} message(s) done before {plan.cutoff:%Y-%m-%d}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export": cmd_export,
    "purge": cmd_purge,
}
