"""Evidence for B.1.3.4.15.b (easy to reach) and .c (evaluated regularly, with follow-up) from the year's record."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from daemon.config import Config
from daemon.reports.period_figures import month_bounds
from daemon.reports.ticket_facts import TicketFacts, record_begins
from daemon.wording import Wording
from storage.mail_tables import StoredMessage
from storage.models import Event, EventKind, MessageKind

# What staff do on a ticket after a low rating that counts as following it up.
FOLLOW_UP_EVENTS = (
    EventKind.STAFF_REPLY,
    EventKind.INTERNAL_NOTE,
    EventKind.RESPONDED,
    EventKind.ASSIGNED,
    EventKind.RESOLVED,
    EventKind.REOPENED,
)
SLOW_ACK_SECONDS = 300


@dataclass(frozen=True)
class Evidence:
    """Counts behind the .b and .c indicators; None where the year has nothing to measure."""

    out_of_hours: int
    out_of_hours_acked: int
    slow_acks: int
    digest_months: tuple[int, ...]  # the months of the year whose digest was sent
    digest_due_months: tuple[int, ...]  # the months that ended after the record began: a digest was owed
    low_ratings: int
    low_ratings_followed: int
    low_rating_tickets: tuple[int, ...]  # those not (yet) followed up
    breach_types: tuple[tuple[str, int], ...]
    breach_channels: tuple[tuple[str, int], ...]
    breach_hours: tuple[tuple[int, int], ...]
    breaches_out_of_hours: int
    responders: tuple[tuple[str, int], ...]

    @property
    def out_of_hours_acked_pct(self) -> float | None:
        return round(100 * self.out_of_hours_acked / self.out_of_hours, 2) if self.out_of_hours else None

    @property
    def low_ratings_followed_pct(self) -> float | None:
        return round(100 * self.low_ratings_followed / self.low_ratings, 2) if self.low_ratings else None


def _digest_due_months(session: Session, config: Config, year: int) -> tuple[int, ...]:
    """Months of `year` that ended after the record began: no digest is owed for a month before the daemon."""
    begins = record_begins(session)
    return tuple(month for month in range(1, 13) if begins is None or month_bounds(year, month, config)[1] > begins)


def _digest_months(session: Session, year: int, wording: Wording) -> tuple[int, ...]:
    """Months of `year` whose digest went out: its subject names the month ("... - Maret 2026")."""
    subjects = session.execute(
        sa_select(col(StoredMessage.subject)).where(col(StoredMessage.kind) == MessageKind.DIGEST)
    ).all()
    names = {f"{wording.month_year(year, month)}": month for month in range(1, 13)}
    return tuple(sorted({names[text] for (subject,) in subjects for text in names if subject.endswith(text)}))


def _low_ratings(session: Session, start: datetime, end: datetime) -> tuple[int, int, tuple[int, ...]]:
    ratings = session.execute(
        sa_select(col(Event.ticket_id), col(Event.at)).where(
            col(Event.kind) == EventKind.LOW_RATING, col(Event.at) >= start, col(Event.at) < end
        )
    ).all()
    open_ones: list[int] = []
    for ticket_id, at in ratings:
        later = session.execute(
            sa_select(col(Event.id)).where(
                col(Event.ticket_id) == ticket_id, col(Event.at) >= at, col(Event.kind).in_(FOLLOW_UP_EVENTS)
            )
        ).first()
        if later is None and ticket_id is not None:
            open_ones.append(int(ticket_id))
    return len(ratings), len(ratings) - len(open_ones), tuple(open_ones)


def gather_evidence(
    session: Session,
    config: Config,
    year: int,
    facts: list[TicketFacts],
    out_of_hours: set[int],
    missed: set[int],
    responders: dict[int, str],
) -> Evidence:
    """`facts` are the year's requests and `out_of_hours` those that arrived outside service hours (by number)."""
    zone = config.helpdesk.zone
    start = datetime.combine(date(year, 1, 1), time(0), zone)
    end = datetime.combine(date(year + 1, 1, 1), time(0), zone)
    outside = [fact for fact in facts if fact.number in out_of_hours and fact.channel == "email"]
    late = [fact for fact in facts if fact.number in missed]
    rated, followed, waiting = _low_ratings(session, start, end)
    return Evidence(
        out_of_hours=len(outside),
        out_of_hours_acked=sum(1 for fact in outside if fact.acked_at is not None),
        slow_acks=sum(
            1
            for fact in facts
            if fact.acked_at is not None and (fact.acked_at - fact.created_at).total_seconds() > SLOW_ACK_SECONDS
        ),
        digest_months=_digest_months(session, year, Wording("id", zone)),
        digest_due_months=_digest_due_months(session, config, year),
        low_ratings=rated,
        low_ratings_followed=followed,
        low_rating_tickets=waiting,
        breach_types=tuple(Counter(fact.type for fact in late).most_common()),
        breach_channels=tuple(Counter(fact.channel for fact in late).most_common()),
        breach_hours=tuple(Counter(fact.created_at.astimezone(zone).hour for fact in late).most_common()),
        breaches_out_of_hours=sum(1 for fact in late if fact.number in out_of_hours),
        responders=tuple(Counter(responders[fact.number] for fact in facts if fact.number in responders).most_common()),
    )
