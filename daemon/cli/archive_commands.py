"""The `helpdesk` commands about the institution's archive: export a thread or a year's register, purge by retention."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from sqlmodel import Session

from daemon.cli.arguments import UsageError, load_args_config
from daemon.clock import SystemClock
from daemon.errors import ConfigError, SchemaOutdatedError
from daemon.records.export import ExportError, export_register, export_thread
from daemon.records.mail_copies import copy_remover
from daemon.records.probe_log import purge_probe_log_now
from daemon.records.purge_plan import CopyRemover, plan_purge
from daemon.records.purging import run_purge
from daemon.wiring.app import build_app
from storage.engine import make_engine, schema_problem


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
                count = export_register(session, config, args.year, out, app.clock.now(), args.lang, args.csv_dialect)
                print(f"register {args.year}: {count} request(s) written to {out}")
    except ExportError as error:
        raise UsageError(str(error)) from None
    return 0


DRY_RUN_LINES = 20


def cmd_purge(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    engine = make_engine(config.database_url, config.storage.busy_timeout_seconds)
    if problem := schema_problem(engine):
        raise SchemaOutdatedError(problem)
    now = SystemClock().now()
    with Session(engine) as session:
        plan = plan_purge(session, now, config.storage.retention_years)
    if args.dry_run:
        print(f"would purge {len(plan.ticket_numbers)} ticket(s) done before {plan.cutoff:%Y-%m-%d}")
        for year, count in plan.per_year():
            print(f"  {year}: {count}")
        print(f"and {plan.loose_messages} message(s) outside tickets (machine or quarantined mail)")
        shown = plan.candidates if args.list else plan.candidates[:DRY_RUN_LINES]
        for candidate in shown:
            print(f"  #{candidate.number} done {candidate.finished_at.astimezone(config.helpdesk.zone):%Y-%m-%d}")
        if len(shown) < len(plan.candidates):
            print(f"  ... and {len(plan.candidates) - len(shown)} more (--list shows them all)")
        return 0
    try:
        remover = copy_remover(config)
    except ConfigError as error:
        print(f"helpdesk purge: mailbox copies will not be deleted: {error}", file=sys.stderr)
        remover = CopyRemover()
    report = run_purge(engine, plan, now, remover)
    probes = purge_probe_log_now(engine, config, now)
    print(
        f"purged {report.tickets} ticket(s), {report.messages} message(s) and {report.mailbox_copies} mailbox "
        f"cop{'y' if report.mailbox_copies == 1 else 'ies'} done before {plan.cutoff:%Y-%m-%d}"
    )
    print(f"deleted {probes} probe result(s) older than that; their days stay as availability figures")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export": cmd_export,
    "purge": cmd_purge,
}
