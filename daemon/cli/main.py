"""The `helpdesk` command line: parse arguments, run one command, set the exit code."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from daemon import redaction
from daemon.cli.parser import build_parser

log = logging.getLogger(__name__)

# Which module of daemon.cli runs each command: imported only when its command runs (see daemon.cli.parser).
COMMAND_MODULES = {
    "run": "service_commands",
    "poll": "service_commands",
    "ingest": "ingest_command",
    "tickets": "ticket_commands",
    "db": "db_command",
    "check": "check_command",
    "classify": "classifier_commands",
    "eval": "classifier_commands",
    "examples": "examples_command",
    "digest": "report_commands",
    "report": "report_commands",
    "export": "archive_commands",
    "purge": "archive_commands",
    "moodle": "moodle_commands",
    "oauth2": "oauth2_commands",
    "quarantine": "mail_commands",
    "outbox": "mail_commands",
    "availability": "availability_commands",
    "maintenance": "availability_commands",
}


def command(name: str) -> Callable[[argparse.Namespace], int]:
    """The function that runs the command `name`, its module imported now."""
    handler: Callable[[argparse.Namespace], int] = importlib.import_module(
        f"daemon.cli.{COMMAND_MODULES[name]}"
    ).COMMANDS[name]
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # --help, --version and a usage mistake end here
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    redaction.install()
    for noisy in ("alembic", "matplotlib", "mailparser"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command; its errors become a message on stderr and exit code 2 (the configuration or the
    command line is wrong) or 1."""
    # Imported here rather than above, like each command's work: what they import (the config's validation,
    # SQLAlchemy, the calendar of holidays) is most of a second that `helpdesk --help` need not spend.
    from sqlalchemy.exc import SQLAlchemyError

    from daemon.cli.arguments import UsageError
    from daemon.errors import ConfigError, HelpdeskError

    try:
        return command(args.command)(args)
    except (ConfigError, UsageError) as error:
        print(f"helpdesk: {redaction.redact(str(error))}", file=sys.stderr)
        return 2
    except (HelpdeskError, OSError) as error:
        print(f"helpdesk {args.command}: {redaction.redact(str(error))}", file=sys.stderr)
        return 1
    except SQLAlchemyError as error:
        from storage.engine import error_line  # a command that reached the database has imported it

        print(f"helpdesk {args.command}: {redaction.redact(error_line(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1


if __name__ == "__main__":
    sys.exit(main())
