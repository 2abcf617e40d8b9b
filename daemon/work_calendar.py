"""Working hours, Indonesian holidays and campus closures: how many working minutes lie between two moments."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache

import holidays

DAY_NAMES = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
    "sen": 0,
    "sel": 1,
    "rab": 2,
    "kam": 3,
    "jum": 4,
    "sab": 5,
    "min": 6,
}
_GROUP = re.compile(r"^\s*(\w{3})(?:\s*-\s*(\w{3}))?\s+(.+)$")
_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")

Spans = tuple[tuple[time, time], ...]


def parse_working_hours(text: str) -> dict[int, Spans]:
    """ "Mon-Fri 08:00-16:00; Sat 08:00-12:00" -> {weekday: ((start, end), ...)}; ValueError when malformed."""
    week: dict[int, list[tuple[time, time]]] = {}
    for group in filter(None, (part.strip() for part in text.split(";"))):
        match = _GROUP.match(group)
        if not match or match.group(1).lower() not in DAY_NAMES:
            raise ValueError(f"cannot read {group!r}: expected e.g. 'Mon-Fri 08:00-16:00'")
        first = DAY_NAMES[match.group(1).lower()]
        last = DAY_NAMES.get((match.group(2) or match.group(1)).lower())
        if last is None:
            raise ValueError(f"unknown day in {group!r}")
        days = range(first, last + 1) if last >= first else [*range(first, 7), *range(0, last + 1)]
        for span in match.group(3).split(","):
            found = _SPAN.match(span)
            if not found:
                raise ValueError(f"cannot read hours {span.strip()!r}: expected HH:MM-HH:MM")
            start = time(int(found.group(1)), int(found.group(2)))
            end = time(int(found.group(3)), int(found.group(4))) if found.group(3) != "24" else time.max
            if end <= start:
                raise ValueError(f"hours {span.strip()!r} end before they start")
            for day in days:
                week.setdefault(day, []).append((start, end))
    return {day: tuple(sorted(spans)) for day, spans in week.items()}


@lru_cache(maxsize=64)
def indonesian_holidays(year: int) -> dict[date, str]:
    """Public holidays and joint-leave days (cuti bersama), with their Indonesian names."""
    found = holidays.country_holidays("ID", years=year, categories=("public", "government"), language="id")
    return dict(found.items())


@lru_cache(maxsize=64)
def english_holidays(year: int) -> dict[date, str]:
    found = holidays.country_holidays("ID", years=year, categories=("public", "government"), language="en_US")
    return dict(found.items())


@dataclass(frozen=True)
class WorkingCalendar:
    zone: tzinfo
    week: dict[int, Spans]
    closed_days: frozenset[date] = field(default=frozenset())
    use_holidays: bool = True

    def is_day_off(self, day: date) -> bool:
        return day in self.closed_days or (self.use_holidays and day in indonesian_holidays(day.year))

    def _spans(self, day: date) -> list[tuple[datetime, datetime]]:
        if self.is_day_off(day):
            return []
        return [
            (datetime.combine(day, start, self.zone), datetime.combine(day, end, self.zone))
            for start, end in self.week.get(day.weekday(), ())
        ]

    def holiday_name(self, day: date, language: str = "id") -> str | None:
        """The name of the holiday on `day` (None on a working day or an ordinary weekend)."""
        if not self.use_holidays or day not in indonesian_holidays(day.year):
            return None
        return indonesian_holidays(day.year)[day] if language == "id" else english_holidays(day.year).get(day)

    def next_opening(self, moment: datetime, horizon_days: int = 60) -> datetime:
        """`moment` itself inside working hours; otherwise the start of the next working span."""
        local = moment.astimezone(self.zone)
        day = local.date()
        for _ in range(horizon_days):
            for start, end in self._spans(day):
                if local < end:
                    return max(start, local)
            day += timedelta(days=1)
        return moment

    def is_working_time(self, moment: datetime) -> bool:
        local = moment.astimezone(self.zone)
        return any(start <= local < end for start, end in self._spans(local.date()))

    def working_minutes(self, start: datetime, end: datetime) -> float:
        """Minutes of working time in [start, end); 0 when end is not after start."""
        if end <= start:
            return 0.0
        local_start, local_end = start.astimezone(self.zone), end.astimezone(self.zone)
        total = 0.0
        day = local_start.date()
        while day <= local_end.date():
            for span_start, span_end in self._spans(day):
                overlap = min(span_end, local_end) - max(span_start, local_start)
                if overlap > timedelta(0):
                    total += overlap.total_seconds() / 60
            day += timedelta(days=1)
        return total

    def add_working_minutes(self, start: datetime, minutes: float, horizon_days: int = 60) -> datetime:
        """The moment when `minutes` of working time have passed since `start`."""
        remaining = timedelta(minutes=minutes)
        local = start.astimezone(self.zone)
        day = local.date()
        for _ in range(horizon_days):
            for span_start, span_end in self._spans(day):
                begin = max(span_start, local)
                if begin >= span_end:
                    continue
                available = span_end - begin
                if available >= remaining:
                    return begin + remaining
                remaining -= available
            day += timedelta(days=1)
        return start + timedelta(days=horizon_days)
