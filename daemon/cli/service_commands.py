"""The `helpdesk` commands that take mail in: run the daemon, or poll once."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from daemon.cli import check_command
from daemon.cli.arguments import load_args_config
from daemon.oauth2 import OAuth2RefusedError
from daemon.pipeline.outcome import Outcome
from daemon.runtime.config_fault import tell_staff
from daemon.runtime.service import Service
from daemon.wiring.app import build_app


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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": cmd_run,
    "poll": cmd_poll,
}
