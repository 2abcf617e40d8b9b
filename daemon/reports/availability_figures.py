"""The availability arithmetic: up time / observed time per service and period, outages, maintenance apart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from storage.availability import AvailabilityDay


class Sample(NamedTuple):
    """One stored result; times are POSIX seconds, because a year is half a million of them per service."""

    at: float
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


def _overlap(low: float, high: float, windows: Sequence[tuple[float, float]]) -> float:
    covered = 0.0
    cursor = low
    for start, end in windows:  # sorted by start
        begin, stop = max(cursor, start), min(high, end)
        if stop > begin:
            covered += stop - begin
            cursor = stop
    return covered


def inside(moment: float, windows: Sequence[tuple[float, float]]) -> bool:
    return any(start <= moment < end for start, end in windows)


def stops_of(samples: Sequence[Sample]) -> list[float]:
    """Where each sample stops speaking: at the next sample, or after its stretch if that comes first."""
    stops = [sample.at + sample.stretch_seconds for sample in samples]
    for index in range(len(samples) - 1):
        following = samples[index + 1].at
        if following < stops[index]:
            stops[index] = following
    return stops


def _utc(moment: float) -> datetime:
    return datetime.fromtimestamp(moment, UTC)


def outages_from(
    service: str,
    samples: Sequence[Sample],
    stops: Sequence[float],
    start: float,
    horizon: float,
    windows: Sequence[tuple[float, float]],
) -> tuple[Outage, ...]:
    found: list[Outage] = []
    first: Sample | None = None
    last_stop = 0.0

    def close(end: float | None) -> None:
        assert first is not None
        began = max(first.at, start)
        if end is None or end > start:
            minutes = round(((end if end is not None else horizon) - began) / 60, 1)
            found.append(Outage(service, _utc(began), _utc(end) if end is not None else None, minutes, first.error))

    for sample, stop in zip(samples, stops, strict=True):
        if sample.at >= horizon or stop <= start:
            continue
        failed = not sample.up and not inside(sample.at, windows)
        if first is not None and (not failed or last_stop < sample.at):
            # Recovery ends the outage when it is seen; a gap nobody watched ends it where watching ended.
            close(sample.at if last_stop >= sample.at else last_stop)
            first = None
        if failed:
            first = first or sample
            last_stop = stop
    if first is not None:
        close(None if last_stop >= horizon else last_stop)
    return tuple(found)


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
    low_bound, horizon = start.timestamp(), min(end, now).timestamp()
    planned_windows = [(window.start.timestamp(), window.end.timestamp()) for window in windows]
    observed = up = down = maintenance = 0.0
    stops = stops_of(samples)
    for sample, stop in zip(samples, stops, strict=True):
        low = sample.at if sample.at > low_bound else low_bound
        high = stop if stop < horizon else horizon
        if high <= low:
            continue
        length = high - low
        planned = _overlap(low, high, planned_windows) if planned_windows else 0.0
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
    return ServiceFigures(
        service=service,
        period_seconds=max(0.0, horizon - low_bound),
        observed_seconds=observed,
        up_seconds=up,
        down_seconds=down,
        maintenance_seconds=maintenance,
        outages=outages_from(service, samples, stops, low_bound, horizon, planned_windows),
        maintenance=tuple(w for w in windows if w.start < min(end, now) and w.end > start),
    )
