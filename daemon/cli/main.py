"""The `helpdesk` command line: parse arguments, load the config, run one command, set the exit code."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from daemon import redaction
from daemon.cli import (
    archive_commands,
    check_command,
    classifier_commands,
    mail_commands,
    moodle_commands,
    oauth2_commands,
    report_commands,
)
from daemon.cli.arguments import UsageError, load_args_config
from daemon.cli.ticket_json import ticket_detail, ticket_summary
from daemon.config import Config
from daemon.errors import ConfigError, HelpdeskError
from daemon.intake.other_channels import ChannelError, Note, is_message, keep_contact, note_message, record_response
from daemon.oauth2 import OAuth2RefusedError
from daemon.pipeline.outcome import Outcome
from daemon.progress import Progress
from daemon.runtime.config_fault import tell_staff
from daemon.runtime.service import Service
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import App, build_app
from storage import queries
from storage.engine import error_line, make_engine, upgrade
from storage.models import Ticket, TicketStatus

# A message received longer ago than this is history being loaded: its replies are recorded, not sent.
HISTORY_AGE = timedelta(days=1)

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="helpdesk", description="P4M Helpdesk: e-mail ticketing daemon.")
    parser.add_argument("--config", help="config file (default: $HELPDESK_CONFIG)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug lines")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("run", help="the daemon: intake loop and jobs until SIGTERM")
    poll = commands.add_parser("poll", help="one intake pass and one outbox pass, then exit")
    poll.add_argument("--once", action="store_true", help="run one pass (the only mode)")
    ingest = commands.add_parser("ingest", help="store raw messages as if they had arrived")
    ingest.add_argument("files", nargs="*", default=["-"], metavar="FILE", help="message files, or - for stdin")
    ingest.add_argument("--channel", default="email", help="email, whatsapp, phone, walk-in, ...")
    ingest.add_argument("--received-at", help="ISO 8601 arrival time (default: now)")
    mailing = ingest.add_mutually_exclusive_group()
    mailing.add_argument(
        "--no-mail", action="store_true", help="record the replies this would send without sending them"
    )
    mailing.add_argument(
        "--send-mail",
        action="store_true",
        help="send the replies even for a message received more than a day ago (withheld by default)",
    )
    ingest.add_argument("--from", dest="sender", help="a plain note's requester: phone number or e-mail address")
    ingest.add_argument("--name", default="", help="a plain note's requester's name")
    ingest.add_argument("--subject", default="", help="a plain note's subject (default: its first line)")
    tickets = commands.add_parser("tickets", help="what is in the record")
    ticket_commands = tickets.add_subparsers(dest="tickets_command", required=True, metavar="ACTION")
    listing = ticket_commands.add_parser("list", help="all tickets, or those with one status")
    listing.add_argument("--status", choices=[status.value for status in TicketStatus])
    listing.add_argument("--json", action="store_true")
    show = ticket_commands.add_parser("show", help="one ticket with its messages and events")
    show.add_argument("number", type=int)
    show.add_argument("--json", action="store_true")
    respond = ticket_commands.add_parser("respond", help="record a first response given outside mail")
    respond.add_argument("number", type=int)
    respond.add_argument("--at", required=True, help="ISO 8601 time of the response")
    respond.add_argument("--channel", required=True, help="phone, whatsapp, desk, ...")
    respond.add_argument("--by", default="", help="who responded")
    db = commands.add_parser("db", help="database schema")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help="apply migrations")
    commands.add_parser("check", help="validate config, reach storage, mailbox and mail server")
    for group in (
        classifier_commands,
        report_commands,
        archive_commands,
        moodle_commands,
        oauth2_commands,
        mail_commands,
    ):
        group.add_commands(commands)
    return parser


def cmd_run(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    app = build_app(config)
    try:
        Service(app, app.source()).run()
    except OAuth2RefusedError as error:
        tell_staff(config, error)
        raise
    return 0


_OUTCOME_WORDS = {
    Outcome.NEW_TICKET: "new ticket(s)",
    Outcome.FOLLOWUP: "follow-up(s) on a ticket",
    Outcome.SCREENED: "screened out (machine mail)",
    Outcome.DUPLICATE: "already stored",
    Outcome.QUARANTINED: "quarantined",
}


def cmd_poll(args: argparse.Namespace) -> int:
    app = build_app(load_args_config(args))
    intake, outbox = Service(app, app.source()).poll_once()
    counts = dict(intake.counts)
    taken = ", ".join(f"{counts[outcome]} {words}" for outcome, words in _OUTCOME_WORDS.items() if outcome in counts)
    print(
        f"intake: {taken or 'nothing new'}; outbox: sent {outbox.sent}, "
        f"retrying {outbox.retrying}, failed {outbox.failed}"
    )
    print(f"outbox: {check_command.waiting_retries(app.engine, app.config.helpdesk.zone)}")
    return 0


def _moment(text: str, option: str, config: Config) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: not an ISO 8601 time: {text!r}") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=config.helpdesk.zone)


def cmd_ingest(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    app = build_app(config)
    received = _moment(args.received_at, "--received-at", config) if args.received_at else app.clock.now()
    if args.sender or args.channel != "email":
        return _ingest_note(args, config, app, received)
    unread = 0
    # Loading a history must not mail people about requests they made years ago.
    withhold = args.no_mail or (not args.send_mail and received < app.clock.now() - HISTORY_AGE)
    with Session(app.engine) as session:
        queued_before = queries.last_outbox_id(session)
    touched: set[int] = set()
    with Progress("ingest", len(args.files), "message") as progress:
        for name in args.files:
            try:
                raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            except OSError as error:
                unread += 1
                print(f"helpdesk ingest: {name}: {error.strerror}; not stored", file=sys.stderr)
                continue
            result = app.pipeline.ingest(IncomingMail(raw, received, None, args.channel))
            if result.ticket_id is not None:
                touched.add(result.ticket_id)
            number = f" #{result.ticket_id}" if result.ticket_id else ""
            print(f"{result.outcome.value}{number} {result.message_id} {result.detail}".rstrip())
            progress.advance()
    if withhold:
        with Session(app.engine) as session:
            withheld = queries.withhold_outbox_items(session, touched, queued_before)
            session.commit()
        if withheld:
            print(f"{withheld} reply(ies) recorded, not sent (--received-at is in the past; --send-mail sends them)")
    app.outbox.run_pass()
    return 1 if unread else 0


def _ingest_note(args: argparse.Namespace, config: Config, app: App, received: datetime) -> int:
    """A request taken by WhatsApp, phone or at the desk: a message file, or a plain note with --from."""
    if args.channel == "email":
        raise UsageError("ingest --from: a plain note needs --channel (whatsapp, phone, desk, ...)")
    if len(args.files) != 1:
        raise UsageError(f"ingest --channel {args.channel}: one file (or -) at a time")
    name = args.files[0]
    try:
        raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        raise UsageError(f"ingest: {name}: {error.strerror}") from None
    note = None
    if args.sender or not is_message(raw):
        if not args.sender:
            raise UsageError(f"ingest --channel {args.channel}: a plain note needs --from PHONE_OR_ADDRESS")
        note = Note(args.channel, args.sender, raw.decode("utf-8", "replace"), args.name, args.subject)
        try:
            raw = note_message(note, received, f"<note.{app.outgoing.writer.tokens.token()}@{config.helpdesk.domain}>")
        except ChannelError as error:
            raise UsageError(f"ingest: {error}") from None
    result = app.pipeline.ingest(IncomingMail(raw, received, None, args.channel))
    if note is not None and result.ticket_id:
        with Session(app.engine) as session:
            keep_contact(session, result.ticket_id, note)
            session.commit()
    app.outbox.run_pass()
    number = f" #{result.ticket_id}" if result.ticket_id else ""
    if note is not None and result.ticket_id:
        tag = f"[{config.helpdesk.tag} #{result.ticket_id}]"
        print(f"{result.outcome.value}{number} {tag} ({args.channel} {note.contact}): give the requester {tag}")
    else:
        print(f"{result.outcome.value}{number} {result.message_id} {result.detail}".rstrip())
    return 0


def _respond(args: argparse.Namespace, config: Config, app: App) -> int:
    at = _moment(args.at, "--at", config)
    with Session(app.engine) as session:
        ticket = session.get(Ticket, args.number)
        if ticket is None:
            raise UsageError(f"tickets respond: no ticket #{args.number}")
        try:
            first = record_response(session, ticket, at, args.channel, args.by, config.calendar(), app.clock.now())
        except ChannelError as error:
            raise UsageError(f"tickets respond: {error}") from None
        session.commit()
        minutes = ticket.response_minutes_wall
    verdict = "recorded as the first response" if first else "recorded; an earlier first response stands"
    print(f"ticket #{args.number}: response by {args.channel} {verdict} ({minutes} min after arrival)")
    return 0


def cmd_tickets(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    app = build_app(config, mail=False)
    zone = config.helpdesk.zone
    if args.tickets_command == "respond":
        return _respond(args, config, app)
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
    config = load_args_config(args)
    before, after = upgrade(make_engine(config.database_url))
    print(f"schema {before or 'empty'} -> {after}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    return check_command.run_checks(load_args_config(args))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": cmd_run,
    "poll": cmd_poll,
    "ingest": cmd_ingest,
    "tickets": cmd_tickets,
    "db": cmd_db,
    "check": cmd_check,
    **classifier_commands.COMMANDS,
    **report_commands.COMMANDS,
    **archive_commands.COMMANDS,
    **moodle_commands.COMMANDS,
    **oauth2_commands.COMMANDS,
    **mail_commands.COMMANDS,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    redaction.install()
    for noisy in ("alembic", "matplotlib", "mailparser"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return COMMANDS[args.command](args)
    except (ConfigError, UsageError) as error:
        print(f"helpdesk: {redaction.redact(str(error))}", file=sys.stderr)
        return 2
    except (HelpdeskError, OSError) as error:
        print(f"helpdesk {args.command}: {redaction.redact(str(error))}", file=sys.stderr)
        return 1
    except SQLAlchemyError as error:
        print(f"helpdesk {args.command}: {redaction.redact(error_line(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1


if __name__ == "__main__":
    sys.exit(main())
