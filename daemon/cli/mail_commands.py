"""The `helpdesk quarantine` and `helpdesk outbox` commands: mail that is stuck, and putting it through again."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from daemon.cli.arguments import UsageError, load_args_config
from daemon.cli.quarantined_copies import QuarantinedCopies
from daemon.pipeline.outcome import Outcome
from daemon.ticket_record import IncomingMail, record_event
from daemon.wiring.app import App, build_app
from storage import queries
from storage.mail_tables import OutboxItem, OutboxStatus
from storage.models import EventKind


def _wanted(args: argparse.Namespace, command: str) -> int | None:
    if (args.id is None) == (not args.all):
        raise UsageError(f"{command} retry: give an ID or --all")
    return None if args.all else int(args.id)


def _when(value: datetime | None, zone: ZoneInfo) -> str | None:
    return value.astimezone(zone).isoformat(timespec="seconds") if value else None


def cmd_quarantine(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    if args.quarantine_command == "list":
        app = build_app(config, mail=False)
        with Session(app.engine) as session:
            listed = [
                {
                    "id": row.id,
                    "received_at": _when(row.received_at, config.helpdesk.zone),
                    "size": row.size,
                    "channel": row.channel,
                    "mailbox_ref": row.source_ref,
                    "error": row.error or "",
                }
                for row in queries.quarantined_messages(session)
            ]
        if args.json:
            print(json.dumps(listed, ensure_ascii=False, indent=2))
        else:
            for item in listed:
                reason = (str(item["error"]).splitlines() or [""])[0]
                print(f"{item['id']:>6}  {item['received_at']}  {item['size']:>9} B  {reason}")
            print(f"{len(listed)} quarantined message(s)")
        return 0
    wanted = _wanted(args, "quarantine")
    app = build_app(config)
    with Session(app.engine) as session:
        rows = queries.quarantined_messages(session, wanted)
        mails = [
            (row.id, IncomingMail(row.raw, row.received_at, row.source_ref, row.channel)) for row in rows if row.id
        ]
    if wanted is not None and not mails:
        raise UsageError(f"quarantine retry: no quarantined message {wanted}")
    still = 0
    copies = QuarantinedCopies(app)
    try:
        for row_id, mail in mails:
            try:
                # As if new, in the transaction that removes it from quarantine: one ticket, whatever happens.
                result = app.pipeline.ingest(mail, replacing=row_id)
            except Exception as error:  # the cause is not fixed yet: it stays in quarantine, the others go on
                still += 1
                print(f"{row_id:>6}  still failing: {type(error).__name__}: {error}")
                continue
            number = f" #{result.ticket_id}" if result.ticket_id else ""
            print(f"{row_id:>6}  {result.outcome.value}{number} {result.message_id} {result.detail}".rstrip())
            if result.outcome is Outcome.QUARANTINED:
                still += 1
            else:
                print(f"{row_id:>6}  {copies.release(mail)}")
    finally:
        copies.close()
    _record(app, f"quarantine retry: {len(mails)} message(s), {still} still failing; {copies.summary()}")
    report = app.outbox.run_pass()
    print(f"{len(mails)} message(s) retried, {still} still in quarantine; outbox: sent {report.sent}")
    return 1 if still else 0


def cmd_outbox(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    zone = config.helpdesk.zone
    if args.outbox_command == "list":
        app = build_app(config, mail=False)
        with Session(app.engine) as session:
            rows = [_item_row(item, zone) for item in queries.unsent_outbox_items(session, failed_only=args.failed)]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            for row in rows:
                ticket = f"#{row['ticket']}" if row["ticket"] else "-"
                print(
                    f"{row['id']:>6}  {row['status']:<8} {ticket:>6} {row['kind']:<12} {row['attempts']:>2} attempt(s)"
                    f"  next {row['next_attempt_at']}  to {', '.join(row['recipients'])}  {row['last_error'] or ''}"
                )
            print(f"{len(rows)} message(s)")
        return 0
    wanted = _wanted(args, "outbox")
    app = build_app(config)
    now = app.clock.now()
    with Session(app.engine) as session:
        items = [item for item in queries.unsent_outbox_items(session) if wanted in (None, item.id)]
        if wanted is not None and not items:
            raise UsageError(f"outbox retry: no unsent outgoing message {wanted}")
        for item in items:
            # A fresh count: the operator fixed the cause, so the message gets every attempt again.
            item.status, item.attempts, item.next_attempt_at = OutboxStatus.PENDING, 0, now
            session.add(item)
        record_event(session, at=now, kind=EventKind.OUTBOX_RETRY, detail=f"{len(items)} message(s) queued again")
        session.commit()
    report = app.outbox.run_pass()
    print(
        f"{len(items)} message(s) queued again; sent {report.sent}, retrying {report.retrying}, failed {report.failed}"
    )
    return 0 if not report.failed else 1


def _item_row(item: OutboxItem, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "id": item.id,
        "ticket": item.ticket_id,
        "kind": item.kind,
        "status": item.status,
        "recipients": [address for address in item.recipients.split("\n") if address],
        "attempts": item.attempts,
        "next_attempt_at": _when(item.next_attempt_at, zone) if item.status == OutboxStatus.PENDING else None,
        "last_error": item.last_error,
        "created_at": _when(item.created_at, zone),
    }


def _record(app: App, detail: str) -> None:
    with Session(app.engine) as session:
        record_event(session, at=app.clock.now(), kind=EventKind.QUARANTINE_RETRY, detail=detail)
        session.commit()


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"quarantine": cmd_quarantine, "outbox": cmd_outbox}
