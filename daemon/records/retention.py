"""Purge tickets closed longer ago than the retention period, in short batches, keeping anonymous facts for reports."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import TypeVar

from sqlalchemy import Engine, delete, func, or_, update
from sqlmodel import Session, col, select

from daemon.records.purge_plan import DONE, CopyRemover, MailCopies, PurgePlan, PurgeReport
from daemon.reports.ticket_facts import reopen_counts
from daemon.ticket_record import record_event
from storage.mail_tables import Attachment, OutboxItem, StoredMessage
from storage.models import (
    ClassifierExample,
    Direction,
    Event,
    EventKind,
    FieldExample,
    MoodleOperation,
    PurgedTicket,
    Ticket,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
# A batch's write transaction aims below this, so intake never waits on the purge for long (the target is 1 s).
BATCH_TARGET_SECONDS = 0.25
FIRST_BATCH = 100
MAX_BATCH = 1000
# Between batches the write lock is free for this long: SQLite does not queue writers, so without a gap the
# purge could take the lock again before a waiting intake transaction wakes up.
GAP_SECONDS = 0.05


def _message_rows(session: Session, numbers: Sequence[int], cutoff: datetime | None) -> list[tuple[int, str, str, str]]:
    """(row id, direction, Message-ID, mailbox reference) of the tickets' messages, or of loose ones before cutoff."""
    columns = select(StoredMessage.id, StoredMessage.direction, StoredMessage.message_id, StoredMessage.source_ref)
    if cutoff is None:
        query = columns.where(col(StoredMessage.ticket_id).in_(list(numbers)))
    else:
        query = (
            columns.where(col(StoredMessage.ticket_id).is_(None), col(StoredMessage.received_at) < cutoff)
            .order_by(col(StoredMessage.id))
            .limit(MAX_BATCH)
        )
    return [
        (row_id, direction, message_id, ref or "")
        for row_id, direction, message_id, ref in session.exec(query)
        if row_id
    ]


def _copies(rows: Sequence[tuple[int, str, str, str]]) -> MailCopies:
    incoming = [row for row in rows if row[1] == Direction.IN]
    return MailCopies(
        tuple(ref for _, _, _, ref in incoming if ref),
        tuple(message_id for _, _, message_id, _ in incoming),
        tuple(message_id for _, direction, message_id, _ in rows if direction == Direction.OUT),
    )


def _delete_messages(session: Session, message_ids: Sequence[int]) -> None:
    for start in range(0, len(message_ids), 500):
        chunk = list(message_ids[start : start + 500])
        session.execute(delete(Attachment).where(col(Attachment.message_row_id).in_(chunk)))
        session.execute(delete(OutboxItem).where(col(OutboxItem.message_row_id).in_(chunk)))
        session.execute(delete(StoredMessage).where(col(StoredMessage.id).in_(chunk)))


def _keep_facts(session: Session, numbers: list[int], now: datetime) -> None:
    reopened = reopen_counts(session, numbers)
    for ticket in session.exec(select(Ticket).where(col(Ticket.id).in_(numbers))).all():
        assert ticket.id is not None
        session.add(
            PurgedTicket(
                number=ticket.id,
                type=ticket.type,
                channel=ticket.channel,
                status=ticket.status,
                course_code=ticket.course_code,
                satisfaction=ticket.satisfaction,
                reopened=reopened.get(ticket.id, 0),
                created_at=ticket.created_at,
                acked_at=ticket.acked_at,
                first_response_at=ticket.first_response_at,
                resolved_at=ticket.resolved_at,
                closed_at=ticket.closed_at,
                response_minutes_wall=ticket.response_minutes_wall,
                response_minutes_working=ticket.response_minutes_working,
                purged_at=now,
            )
        )


def _still_done(session: Session, numbers: list[int], cutoff: datetime) -> list[int]:
    """The planned tickets that nothing reopened since the plan was made."""
    finished = func.coalesce(col(Ticket.closed_at), col(Ticket.resolved_at))
    query = select(Ticket.id).where(col(Ticket.id).in_(numbers), col(Ticket.status).in_(DONE), finished < cutoff)
    return [number for number in session.exec(query) if number is not None]


def _delete_tickets(session: Session, planned: list[int], cutoff: datetime, now: datetime) -> int:
    """One batch, inside the caller's transaction: the facts stay, everything personal goes; returns the count."""
    numbers = _still_done(session, planned, cutoff)
    if not numbers:
        return 0
    # Read again inside the transaction: a message may have reached one of these tickets since the copies were found.
    message_row_ids = [row[0] for row in _message_rows(session, numbers, None)]
    _keep_facts(session, numbers, now)
    session.execute(delete(OutboxItem).where(col(OutboxItem.ticket_id).in_(numbers)))
    _delete_messages(session, message_row_ids)
    session.execute(delete(Event).where(col(Event.ticket_id).in_(numbers)))
    session.execute(delete(ClassifierExample).where(col(ClassifierExample.ticket_id).in_(numbers)))
    session.execute(delete(FieldExample).where(col(FieldExample.ticket_id).in_(numbers)))
    session.execute(delete(MoodleOperation).where(col(MoodleOperation.ticket_id).in_(numbers)))
    session.execute(update(Ticket).where(col(Ticket.linked_ticket_id).in_(numbers)).values(linked_ticket_id=None))
    session.execute(delete(Ticket).where(col(Ticket.id).in_(numbers)))
    return len(numbers)


def _forget_loose_events(session: Session, cutoff: datetime) -> None:
    session.execute(
        delete(Event).where(
            col(Event.ticket_id).is_(None),
            col(Event.at) < cutoff,
            or_(col(Event.kind) == EventKind.QUARANTINED, col(Event.kind) == EventKind.ACK_SUPPRESSED),
        )
    )


class Purge:
    """Carries out a plan batch by batch, each batch its own short transaction, so intake keeps flowing."""

    def __init__(
        self,
        engine: Engine,
        remover: CopyRemover | None = None,
        on_batch: Callable[[int, int], None] | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.engine = engine
        self.remover = remover or CopyRemover()
        self.on_batch = on_batch or (lambda tickets, messages: None)
        self.should_stop = should_stop
        self.batch = FIRST_BATCH
        self.longest = 0.0
        self.copies_removed = 0

    def _timed_write(self, work: Callable[[Session], T]) -> T:
        started = time.monotonic()
        with Session(self.engine) as session:
            result = work(session)
            session.commit()
        took = time.monotonic() - started
        self.longest = max(self.longest, took)
        # Keep each transaction near the target whatever the machine and the tickets' size.
        if took > BATCH_TARGET_SECONDS:
            self.batch = max(10, self.batch // 2)
        elif took < BATCH_TARGET_SECONDS / 3:
            self.batch = min(MAX_BATCH, self.batch * 2)
        time.sleep(GAP_SECONDS)
        return result

    def _rows(self, numbers: Sequence[int], cutoff: datetime | None) -> list[tuple[int, str, str, str]]:
        with Session(self.engine) as session:
            return _message_rows(session, numbers, cutoff)

    def run(self, plan: PurgePlan, now: datetime) -> PurgeReport:
        """Mailbox copies go before the rows that name them: if the purge stops half-way, the record still has all."""
        numbers = list(plan.ticket_numbers)
        done: list[int] = []
        position = purged = messages = 0
        while position < len(numbers) and not self.should_stop():
            chunk = numbers[position : position + self.batch]
            position += len(chunk)
            rows = self._rows(chunk, None)
            self.copies_removed += self.remover.remove(_copies(rows))
            purged += self._timed_write(partial(_delete_tickets, planned=chunk, cutoff=plan.cutoff, now=now))
            done += chunk
            messages += len(rows)
            self.on_batch(len(chunk), len(rows))
        while not self.should_stop() and (rows := self._rows((), plan.cutoff)):
            self.copies_removed += self.remover.remove(_copies(rows))
            self._timed_write(partial(_delete_messages, message_ids=[row[0] for row in rows]))
            messages += len(rows)
            self.on_batch(0, len(rows))
        self._timed_write(partial(_forget_loose_events, cutoff=plan.cutoff))
        report = PurgeReport(
            purged,
            messages,
            done[0] if done else None,
            done[-1] if done else None,
            self.copies_removed,
            self.longest,
        )
        self._record(report, plan, now)
        return report

    def _record(self, report: PurgeReport, plan: PurgePlan, now: datetime) -> None:
        """Each purge is logged, in the record and in the log."""
        detail = {
            "tickets": report.tickets,
            "messages": report.messages,
            "first": report.first_number,
            "last": report.last_number,
            "mailbox_copies": report.mailbox_copies,
            "closed_before": plan.cutoff.isoformat(),
        }
        with Session(self.engine) as session:
            record_event(session, at=now, kind=EventKind.PURGE, actor="retention", detail=json.dumps(detail))
            session.commit()
        log.info(
            "retention: purged %d ticket(s) (#%s..#%s), %d message(s) and %d mailbox copies, closed before %s",
            report.tickets,
            report.first_number,
            report.last_number,
            report.messages,
            report.mailbox_copies,
            plan.cutoff.date(),
        )
