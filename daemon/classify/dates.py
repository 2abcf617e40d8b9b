"""Read Indonesian and English dates and times ("Sabtu, 14 Maret 2026 pukul 09.00 WIB") as aware datetimes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")

MONTHS = {
    "januari": 1,
    "january": 1,
    "jan": 1,
    "februari": 2,
    "february": 2,
    "feb": 2,
    "pebruari": 2,
    "maret": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "agustus": 8,
    "august": 8,
    "agu": 8,
    "aug": 8,
    "agt": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "december": 12,
    "des": 12,
    "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\b\.?(?:,?\s+(\d{{4}}))?", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(besok|tomorrow|lusa|hari ini|today|(?:pagi|siang|sore|malam) ini|tonight)\b", re.IGNORECASE)
_TIME = re.compile(
    r"\b(?:pukul|pkl\.?|jam|at|@)\s*(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"
    r"(?:\s*(pagi|siang|sore|malam))?|\b(\d{1,2})[.:](\d{2})\s*(?:wib|am|pm)?\b|\b(\d{1,2})\s*(am|pm)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundMoment:
    at: datetime
    start: int
    end: int


def _hour(hour: int, marker: str | None) -> int:
    marker = (marker or "").lower().replace(".", "")
    if marker in ("pm", "sore", "malam") and hour < 12:
        return hour + 12
    if marker == "siang" and hour < 6:
        return hour + 12
    if marker == "am" and hour == 12:
        return 0
    return hour


def find_time(text: str) -> tuple[time, int, int] | None:
    match = _TIME.search(text)
    if not match:
        return None
    if match.group(1):
        hour, minute, marker = int(match.group(1)), int(match.group(2) or 0), match.group(3) or match.group(4)
    elif match.group(5):
        hour, minute, marker = int(match.group(5)), int(match.group(6)), None
    else:
        hour, minute, marker = int(match.group(7)), 0, match.group(8)
    hour = _hour(hour, marker)
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    return time(hour, minute), match.start(), match.end()


def find_date(text: str, reference: datetime) -> tuple[date, int, int] | None:
    """The first calendar date in the text; a missing year is the reference's (or the next, if long past)."""
    local = reference.astimezone(WIB).date()
    absolute = _DATE.search(text)
    relative = _RELATIVE.search(text)
    # "tomorrow, 20 November 2025": an explicit date right after a relative word is what it means.
    if absolute and (not relative or absolute.start() <= relative.end() + 25):
        day, month = int(absolute.group(1)), MONTHS[absolute.group(2).lower()]
        year = int(absolute.group(3)) if absolute.group(3) else local.year
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if not absolute.group(3) and found < local - timedelta(days=180):
            found = found.replace(year=year + 1)
        return found, absolute.start(), absolute.end()
    if relative:
        word = relative.group(1).lower()
        offset = 1 if word in ("besok", "tomorrow") else 2 if word == "lusa" else 0
        return local + timedelta(days=offset), relative.start(), relative.end()
    return None


def find_moment(text: str, reference: datetime) -> FoundMoment | None:
    """A date with a time close after (or before) it, in WIB; the date alone means 00:00 is not guessed."""
    found_date = find_date(text, reference)
    if found_date is None:
        return None
    day, start, end = found_date
    after = find_time(text[end : end + 40])
    if after is not None:
        return FoundMoment(datetime.combine(day, after[0], WIB), start, end + after[2])
    before = find_time(text[max(0, start - 30) : start])
    if before is not None:
        return FoundMoment(datetime.combine(day, before[0], WIB), max(0, start - 30) + before[1], end)
    return None
