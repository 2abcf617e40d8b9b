"""The `helpdesk` command line: parse arguments, load the config, run one command, set the exit code."""

from __future__ import annotations

import argparse
import base64
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from daemon import checks
from daemon.app import build_app
from daemon.config import CONFIG_ENV, Config, config_path_from, load_config
from daemon.digest import CHART_CID, build_digest, queue_digest
from daemon.errors import ConfigError, TransientError
from daemon.evaluation import evaluate, format_report, predict
from daemon.export import ExportError, export_register, export_thread
from daemon.records import IncomingMail
from daemon.retention import execute_purge, plan_purge
from daemon.service import Service
from daemon.views import ticket_detail, ticket_summary
from parsers.automail import ScreeningContext
from storage import queries
from storage.engine import make_engine, upgrade
from storage.models import Ticket

log = logging.getLogger(__name__)


class UsageError(Exception):
    """Bad arguments: exit 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="helpdesk", description="P4M Helpdesk: e-mail ticketing daemon.")
    parser.add_argument("--config", help="config file (default: $HELPDESK_CONFIG)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug lines")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("run", help="the daemon: intake loop and jobs until SIGTERM")
    poll = commands.add_parser("poll", help="one intake pass and one outbox pass, then exit")
    poll.add_argument("--once", action="store_true", help="run one pass (the only mode)")
    ingest = commands.add_parser("ingest", help="store one raw message as if it had arrived")
    ingest.add_argument("file", nargs="?", default="-", help="message file, or - for stdin")
    ingest.add_argument("--channel", default="email", help="email, whatsapp, phone, walk-in, ...")
    ingest.add_argument("--received-at", help="ISO 8601 arrival time (default: now)")
    classify_cmd = commands.add_parser("classify", help="type, confidence, reasons and fields of message files")
    classify_cmd.add_argument("files", nargs="+")
    classify_cmd.add_argument("--json", action="store_true")
    digest = commands.add_parser("digest", help="the monthly digest: print, write, send or show as JSON")
    digest.add_argument("--month", required=True, help="YYYY-MM")
    digest_mode = digest.add_mutually_exclusive_group()
    digest_mode.add_argument("--send", action="store_true", help="mail it to digest.recipients now")
    digest_mode.add_argument("--out", help="write the HTML (chart embedded) to this file")
    digest_mode.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluation = commands.add_parser("eval", help="classifier quality against DIR/labels.json")
    evaluation.add_argument("directory")
    evaluation.add_argument("--json", action="store_true")
    tickets = commands.add_parser("tickets", help="what is in the record")
    ticket_commands = tickets.add_subparsers(dest="tickets_command", required=True, metavar="ACTION")
    listing = ticket_commands.add_parser("list", help="all tickets, or those with one status")
    listing.add_argument("--status")
    listing.add_argument("--json", action="store_true")
    show = ticket_commands.add_parser("show", help="one ticket with its messages and events")
    show.add_argument("number", type=int)
    show.add_argument("--json", action="store_true")
    db = commands.add_parser("db", help="database schema")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help="apply migrations")
    commands.add_parser("check", help="validate config, reach storage, mailbox and mail server")
    purge = commands.add_parser(
        "purge", help="retention: delete tickets closed longer ago than storage.retention_years"
    )
    purge.add_argument("--dry-run", action="store_true", help="list what would go, delete nothing")
    return parser


def _config(args: argparse.Namespace) -> Config:
    return load_config(config_path_from(args.config))


def cmd_run(args: argparse.Namespace) -> int:
    app = build_app(_config(args))
    Service(app, app.source()).run()
    return 0


def cmd_poll(args: argparse.Namespace) -> int:
    app = build_app(_config(args))
    source = app.source()
    source.open()
    service = Service(app, source)
    try:
        intake, outbox = service.one_pass(all_jobs=True)
    finally:
        source.close()
        if service.sent_watch is not None:
            service.sent_watch.close()
    print(
        f"intake: {dict(intake.counts) or 'nothing new'}; outbox: sent {outbox.sent}, "
        f"retrying {outbox.retrying}, failed {outbox.failed}"
    )
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    config = _config(args)
    app = build_app(config)
    raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    received = app.clock.now()
    if args.received_at:
        try:
            received = datetime.fromisoformat(args.received_at)
        except ValueError:
            raise UsageError(f"--received-at: not an ISO 8601 time: {args.received_at!r}") from None
        if received.tzinfo is None:
            received = received.replace(tzinfo=config.helpdesk.zone)
    result = app.pipeline.ingest(IncomingMail(raw, received, None, args.channel))
    app.outbox.run_pass()
    number = f" #{result.ticket_id}" if result.ticket_id else ""
    print(f"{result.outcome.value}{number} {result.message_id} {result.detail}".rstrip())
    return 0


def _screening(config: Config) -> ScreeningContext:
    return ScreeningContext(frozenset({config.helpdesk.address}), config.helpdesk.address)


def cmd_classify(args: argparse.Namespace) -> int:
    config = _config(args)
    context = _screening(config)
    predictions = [predict(Path(name), config.helpdesk.tag, context) for name in args.files]
    if args.json:
        rows = [
            {
                "file": p.file,
                "type": p.type,
                "confidence": p.confidence,
                "reasons": list(p.reasons),
                "fields": p.fields,
            }
            for p in predictions
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for p in predictions:
            print(f"{p.file}: {p.type} ({p.confidence:.2f}) {json.dumps(p.fields, ensure_ascii=False)}")
            print(f"    {'; '.join(p.reasons[:3])}")
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    try:
        year, month = (int(part) for part in args.month.split("-"))
        if not 1 <= month <= 12:
            raise ValueError
    except ValueError:
        raise UsageError(f"digest --month: expected YYYY-MM, not {args.month!r}") from None
    config = _config(args)
    app = build_app(config)
    planner = app.pipeline.planner
    with Session(app.engine) as session:
        digest = build_digest(session, config, config.calendar(), planner.renderer, year, month, app.clock.now())
        if args.send:
            if not config.digest.recipients:
                raise UsageError("digest --send: digest.recipients is empty in the config")
            queue_digest(session, planner, digest, config.digest.recipients)
            session.commit()
    if args.json:
        print(json.dumps(digest.figures.as_json(), ensure_ascii=False, indent=2))
    elif args.out:
        picture = base64.b64encode(digest.chart_png).decode()
        html = digest.html.replace(f"cid:{CHART_CID}", f"data:image/png;base64,{picture}")
        Path(args.out).write_text(html, encoding="utf-8")
        print(f"digest {args.month} written to {args.out}")
    elif args.send:
        report = app.outbox.run_pass()
        print(f"digest {args.month} queued to {', '.join(config.digest.recipients)}; sent {report.sent}")
    else:
        print(digest.text)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    config = _config(args) if args.config or os.environ.get(CONFIG_ENV) else Config()
    directory = Path(args.directory)
    if not (directory / "labels.json").exists():
        raise UsageError(f"eval: no labels.json in {directory}")
    report = evaluate(directory, config.helpdesk.tag, _screening(config))
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_report(report))
    return 0


def cmd_tickets(args: argparse.Namespace) -> int:
    config = _config(args)
    app = build_app(config)
    zone = config.helpdesk.zone
    with Session(app.engine) as session:
        if args.tickets_command == "list":
            rows = [
                ticket_summary(ticket, config.helpdesk.tag, zone) for ticket in queries.tickets(session, args.status)
            ]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                for row in rows:
                    print(
                        f"{row['tag']:<14} {row['status']:<9} {row['type']:<18} {row['created_at']}  "
                        f"{row['requester']:<40} {row['subject']}"
                    )
                print(f"{len(rows)} ticket(s)")
            return 0
        ticket = session.get(Ticket, args.number)
        if ticket is None:
            raise UsageError(f"tickets show: no ticket #{args.number}")
        detail = ticket_detail(session, ticket, config.helpdesk.tag, zone)
    if args.json:
        print(json.dumps(detail, ensure_ascii=False, indent=2))
    else:
        for key, value in detail.items():
            if key not in ("messages", "events"):
                print(f"{key:>18}: {value}")
        for message in detail["messages"]:
            print(
                f"  {message['at']} {message['direction']:>3} {message['kind']:<12} {message['from']} "
                f"-> {message['to']}: {message['subject']}"
            )
        for event in detail["events"]:
            print(f"  {event['at']} {event['kind']:<12} {event['actor']} {event['detail']}")
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    config = _config(args)
    before, after = upgrade(make_engine(config.database_url))
    print(f"schema {before or 'empty'} -> {after}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if (args.number is None) == (args.year is None):
        raise UsageError("export: give a ticket number or --year YYYY")
    config = _config(args)
    app = build_app(config)
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
    config = _config(args)
    app = build_app(config)
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


def cmd_check(args: argparse.Namespace) -> int:
    return checks.run_checks(_config(args))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": cmd_run,
    "eval": cmd_eval,
    "digest": cmd_digest,
    "purge": cmd_purge,
    "export": cmd_export,
    "poll": cmd_poll,
    "ingest": cmd_ingest,
    "classify": cmd_classify,
    "tickets": cmd_tickets,
    "db": cmd_db,
    "check": cmd_check,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        return COMMANDS[args.command](args)
    except (ConfigError, UsageError) as error:
        print(f"helpdesk: {error}", file=sys.stderr)
        return 2
    except (TransientError, OSError) as error:
        print(f"helpdesk {args.command}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1


if __name__ == "__main__":
    sys.exit(main())
