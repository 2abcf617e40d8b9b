"""One shape for what the figures read of a ticket, whether it is still in the record or already purged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_
from sqlmodel import Session, col, func, select

from storage.models import Event, PurgedTicket, Ticket, TicketStatus


@dataclass(frozen=True)
class TicketFacts:
    number: int
    type: str
    channel: str
    status: str
    course_code: str | None
    satisfaction: int | None
    reopened: int
    created_at: datetime
    acked_at: datetime | None
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    response_minutes_wall: float | None
    response_minutes_working: float | None


def reopen_counts(session: Session, ids: list[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        rows = session.exec(
            select(Event.ticket_id, func.count())
            .where(
                col(Event.ticket_id).in_(ids[start : start + 500]),
                or_(col(Event.kind) == "reopened", col(Event.detail).contains("reopened from")),
            )
            .group_by(col(Event.ticket_id))
        ).all()
        counts.update({int(ticket_id): int(count) for ticket_id, count in rows if ticket_id is not None})
    return counts


def facts_of(ticket: Ticket, reopened: int) -> TicketFacts:
    return TicketFacts(
        ticket.id or 0,
        ticket.type,
        ticket.channel,
        ticket.status,
        ticket.course_code,
        ticket.satisfaction,
        reopened,
        ticket.created_at,
        ticket.acked_at,
        ticket.first_response_at,
        ticket.resolved_at,
        ticket.closed_at,
        ticket.response_minutes_wall,
        ticket.response_minutes_working,
    )


def facts_between(session: Session, start: datetime, end: datetime) -> list[TicketFacts]:
    """Human requests (spam excluded) that arrived in [start, end), live and purged, by number."""
    live = session.exec(
        select(Ticket).where(
            col(Ticket.created_at) >= start, col(Ticket.created_at) < end, Ticket.status != TicketStatus.SPAM
        )
    ).all()
    reopened = reopen_counts(session, [ticket.id for ticket in live if ticket.id is not None])
    facts = [facts_of(ticket, reopened.get(ticket.id or 0, 0)) for ticket in live]
    purged = session.exec(
        select(PurgedTicket).where(
            col(PurgedTicket.created_at) >= start,
            col(PurgedTicket.created_at) < end,
            PurgedTicket.status != TicketStatus.SPAM,
        )
    ).all()
    facts.extend(
        TicketFacts(
            row.number,
            row.type,
            row.channel,
            row.status,
            row.course_code,
            row.satisfaction,
            row.reopened,
            row.created_at,
            row.acked_at,
            row.first_response_at,
            row.resolved_at,
            row.closed_at,
            row.response_minutes_wall,
            row.response_minutes_working,
        )
        for row in purged
    )
    return sorted(facts, key=lambda item: item.number)


def backlog_at(session: Session, end: datetime) -> int:
    """Requests that had arrived before `end` and were neither resolved nor closed by then."""
    total = 0
    for table in (Ticket, PurgedTicket):
        total += int(
            session.exec(
                select(func.count())
                .select_from(table)
                .where(
                    col(table.created_at) < end,
                    table.status != TicketStatus.SPAM,
                    (col(table.resolved_at).is_(None)) | (col(table.resolved_at) >= end),
                    (col(table.closed_at).is_(None)) | (col(table.closed_at) >= end),
                )
            ).one()
        )
    return total
