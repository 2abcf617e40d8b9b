"""What a purge will remove: tickets done before the retention cutoff and stray mail, and what a run reports."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from storage.mail_tables import StoredMessage
from storage.models import Ticket, TicketStatus

DONE = (TicketStatus.CLOSED, TicketStatus.RESOLVED, TicketStatus.SPAM)


@dataclass(frozen=True)
class PurgeCandidate:
    number: int
    finished_at: datetime


@dataclass(frozen=True)
class PurgePlan:
    cutoff: datetime
    candidates: tuple[PurgeCandidate, ...]
    loose_messages: int

    @property
    def ticket_numbers(self) -> tuple[int, ...]:
        return tuple(candidate.number for candidate in self.candidates)

    def per_year(self) -> tuple[tuple[int, int], ...]:
        """(year the ticket was done, tickets), oldest year first."""
        return tuple(sorted(Counter(candidate.finished_at.year for candidate in self.candidates).items()))


@dataclass(frozen=True)
class MailCopies:
    """Where copies of a batch's mail may lie outside the record: mailbox references and Message-IDs."""

    incoming_refs: tuple[str, ...]
    incoming_ids: tuple[str, ...]
    outgoing_ids: tuple[str, ...]


@dataclass(frozen=True)
class PurgeReport:
    tickets: int
    messages: int
    first_number: int | None
    last_number: int | None
    mailbox_copies: int = 0
    longest_batch_seconds: float = 0.0


class CopyRemover:
    """Deletes copies of purged mail kept elsewhere (mailbox folders, the outgoing Maildir); returns the count."""

    def remove(self, copies: MailCopies) -> int:
        return 0

    def close(self) -> None:
        """Give back connections and indexes."""


def cutoff_for(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def plan_purge(session: Session, now: datetime, years: int) -> PurgePlan:
    """Tickets done (closed, resolved or spam) before the cutoff, and stray machine/quarantined mail."""
    cutoff = cutoff_for(now, years)
    finished = func.coalesce(col(Ticket.closed_at), col(Ticket.resolved_at))
    rows = session.exec(
        select(Ticket.id, finished).where(col(Ticket.status).in_(DONE), finished < cutoff).order_by(col(Ticket.id))
    ).all()
    loose = session.exec(
        select(func.count())
        .select_from(StoredMessage)
        .where(col(StoredMessage.ticket_id).is_(None), col(StoredMessage.received_at) < cutoff)
    ).one()
    candidates = tuple(PurgeCandidate(number, at) for number, at in rows if number is not None)
    return PurgePlan(cutoff, candidates, int(loose))
