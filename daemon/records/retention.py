"""Purge tickets closed longer ago than the retention period, keeping only anonymous facts for the reports."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, or_, update
from sqlmodel import Session, col, select

from daemon.reports.ticket_facts import reopen_counts
from daemon.ticket_record import record_event
from storage.models import (
    Attachment,
    ClassifierExample,
    Event,
    EventKind,
    FieldExample,
    MoodleOperation,
    OutboxItem,
    PurgedTicket,
    StoredMessage,
    Ticket,
    TicketStatus,
)

log = logging.getLogger(__name__)
_DONE = (TicketStatus.CLOSED, TicketStatus.RESOLVED, TicketStatus.SPAM)


@dataclass(frozen=True)
class PurgePlan:
    cutoff: datetime
    ticket_numbers: tuple[int, ...]
    loose_messages: int


@dataclass(frozen=True)
class PurgeReport:
    tickets: int
    messages: int
    first_number: int | None
    last_number: int | None


def cutoff_for(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def plan_purge(session: Session, now: datetime, years: int) -> PurgePlan:
    """Tickets done (closed, resolved or spam) before the cutoff, and stray machine/quarantined mail."""
    cutoff = cutoff_for(now, years)
    finished = func.coalesce(col(Ticket.closed_at), col(Ticket.resolved_at))
    numbers = session.exec(
        select(Ticket.id).where(col(Ticket.status).in_(_DONE), finished < cutoff).order_by(col(Ticket.id))
    ).all()
    loose = session.exec(
        select(func.count())
        .select_from(StoredMessage)
        .where(col(StoredMessage.ticket_id).is_(None), col(StoredMessage.received_at) < cutoff)
    ).one()
    return PurgePlan(cutoff, tuple(number for number in numbers if number is not None), int(loose))


def _purge_messages(session: Session, message_ids: Sequence[int]) -> None:
    for start in range(0, len(message_ids), 500):
        chunk = list(message_ids[start : start + 500])
        session.execute(delete(Attachment).where(col(Attachment.message_row_id).in_(chunk)))
        session.execute(delete(OutboxItem).where(col(OutboxItem.message_row_id).in_(chunk)))
        session.execute(delete(StoredMessage).where(col(StoredMessage.id).in_(chunk)))


def execute_purge(session: Session, plan: PurgePlan, now: datetime) -> PurgeReport:
    """Delete everything personal of the planned tickets in one transaction; the facts stay."""
    numbers = list(plan.ticket_numbers)
    purged_messages = 0
    for start in range(0, len(numbers), 200):
        chunk = numbers[start : start + 200]
        reopened = reopen_counts(session, chunk)
        for ticket in session.exec(select(Ticket).where(col(Ticket.id).in_(chunk))).all():
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
        message_ids = [
            m
            for m in session.exec(select(StoredMessage.id).where(col(StoredMessage.ticket_id).in_(chunk))).all()
            if m is not None
        ]
        purged_messages += len(message_ids)
        session.execute(delete(OutboxItem).where(col(OutboxItem.ticket_id).in_(chunk)))
        _purge_messages(session, message_ids)
        session.execute(delete(Event).where(col(Event.ticket_id).in_(chunk)))
        session.execute(delete(ClassifierExample).where(col(ClassifierExample.ticket_id).in_(chunk)))
        session.execute(delete(FieldExample).where(col(FieldExample.ticket_id).in_(chunk)))
        session.execute(delete(MoodleOperation).where(col(MoodleOperation.ticket_id).in_(chunk)))
        session.execute(update(Ticket).where(col(Ticket.linked_ticket_id).in_(chunk)).values(linked_ticket_id=None))
        session.execute(delete(Ticket).where(col(Ticket.id).in_(chunk)))
    loose = [
        m
        for m in session.exec(
            select(StoredMessage.id).where(
                col(StoredMessage.ticket_id).is_(None), col(StoredMessage.received_at) < plan.cutoff
            )
        ).all()
        if m is not None
    ]
    _purge_messages(session, loose)
    session.execute(
        delete(Event).where(
            col(Event.ticket_id).is_(None),
            col(Event.at) < plan.cutoff,
            or_(col(Event.kind) == EventKind.QUARANTINED, col(Event.kind) == EventKind.ACK_SUPPRESSED),
        )
    )
    report = PurgeReport(
        len(numbers), purged_messages + len(loose), numbers[0] if numbers else None, numbers[-1] if numbers else None
    )
    record_event(
        session,
        at=now,
        kind=EventKind.PURGE,
        actor="retention",
        detail=json.dumps(
            {
                "tickets": report.tickets,
                "messages": report.messages,
                "first": report.first_number,
                "last": report.last_number,
                "closed_before": plan.cutoff.isoformat(),
            }
        ),
    )
    log.info(
        "retention: purged %d ticket(s) (#%s..#%s) and %d message(s) closed before %s",
        report.tickets,
        report.first_number,
        report.last_number,
        report.messages,
        plan.cutoff.date(),
    )
    return report
