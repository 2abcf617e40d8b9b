"""The `helpdesk tickets` command: list and show what is in the record, and record a response given outside mail."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from sqlmodel import Session

from daemon.cli.arguments import UsageError, load_args_config, moment_argument
from daemon.cli.ticket_json import ticket_detail, ticket_summary
from daemon.config import Config
from daemon.intake.other_channels import ChannelError, record_response
from daemon.wiring.app import App, build_app
from storage import queries
from storage.models import Ticket


def _respond(args: argparse.Namespace, config: Config, app: App) -> int:
    at = moment_argument(args.at, "--at", config)
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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"tickets": cmd_tickets}
