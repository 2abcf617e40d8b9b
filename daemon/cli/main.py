"""The `helpdesk` command line: parse arguments, load the config, run one command, set the exit code."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from sqlalchemy.exc import SQLAlchemyError

from daemon import redaction
from daemon.cli import (
    archive_commands,
    availability_commands,
    check_command,
    classifier_commands,
    ingest_command,
    mail_commands,
    moodle_commands,
    oauth2_commands,
    report_commands,
    ticket_commands,
)
from daemon.cli.arguments import UsageError, load_args_config
from daemon.errors import ConfigError, HelpdeskError
from daemon.oauth2 import OAuth2RefusedError
from daemon.pipeline.outcome import Outcome
from daemon.runtime.config_fault import tell_staff
from daemon.runtime.service import Service
from daemon.wiring.app import build_app
from storage.engine import error_line, make_engine, upgrade

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="helpdesk", description="P4M Helpdesk: e-mail ticketing daemon.")
    parser.add_argument("--config", help="config file (default: $HELPDESK_CONFIG)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug lines")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("run", help="the daemon: intake loop and jobs until SIGTERM")
    poll = commands.add_parser("poll", help="one intake pass and one outbox pass, then exit")
    poll.add_argument("--once", action="store_true", help="run one pass (the only mode)")
    ingest_command.add_commands(commands)
    ticket_commands.add_commands(commands)
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
        availability_commands,
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
    **ingest_command.COMMANDS,
    **ticket_commands.COMMANDS,
    "db": cmd_db,
    "check": cmd_check,
    **classifier_commands.COMMANDS,
    **report_commands.COMMANDS,
    **archive_commands.COMMANDS,
    **moodle_commands.COMMANDS,
    **oauth2_commands.COMMANDS,
    **availability_commands.COMMANDS,
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
