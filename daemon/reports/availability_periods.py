"""Read the probe log for a period: daily roll-ups for whole days, raw results for the rest, failures for outages."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from sqlalchemy import ColumnElement, Float, func, type_coerce
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from daemon.config import Config
from daemon.reports.availability_figures import Sample, ServiceFigures, Window, figures_from, outages_from
from storage.availability import AvailabilityDay, MaintenanceWindow, ProbeResult

# A result older than the period's start may still speak for its first moments; no stretch is longer than this.
LOOKBACK = timedelta(days=2)


def local_start(day: date, config: Config) -> datetime:
    return datetime.combine(day, time(0), config.helpdesk.zone)


def windows_of(session: Session, config: Config, service: str) -> list[Window]:
    """Maintenance windows from the config and from `helpdesk maintenance add`."""
    planned = config.availability.maintenance
    windows = [Window(w.service, w.start, w.end, w.note) for w in planned if w.service == service]
    rows = session.exec(select(MaintenanceWindow).where(MaintenanceWindow.service == service)).all()
    windows += [Window(row.service, row.start_at, row.end_at, row.note) for row in rows]
    return sorted(windows, key=lambda window: window.start)


def _epoch(session: Session, stored: ColumnElement[datetime]) -> ColumnElement[float]:
    """A stored time as POSIX seconds, computed by the database: parsing each in Python cost most of the work.
    SQLite's Julian day carries about 50 microseconds of float noise, hence the rounding to milliseconds."""
    if session.get_bind().dialect.name == "sqlite":
        return func.round((func.julianday(stored) - 2440587.5) * 86400.0, 3)
    return type_coerce(func.extract("epoch", stored), Float)


def samples_of(session: Session, service: str, start: datetime, end: datetime) -> list[Sample]:
    """Every result from a little before `start` (it may speak for the first moments) up to `end`."""
    table = ProbeResult.__table__.c  # type: ignore[attr-defined]
    query = (
        sa_select(_epoch(session, table.at), table.up, table.error, table.stretch_seconds)
        .where(table.service == service, table.at >= start - LOOKBACK, table.at < end)
        .order_by(table.at, table.id)
    )
    return [Sample(float(at), up, error, stretch) for at, up, error, stretch in session.connection().execute(query)]


def failures_of(session: Session, service: str, start: datetime, end: datetime) -> tuple[list[Sample], list[float]]:
    """Only the failed results, each with where it stops speaking (the next result, or its stretch)."""
    table = ProbeResult.__table__.c  # type: ignore[attr-defined]
    later = aliased(ProbeResult.__table__)  # type: ignore[attr-defined]
    following = (
        sa_select(func.min(later.c.at)).where(later.c.service == table.service, later.c.at > table.at).scalar_subquery()
    )
    query = (
        sa_select(_epoch(session, table.at), table.error, table.stretch_seconds, _epoch(session, following))
        .where(table.service == service, table.up.is_(False), table.at >= start - LOOKBACK, table.at < end)
        .order_by(table.at, table.id)
    )
    samples, stops = [], []
    for at, error, stretch, next_at in session.connection().execute(query):
        samples.append(Sample(float(at), False, error, stretch))
        stop = float(at) + stretch
        stops.append(stop if next_at is None else min(stop, float(next_at)))
    return samples, stops


def days_of(session: Session, service: str, first: date, last: date) -> list[AvailabilityDay]:
    """Rolled-up days, first <= day < last."""
    query = select(AvailabilityDay).where(
        AvailabilityDay.service == service, col(AvailabilityDay.day) >= first, col(AvailabilityDay.day) < last
    )
    return list(session.exec(query.order_by(col(AvailabilityDay.day))).all())


def services(session: Session, config: Config) -> list[str]:
    """The configured probes first, then services that only the record still knows."""
    names = [probe.name for probe in config.availability.probe]
    recorded = set(session.exec(select(ProbeResult.service).distinct()).all())
    recorded |= set(session.exec(select(AvailabilityDay.service).distinct()).all())
    return names + sorted(recorded - set(names))


def service_figures(
    session: Session, config: Config, service: str, start: datetime, end: datetime, now: datetime
) -> ServiceFigures:
    """Whole days from their roll-ups, the days after the last roll-up from the raw results, outages from failures."""
    zone = config.helpdesk.zone
    windows = windows_of(session, config, service)
    days = days_of(session, service, start.astimezone(zone).date(), end.astimezone(zone).date())
    raw_from = max(start, local_start(days[-1].day + timedelta(days=1), config)) if days else start
    horizon = min(end, now)
    samples = samples_of(session, service, raw_from, horizon) if raw_from < horizon else []
    figures = figures_from(service, samples, windows, raw_from, end, now, days)
    failed, stops = failures_of(session, service, start, horizon)
    planned = [(w.start.timestamp(), w.end.timestamp()) for w in windows]
    outages = outages_from(service, failed, stops, start.timestamp(), horizon.timestamp(), planned)
    maintenance = tuple(w for w in windows if w.start < horizon and w.end > start)
    period = max(0.0, (horizon - start).total_seconds())
    return replace(figures, period_seconds=period, outages=outages, maintenance=maintenance)


def period_figures(
    session: Session, config: Config, start: datetime, end: datetime, now: datetime
) -> list[ServiceFigures]:
    return [service_figures(session, config, name, start, end, now) for name in services(session, config)]


@dataclass(frozen=True)
class ServiceYear:
    year: ServiceFigures
    months: tuple[ServiceFigures, ...]


def year_figures(session: Session, config: Config, year: int, now: datetime) -> list[ServiceYear]:
    """Each service's year and its twelve months."""
    start, end = local_start(date(year, 1, 1), config), local_start(date(year + 1, 1, 1), config)
    bounds = [local_start(date(year, month, 1), config) for month in range(1, 13)] + [end]
    return [
        ServiceYear(
            service_figures(session, config, name, start, end, now),
            tuple(service_figures(session, config, name, low, high, now) for low, high in pairwise(bounds)),
        )
        for name in services(session, config)
    ]
