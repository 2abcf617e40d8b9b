"""The `helpdesk ingest` command: store message files, or notes taken by phone or at the desk, as arrived mail."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import Session

from daemon.cli.arguments import UsageError, load_args_config, moment_argument
from daemon.config import Config
from daemon.intake.other_channels import ChannelError, Note, is_message, keep_contact, note_message
from daemon.progress import Progress
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import App, build_app
from storage import queries

# A message received longer ago than this is history being loaded: its replies are recorded, not sent.
HISTORY_AGE = timedelta(days=1)


def cmd_ingest(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    app = build_app(config)
    received = moment_argument(args.received_at, "--received-at", config) if args.received_at else app.clock.now()
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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"ingest": cmd_ingest}
