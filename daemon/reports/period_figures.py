"""Service figures over a period (a month or a year): counts, response times, SLA share, satisfaction."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from statistics import median
from typing import Any

from sqlmodel import Session

from daemon.classify.model import RequestType
from daemon.config import Config
from daemon.reports.ticket_facts import TicketFacts, backlog_at, facts_between
from daemon.sla import Verdict, verdict
from daemon.work_calendar import WorkingCalendar


@dataclass(frozen=True)
class Breach:
    number: int
    arrived: str
    type: str
    channel: str
    minutes: float | None


@dataclass(frozen=True)
class Figures:
    """Everything the digest and the yearly report say about one period; times in minutes unless named."""

    label: str
    start: str
    end: str
    clock: str
    target_minutes: int
    total: int
    by_type: dict[str, int]
    by_channel: dict[str, int]
    met: int
    missed: int
    pending: int
    first_response_within_target_pct: float | None
    first_response_median_minutes: float | None
    first_response_p90_minutes: float | None
    first_response_median_minutes_wall: float | None
    first_response_p90_minutes_wall: float | None
    first_response_median_minutes_working: float | None
    first_response_p90_minutes_working: float | None
    ack_median_seconds: float | None
    resolution_median_hours: float | None
    backlog_at_end: int
    satisfaction_average: float | None
    satisfaction_count: int
    satisfaction_distribution: dict[str, int]
    top_courses: tuple[tuple[str, int], ...]
    breaches: tuple[Breach, ...]

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["top_courses"] = [{"course_code": code, "requests": count} for code, count in self.top_courses]
        return data


def percentile(values: list[float], fraction: float) -> float | None:
    """Linear interpolation between closest ranks; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return round(ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower), 2)


def _rounded(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def month_bounds(year: int, month: int, config: Config) -> tuple[datetime, datetime]:
    zone = config.helpdesk.zone
    start = datetime.combine(date(year, month, 1), time(0), zone)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return start, datetime.combine(following, time(0), zone)


def compute(
    session: Session,
    config: Config,
    calendar: WorkingCalendar,
    start: datetime,
    end: datetime,
    label: str,
    now: datetime,
    facts: list[TicketFacts] | None = None,
    backlog: int | None = None,
) -> Figures:
    """Figures over the human requests that arrived in [start, end); spam is not a request."""
    tickets = (
        facts_between(session, start, end)
        if facts is None
        else [fact for fact in facts if start <= fact.created_at < end]
    )
    verdicts = [verdict(ticket, config, calendar, now) for ticket in tickets]
    met = verdicts.count(Verdict.MET)
    missed = verdicts.count(Verdict.MISSED)
    wall = [t.response_minutes_wall for t in tickets if t.response_minutes_wall is not None]
    working = [t.response_minutes_working for t in tickets if t.response_minutes_working is not None]
    chosen = working if config.sla.clock == "working" else wall
    acks = [(t.acked_at - t.created_at).total_seconds() for t in tickets if t.acked_at is not None]
    resolutions = [(t.resolved_at - t.created_at).total_seconds() / 3600 for t in tickets if t.resolved_at]
    ratings = [t.satisfaction for t in tickets if t.satisfaction is not None]
    zone = config.helpdesk.zone
    breaches = tuple(
        Breach(
            t.number,
            t.created_at.astimezone(zone).isoformat(timespec="minutes"),
            t.type,
            t.channel,
            t.response_minutes_working if config.sla.clock == "working" else t.response_minutes_wall,
        )
        for t, v in zip(tickets, verdicts, strict=True)
        if v is Verdict.MISSED
    )
    backlog = backlog_at(session, end) if backlog is None else backlog
    by_type = {kind.value: 0 for kind in RequestType}
    by_type.update(Counter(t.type for t in tickets))
    courses = Counter(t.course_code for t in tickets if t.course_code)
    return Figures(
        label=label,
        start=start.isoformat(),
        end=end.isoformat(),
        clock=config.sla.clock,
        target_minutes=config.sla.first_response_minutes,
        total=len(tickets),
        by_type=by_type,
        by_channel=dict(Counter(t.channel for t in tickets)),
        met=met,
        missed=missed,
        pending=verdicts.count(Verdict.PENDING),
        first_response_within_target_pct=_rounded(100 * met / (met + missed)) if met + missed else None,
        first_response_median_minutes=_rounded(median(chosen)) if chosen else None,
        first_response_p90_minutes=percentile(chosen, 0.9),
        first_response_median_minutes_wall=_rounded(median(wall)) if wall else None,
        first_response_p90_minutes_wall=percentile(wall, 0.9),
        first_response_median_minutes_working=_rounded(median(working)) if working else None,
        first_response_p90_minutes_working=percentile(working, 0.9),
        ack_median_seconds=_rounded(median(acks)) if acks else None,
        resolution_median_hours=_rounded(median(resolutions)) if resolutions else None,
        backlog_at_end=int(backlog),
        satisfaction_average=_rounded(sum(ratings) / len(ratings)) if ratings else None,
        satisfaction_count=len(ratings),
        satisfaction_distribution={str(score): ratings.count(score) for score in range(1, 6)},
        top_courses=tuple(courses.most_common(5)),
        breaches=breaches,
    )


def previous_month(moment: datetime, config: Config) -> tuple[int, int]:
    local = moment.astimezone(config.helpdesk.zone)
    first = local.date().replace(day=1) - timedelta(days=1)
    return first.year, first.month
