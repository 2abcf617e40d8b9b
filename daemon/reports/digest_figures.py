"""What the digest adds to a month's figures so its reader can act: trend, open work, staff load, complaints."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from statistics import median

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from daemon.config import Config
from daemon.reports.period_figures import Figures, compute, month_bounds
from daemon.reports.ticket_facts import TicketFacts, facts_between, record_begins
from daemon.sla import Verdict, due_at, verdict
from daemon.work_calendar import WorkingCalendar
from storage.models import Event, EventKind, Ticket, TicketStatus

TREND_MONTHS = 6
# Events that mean a staff member answered the requester: by mail, from the shared mailbox, or outside mail.
RESPONSE_EVENTS = (EventKind.STAFF_REPLY, EventKind.RESOLVED, EventKind.RESPONDED)


@dataclass(frozen=True)
class MonthShare:
    year: int
    month: int
    total: int
    share_pct: float | None


@dataclass(frozen=True)
class OpenTicket:
    number: int
    type: str
    channel: str
    arrived: datetime
    age_days: float
    answered: bool
    overdue: bool
    assignee: str


@dataclass(frozen=True)
class StaffLoad:
    name: str
    handled: int
    median_response_minutes: float | None


@dataclass(frozen=True)
class LowRating:
    number: int
    rating: int
    type: str
    rated_at: datetime
    handled_by: str


@dataclass(frozen=True)
class DigestFigures:
    """The month's figures with the earlier months, the open tickets at the month's end, staff and ratings."""

    figures: Figures
    target_pct: float
    trend: tuple[MonthShare, ...]
    open_tickets: tuple[OpenTicket, ...]
    staff: tuple[StaffLoad, ...]
    low_ratings: tuple[LowRating, ...]
    resolution_hours_by_type: dict[str, float | None]

    @property
    def status_met(self) -> bool | None:
        share = self.figures.first_response_within_target_pct
        return None if share is None else share >= self.target_pct


def _months_before(year: int, month: int, count: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for _ in range(count):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        found.append((year, month))
    return found[::-1]


def responders(session: Session, ids: list[int]) -> dict[int, str]:
    """Who gave each ticket its first response: the assignee, else the first staff member who answered."""
    found: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            sa_select(col(Event.ticket_id), col(Event.actor))
            .where(col(Event.ticket_id).in_(ids[start : start + 500]), col(Event.kind).in_(RESPONSE_EVENTS))
            .order_by(col(Event.at), col(Event.id))
        ).all()
        for ticket_id, actor in rows:
            if ticket_id is not None and actor:
                found.setdefault(int(ticket_id), str(actor))
        assignees = session.execute(
            sa_select(col(Ticket.id), col(Ticket.assignee)).where(
                col(Ticket.id).in_(ids[start : start + 500]), col(Ticket.assignee).is_not(None)
            )
        ).all()
        found.update({int(number): str(assignee) for number, assignee in assignees if assignee})
    return found


def _open_at(session: Session, config: Config, calendar: WorkingCalendar, moment: datetime) -> list[OpenTicket]:
    tickets = session.exec(
        select(Ticket)
        .where(
            col(Ticket.created_at) < moment,
            col(Ticket.status) != TicketStatus.SPAM,
            (col(Ticket.resolved_at).is_(None)) | (col(Ticket.resolved_at) >= moment),
            (col(Ticket.closed_at).is_(None)) | (col(Ticket.closed_at) >= moment),
        )
        .order_by(col(Ticket.created_at))
    ).all()
    found = []
    for ticket in tickets:
        assert ticket.id is not None
        answered = ticket.first_response_at is not None and ticket.first_response_at < moment
        found.append(
            OpenTicket(
                number=ticket.id,
                type=ticket.type,
                channel=ticket.channel,
                arrived=ticket.created_at,
                age_days=round((moment - ticket.created_at).total_seconds() / 86400, 1),
                answered=answered,
                overdue=not answered and moment > due_at(ticket.created_at, config, calendar),
                assignee=config.staff.display_name(ticket.assignee) if ticket.assignee else "",
            )
        )
    return found


def _low_ratings(session: Session, config: Config, start: datetime, end: datetime) -> tuple[LowRating, ...]:
    """Ratings of 1 or 2 given during the month (whenever the request arrived)."""
    rows = session.execute(
        sa_select(col(Event.ticket_id), col(Event.at))
        .where(col(Event.kind) == "rated", col(Event.at) >= start, col(Event.at) < end)
        .order_by(col(Event.at))
    ).all()
    rated = {int(ticket_id): at for ticket_id, at in rows if ticket_id is not None}
    who_answered = responders(session, list(rated))
    found = []
    for number, at in rated.items():
        ticket = session.get(Ticket, number)
        if ticket is None or ticket.satisfaction is None or ticket.satisfaction > 2:
            continue
        who = who_answered.get(number)
        found.append(
            LowRating(number, ticket.satisfaction, ticket.type, at, config.staff.display_name(who) if who else "")
        )
    return tuple(found)


def _staff(
    config: Config, tickets: list[TicketFacts], answered_by: dict[int, str], clock: str
) -> tuple[StaffLoad, ...]:
    minutes: dict[str, list[float]] = defaultdict(list)
    handled: dict[str, int] = defaultdict(int)
    for ticket in tickets:
        who = answered_by.get(ticket.number)
        if who is None:
            continue
        name = config.staff.display_name(who)
        handled[name] += 1
        value = ticket.response_minutes_working if clock == "working" else ticket.response_minutes_wall
        if value is not None:
            minutes[name].append(value)
    return tuple(
        StaffLoad(name, handled[name], round(median(minutes[name]), 1) if minutes[name] else None)
        for name in sorted(handled, key=lambda key: (-handled[key], key))
    )


def digest_figures(
    session: Session, config: Config, calendar: WorkingCalendar, year: int, month: int, now: datetime
) -> DigestFigures:
    start, end = month_bounds(year, month, config)
    tickets = facts_between(session, start, end)
    figures = compute(session, config, calendar, start, end, f"{year:04d}-{month:02d}", now, facts=tickets)
    trend = []
    begins = record_begins(session)
    for earlier_year, earlier_month in [*_months_before(year, month, TREND_MONTHS - 1), (year, month)]:
        earlier_start, earlier_end = month_bounds(earlier_year, earlier_month, config)
        if begins is not None and earlier_end <= begins and (earlier_year, earlier_month) != (year, month):
            continue  # before the record began: "0 requests" would be a figure nobody measured
        earlier = facts_between(session, earlier_start, earlier_end)
        verdicts = [verdict(ticket, config, calendar, now) for ticket in earlier]
        met, missed = verdicts.count(Verdict.MET), verdicts.count(Verdict.MISSED)
        share = round(100 * met / (met + missed), 1) if met + missed else None
        trend.append(MonthShare(earlier_year, earlier_month, len(earlier), share))
    answered_by = responders(session, [ticket.number for ticket in tickets])
    resolution: dict[str, list[float]] = defaultdict(list)
    for ticket in tickets:
        if ticket.resolved_at is not None:
            resolution[ticket.type].append((ticket.resolved_at - ticket.created_at).total_seconds() / 3600)
    low = _low_ratings(session, config, start, end)
    return DigestFigures(
        figures=figures,
        target_pct=config.report.iku_target_pct,
        trend=tuple(trend),
        open_tickets=tuple(_open_at(session, config, calendar, min(end, now))),
        staff=_staff(config, tickets, answered_by, config.sla.clock),
        low_ratings=low,
        resolution_hours_by_type={
            kind: round(median(resolution[kind]), 1) if resolution[kind] else None for kind in figures.by_type
        },
    )
