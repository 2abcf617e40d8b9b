"""Availability per service and period from the probe log: up time / observed time, outages, maintenance apart."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, col, select

from daemon.config import Config
from storage.availability import AvailabilityDay, MaintenanceWindow, ProbeResult, ServiceOutage

# A result older than the period's start may still speak for its first moments; no stretch is longer than this.
LOOKBACK = timedelta(days=2)


@dataclass(frozen=True)
class Sample:
    at: datetime
    up: bool
    error: str
    stretch_seconds: float


@dataclass(frozen=True)
class Window:
    """Planned maintenance of one service."""

    service: str
    start: datetime
    end: datetime
    note: str


@dataclass(frozen=True)
class Outage:
    """Consecutive failed probes outside maintenance; `end` None while it lasts."""

    service: str
    start: datetime
    end: datetime | None
    minutes: float
    error: str


@dataclass(frozen=True)
class ServiceFigures:
    service: str
    period_seconds: float
    observed_seconds: float
    up_seconds: float
    down_seconds: float
    maintenance_seconds: float
    outages: tuple[Outage, ...]
    maintenance: tuple[Window, ...]

    @property
    def measured(self) -> bool:
        return self.observed_seconds > 0

    @property
    def observed_pct(self) -> float | None:
        """Share of the period a probe watched; the rest (daemon stopped) is not observed, never up."""
        if not self.measured or self.period_seconds <= 0:
            return None
        return round(min(100.0, 100 * self.observed_seconds / self.period_seconds), 2)

    @property
    def available_pct(self) -> float | None:
        """Up time over observed time outside maintenance; None when nothing was observed."""
        counted = self.up_seconds + self.down_seconds
        return round(100 * self.up_seconds / counted, 2) if counted > 0 else None


def _overlap(start: datetime, end: datetime, windows: Sequence[Window]) -> float:
    covered = 0.0
    cursor = start
    for window in sorted(windows, key=lambda w: w.start):
        low, high = max(cursor, window.start), min(end, window.end)
        if high > low:
            covered += (high - low).total_seconds()
            cursor = high
    return covered


def _inside(moment: datetime, windows: Sequence[Window]) -> bool:
    return any(window.start <= moment < window.end for window in windows)


def _segments(samples: Sequence[Sample]) -> list[tuple[Sample, datetime]]:
    """Each sample with the end of the time it speaks for: the next sample, or its stretch if that comes first."""
    ends = []
    for index, sample in enumerate(samples):
        end = sample.at + timedelta(seconds=sample.stretch_seconds)
        if index + 1 < len(samples):
            end = min(end, samples[index + 1].at)
        ends.append((sample, end))
    return ends


def _outages(
    service: str, segments: list[tuple[Sample, datetime]], start: datetime, horizon: datetime, windows: Sequence[Window]
) -> tuple[Outage, ...]:
    found: list[Outage] = []
    run: list[tuple[Sample, datetime]] = []

    def close(end: datetime | None) -> None:
        first = run[0][0]
        began = max(first.at, start)
        found.append(
            Outage(service, began, end, round(((end or horizon) - began).total_seconds() / 60, 1), first.error)
        )
        run.clear()

    for sample, end in segments:
        failed = not sample.up and not _inside(sample.at, windows)
        if failed and run and run[-1][1] < sample.at:  # a gap nobody watched ends the outage where watching ended
            close(run[-1][1])
        if failed:
            run.append((sample, end))
        elif run:
            close(sample.at if run[-1][1] >= sample.at else run[-1][1])
    if run:
        last_end = run[-1][1]
        close(None if last_end >= horizon else last_end)
    return tuple(outage for outage in found if outage.end is None or outage.end > start)


def figures_from(
    service: str,
    samples: Sequence[Sample],
    windows: Sequence[Window],
    start: datetime,
    end: datetime,
    now: datetime,
    days: Sequence[AvailabilityDay] = (),
) -> ServiceFigures:
    """The arithmetic, on samples sorted by time (those just before `start` included)."""
    horizon = min(end, now)
    observed = up = down = maintenance = 0.0
    segments = _segments(samples)
    for sample, stop in segments:
        low, high = max(sample.at, start), min(stop, horizon)
        if high <= low:
            continue
        length = (high - low).total_seconds()
        planned = _overlap(low, high, windows)
        observed += length
        maintenance += planned
        if sample.up:
            up += length - planned
        else:
            down += length - planned
    for day in days:
        observed += day.observed_seconds
        up += day.up_seconds
        down += day.down_seconds
        maintenance += day.maintenance_seconds
    in_period = [(s, e) for s, e in segments if s.at < horizon and e > start]
    return ServiceFigures(
        service=service,
        period_seconds=max(0.0, (horizon - start).total_seconds()),
        observed_seconds=observed,
        up_seconds=up,
        down_seconds=down,
        maintenance_seconds=maintenance,
        outages=_outages(service, in_period, start, horizon, windows),
        maintenance=tuple(w for w in windows if w.start < horizon and w.end > start),
    )


def windows_of(session: Session, config: Config, service: str) -> list[Window]:
    """Maintenance windows from the config and from `helpdesk maintenance add`."""
    windows = [
        Window(w.service, w.start, w.end, w.note) for w in config.availability.maintenance if w.service == service
    ]
    rows = session.exec(select(MaintenanceWindow).where(MaintenanceWindow.service == service)).all()
    windows += [Window(row.service, row.start_at, row.end_at, row.note) for row in rows]
    return sorted(windows, key=lambda window: window.start)


def samples_of(session: Session, service: str, start: datetime, end: datetime) -> list[Sample]:
    rows = session.exec(
        select(ProbeResult.at, ProbeResult.up, ProbeResult.error, ProbeResult.stretch_seconds)
        .where(ProbeResult.service == service, col(ProbeResult.at) >= start - LOOKBACK, col(ProbeResult.at) < end)
        .order_by(col(ProbeResult.at), col(ProbeResult.id))
    ).all()
    return [Sample(at, up, error, stretch) for at, up, error, stretch in rows]


def days_of(session: Session, service: str, first: date, last: date) -> list[AvailabilityDay]:
    """Roll-ups of purged days, first <= day < last."""
    return list(
        session.exec(
            select(AvailabilityDay).where(
                AvailabilityDay.service == service, col(AvailabilityDay.day) >= first, col(AvailabilityDay.day) < last
            )
        ).all()
    )


def services(session: Session, config: Config) -> list[str]:
    """The configured probes first, then services that only the record still knows."""
    names = [probe.name for probe in config.availability.probe]
    recorded = set(session.exec(select(ProbeResult.service).distinct()).all())
    recorded |= set(session.exec(select(AvailabilityDay.service).distinct()).all())
    return names + sorted(recorded - set(names))


def period_figures(
    session: Session, config: Config, start: datetime, end: datetime, now: datetime
) -> list[ServiceFigures]:
    zone = config.helpdesk.zone
    found = []
    for service in services(session, config):
        samples = samples_of(session, service, start, min(end, now))
        days = days_of(session, service, start.astimezone(zone).date(), end.astimezone(zone).date())
        found.append(figures_from(service, samples, windows_of(session, config, service), start, end, now, days))
    return found


@dataclass(frozen=True)
class ServiceYear:
    year: ServiceFigures
    months: tuple[ServiceFigures, ...]


def local_start(day: date, config: Config) -> datetime:
    return datetime.combine(day, time(0), config.helpdesk.zone)


def year_figures(session: Session, config: Config, year: int, now: datetime) -> list[ServiceYear]:
    """Each service's year and its twelve months, from one read of the year's probe log."""
    start, end = local_start(date(year, 1, 1), config), local_start(date(year + 1, 1, 1), config)
    found = []
    for service in services(session, config):
        samples = samples_of(session, service, start, min(end, now))
        windows = windows_of(session, config, service)
        days = days_of(session, service, date(year, 1, 1), date(year + 1, 1, 1))
        stamps = [sample.at for sample in samples]
        months = []
        for month in range(1, 13):
            low = local_start(date(year, month, 1), config)
            high = local_start(date(year + (month == 12), month % 12 + 1, 1), config)
            chunk = samples[bisect_left(stamps, low - LOOKBACK) : bisect_left(stamps, high)]
            in_month = [day for day in days if day.day.month == month]
            months.append(figures_from(service, chunk, windows, low, high, now, in_month))
        found.append(ServiceYear(figures_from(service, samples, windows, start, end, now, days), tuple(months)))
    return found


def known_outage(session: Session, config: Config) -> datetime | None:
    """Since when an e-learning service has been down, as staff were told; None while all are up."""
    names = [probe.name for probe in config.availability.probe if probe.elearning]
    if not names:
        return None
    return session.exec(
        select(ServiceOutage.down_since)
        .where(col(ServiceOutage.service).in_(names), col(ServiceOutage.recovered_at).is_(None))
        .order_by(col(ServiceOutage.down_since))
    ).first()
