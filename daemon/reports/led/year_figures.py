"""The year's measured figures for the LED report: IKU overall/per channel/per type, monthly recap, extras."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, col, select

from daemon.config import Config
from daemon.reports.digest_figures import responders
from daemon.reports.led.evidence import Evidence, gather_evidence
from daemon.reports.period_figures import Figures, compute, month_bounds
from daemon.reports.ticket_facts import TicketFacts, facts_between, open_at, still_open_from
from daemon.sla import Verdict, verdict
from daemon.work_calendar import WorkingCalendar
from storage.models import Uptime


@dataclass(frozen=True)
class Share:
    """IKU for one group: requests, met, missed, and the share within target (None with nothing due)."""

    label: str
    requests: int
    met: int
    missed: int

    @property
    def pct(self) -> float | None:
        return round(100 * self.met / (self.met + self.missed), 2) if self.met + self.missed else None


@dataclass(frozen=True)
class YearFigures:
    year: int
    overall: Figures
    months: tuple[Figures, ...]
    by_channel: tuple[Share, ...]
    by_type: tuple[Share, ...]
    same_working_day_pct: float | None
    reopen_rate_pct: float | None
    out_of_hours_pct: float | None
    availability_pct: float | None
    response_minutes: tuple[float, ...]
    arrivals: tuple[tuple[int, ...], ...]
    previous: Figures | None
    evidence: Evidence
    last_year: YearFigures | None = None  # the year before, in full, for last year's follow-up


def _shares(facts: list[TicketFacts], verdicts: list[Verdict], key: str) -> tuple[Share, ...]:
    groups: dict[str, list[Verdict]] = {}
    for fact, outcome in zip(facts, verdicts, strict=True):
        groups.setdefault(str(getattr(fact, key)), []).append(outcome)
    return tuple(
        Share(label, len(items), items.count(Verdict.MET), items.count(Verdict.MISSED))
        for label, items in sorted(groups.items())
    )


def availability(session: Session, start: datetime, end: datetime, now: datetime) -> float | None:
    """Share of the period (up to now) covered by heartbeat stretches; None before any heartbeat."""
    stretches = session.exec(
        select(Uptime).where(col(Uptime.last_seen_at) >= start, col(Uptime.started_at) < end)
    ).all()
    if not stretches:
        return None
    horizon = min(end, now)
    first = min(stretch.started_at for stretch in stretches)
    period = horizon - max(start, first)
    if period <= timedelta(0):
        return None
    covered = sum(
        ((min(s.last_seen_at + timedelta(minutes=1), horizon) - max(s.started_at, start)) for s in stretches),
        timedelta(0),
    )
    return round(min(100.0, 100 * covered / period), 2)


def year_figures(
    session: Session, config: Config, calendar: WorkingCalendar, year: int, now: datetime, with_last_year: bool = True
) -> YearFigures:
    zone = config.helpdesk.zone
    start = datetime.combine(date(year, 1, 1), time(0), zone)
    end = datetime.combine(date(year + 1, 1, 1), time(0), zone)
    facts = facts_between(session, start, end)  # loaded once; every month is a slice of it
    older = still_open_from(session, start)
    by_month: dict[int, list[TicketFacts]] = {month: [] for month in range(1, 13)}
    for fact in facts:
        by_month[fact.created_at.astimezone(zone).month].append(fact)

    def backlog(moment: datetime) -> int:
        return sum(open_at(r, c, moment) for r, c in older) + sum(
            1 for f in facts if f.created_at < moment and open_at(f.resolved_at, f.closed_at, moment)
        )

    overall = compute(session, config, calendar, start, end, str(year), now, facts, backlog(end))
    # The year before is read for its indicators only (last year's follow-up): no months, no comparison.
    months = tuple(
        compute(session, config, calendar, *bounds, f"{year:04d}-{month:02d}", now, by_month[month], backlog(bounds[1]))
        for month in (range(1, 13) if with_last_year else ())
        for bounds in [month_bounds(year, month, config)]
    )
    verdicts = [verdict(fact, config, calendar, now) for fact in facts]
    answered = [fact for fact in facts if fact.first_response_at is not None]
    same_day = sum(
        1
        for fact in answered
        if fact.first_response_at is not None
        and fact.first_response_at.astimezone(zone).date() == fact.created_at.astimezone(zone).date()
    )
    arrivals = [[0] * 24 for _ in range(7)]
    outside: set[int] = set()
    for fact in facts:
        local = fact.created_at.astimezone(zone)
        arrivals[local.weekday()][local.hour] += 1
        if not calendar.is_working_time(fact.created_at):
            outside.add(fact.number)
    minutes = [
        fact.response_minutes_working if config.sla.clock == "working" else fact.response_minutes_wall
        for fact in answered
    ]
    missed = {fact.number for fact, outcome in zip(facts, verdicts, strict=True) if outcome is Verdict.MISSED}
    who = {
        number: config.staff.display_name(actor)
        for number, actor in responders(session, [f.number for f in facts]).items()
    }
    evidence = gather_evidence(session, config, year, facts, outside, missed, who)
    # The year before, read once: its overall figures are the comparison, its indicators last year's follow-up.
    earlier = year_figures(session, config, calendar, year - 1, now, with_last_year=False) if with_last_year else None
    last_year = earlier if earlier is not None and earlier.overall.total else None
    return YearFigures(
        year=year,
        overall=overall,
        months=months,
        by_channel=_shares(facts, verdicts, "channel"),
        by_type=_shares(facts, verdicts, "type"),
        same_working_day_pct=round(100 * same_day / len(answered), 2) if answered else None,
        reopen_rate_pct=round(100 * sum(1 for f in facts if f.reopened) / len(facts), 2) if facts else None,
        out_of_hours_pct=round(100 * len(outside) / len(facts), 2) if facts else None,
        availability_pct=availability(session, start, end, now),
        response_minutes=tuple(value for value in minutes if value is not None),
        arrivals=tuple(tuple(row) for row in arrivals),
        previous=last_year.overall if last_year is not None else None,
        evidence=evidence,
        last_year=last_year,
    )


def missed_months(figures: YearFigures, target_pct: float) -> list[tuple[str, float, int]]:
    """(month, share, breaches) for the months under target, worst first."""
    rows = [
        (month.label, month.first_response_within_target_pct, month.missed)
        for month in figures.months
        if month.first_response_within_target_pct is not None and month.first_response_within_target_pct < target_pct
    ]
    return sorted(((label, pct, missed) for label, pct, missed in rows if pct is not None), key=lambda row: row[1])


def breach_causes(figures: YearFigures) -> Counter[str]:
    """Why targets were missed, from the data: outside working hours, unanswered, or answered late."""
    causes: Counter[str] = Counter()
    for breach in figures.overall.breaches:
        causes["belum dijawab" if breach.minutes is None else "dijawab terlambat"] += 1
    return causes
