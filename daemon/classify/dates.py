"""Read Indonesian and English dates and times ("Sabtu, 14 Maret 2026 pukul 09.00 WIB", "tgl 22/10 pkl 13.00",
"Senin depan jam 7 pagi", "Feb 3rd, 7:30 am") as aware datetimes in WIB; day first, as Indonesia writes them. The
clock time itself is read by clock."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from daemon.classify.bare_hour import bare_hour
from daemon.classify.clock import PART_OF_DAY, WIB, find_time, hour_in_part, in_wib
from daemon.classify.wording import FULL_WEEKDAY

MONTHS = {
    **dict.fromkeys(("januari", "january", "jan"), 1),
    **dict.fromkeys(("februari", "february", "feb", "pebruari", "peb"), 2),
    # (with the Malay spellings a partner writes: "Mac", "Julai", "Ogos", "Disember")
    **dict.fromkeys(("maret", "march", "mar", "mac"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul", "julai"), 7),
    **dict.fromkeys(("agustus", "august", "agu", "aug", "agt", "agus", "ogos"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nov", "nopember", "nop"), 11),
    **dict.fromkeys(("desember", "december", "des", "dec", "disember"), 12),
}
WEEKDAYS = {
    **dict.fromkeys(("senin", "monday", "mon"), 0),
    **dict.fromkeys(("selasa", "tuesday", "tue", "tues"), 1),
    **dict.fromkeys(("rabu", "wednesday", "wed"), 2),
    **dict.fromkeys(("kamis", "thursday", "thu", "thurs"), 3),
    **dict.fromkeys(("jumat", "jum'at", "jumaat", "friday", "fri"), 4),
    **dict.fromkeys(("sabtu", "saturday", "sat"), 5),
    **dict.fromkeys(("minggu", "ahad", "sunday", "sun"), 6),
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Roman months as letters write them, in capitals (longest first: "XII" before "XI" before "X")
ROMAN_MONTHS = {
    numeral: month
    for month, numeral in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1)
}
_ROMAN = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
WEEKDAY_WORD = "|".join(sorted((re.escape(day) for day in WEEKDAYS), key=len, reverse=True))
# (a four-digit hour after the month is not its year: "7 Dec 0800 hrs", "7 Des 2000H")
_YEAR = r"((?:19|20)\d{2}(?!\s*(?:hrs?|h)\b)|'\d{2})"
# What joins the first day of a span to its last: "15-20", "15 s.d. 20", "15 until 20".
SPAN_TO = r"-|\u2013|s\.?\s?d\.?|sampai|hingga|to|until"
_DATES = (
    # 14 Maret 2026, 3rd of February, 14 Mar. 2026; a span "15-20 November", "15 s.d. 20 Nov" starts on its first day
    (
        "day month",
        re.compile(
            # (Malay "8hb Disember": "haribulan" after the day)
            rf"\b(\d{{1,2}})(?:st|nd|rd|th|hb)?(?:\s*(?:{SPAN_TO})\s*\d{{1,2}}(?:st|nd|rd|th|hb)?)?"
            rf"\s+(?:of\s+)?({_MONTH})\b\.?(?:,?\s+{_YEAR})?",
            re.I,
        ),
    ),
    # Feb 3rd, 7:30 am; December 3, 2025
    ("month day", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(\d{{4}}))?", re.I)),
    # 2026-12-07, as systems and some staff write it; 2026/12/07 and 2026.12.07, year first, as Japanese, Chinese and
    # Korean partners do
    ("iso", re.compile(r"\b((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})\b(?![/.-]\d)")),
    # 5/1/2026, 02-03-26, 10.11.2025
    ("d/m/y", re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b(?![/.-]\d)")),
    # tgl 22/10, on 14/4, Senin (22/10), 22/10 jam 8: a day and month need a word or a time that says they are a date
    (
        "d/m",
        re.compile(
            rf"(?:\b(?:tgl|tanggal|tangal|date|on|pada|per|({WEEKDAY_WORD}))\.?,?\s+\(?|"
            # a form's label: "Tgl tayang: 23/11", "Date of publication: 23/11"
            r"\b(?:tgl|tanggal|date)\b[^:\n]{0,25}:\s*|"
            # "20/11 08.00", "20-11 jam 8": a clock time right after says so too
            r"\b(?=\d{1,2}[/-]\d{1,2}\b\)?,?\s*(?:(?:jam|jm|pukul|pkl|pk|at|\d{1,2}[.:]\d{2})\b|@)))(\d{1,2})[/-](\d{1,2})\b"
            rf"(?![/.-]\d)(?!\s*(?:{_MONTH})\b)",
            re.I,
        ),
    ),
    # a letter's Roman month: "7/XII/2026", "tgl 8/I", "3-III-2027", and between spaces only with its year ("16 XII
    # 2026")
    (
        "day roman",
        re.compile(
            rf"\b(?:(?:tgl|tanggal)\.?\s+)?(\d{{1,2}})(?:([/.-])({_ROMAN})\b(?:\2((?:19|20)\d{{2}})\b)?(?![/.-]?\d)|\s+({_ROMAN})\s+((?:19|20)\d{{2}})\b)"
        ),
    ),
    # "on the 18th", "tanggal 18": a day of this month, or of the next when it has passed or is said to be ("tgl 5
    # bulan depan", "the 3rd of next month")
    (
        "day",
        re.compile(
            rf"\b(?:(?:on\s+)?the\s+(\d{{1,2}})(?:st|nd|rd|th)|(?:tgl|tanggal)\.?\s+(\d{{1,2}}))\b(?![/.-](?:\d|(?:{_ROMAN})\b))"
            rf"(?!(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b)"
            r"(\s+(?:bulan\s+depan|(?:of\s+)?next\s+month))?",
            re.I,
        ),
    ),
)
# Full weekday names may stand alone ("Jumat jam 1 siang", "on Thursday evening"); "minggu" alone is "week". After
# "hari" a weekday names the day of the event more often than the publish time, and is left to a written date.
_NEXT_WEEK = r"(?:minggu|pekan) depan|next week"
_COUNT = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_COUNTS = "|".join(_COUNT)
_RELATIVE = re.compile(
    rf"\b(?:(?P<word>(?:hari|hr) ini|today|tonight|this (?:morning|afternoon|evening)|"
    rf"(?:pagi|siang|sore|malam|malem) ini|"
    # spoken and typed short forms: "ntar malem", "tmrw", "tmr"
    rf"(?:nanti|ntar|nti) (?:pagi|siang|sore|malam|malem)|(?:pagi|siang|sore|malam|malem) nanti|besok|bsk|esok|"
    rf"tomorrow|tomorow|tmrw|tmr|tmrow|2morrow|lusa|day after tomorrow|"
    # Javanese and Sundanese "tomorrow"
    rf"sesuk|mbesuk|mbenjing|isukan)|"
    # "3 hari lagi", "dua hari lagi", "in 2 days", "two days from now"
    rf"(?P<count>\d|{_COUNTS})\s+(?:hari\s+lagi|days?\s+from\s+now)|in\s+(?P<in_count>\d|{_COUNTS})\s+days?|"
    # "minggu depan hari Rabu", "Wednesday next week": that weekday in the coming calendar week
    rf"(?:{_NEXT_WEEK}),?\s+(?:(?:hari|on|pada)\s+)?(?P<week_lead>{WEEKDAY_WORD})|"
    # ("on Wednesday next week": the "on" is the day's, not a bare weekday's)
    rf"(?:on\s+)?(?P<week_tail>{WEEKDAY_WORD}),?\s+(?:(?:of|on)\s+)?(?:{_NEXT_WEEK})|"
    rf"(?:(?P<lead>next|this|coming|last|past)\s+(?P<lead_day>{WEEKDAY_WORD}))|"
    # "Senin kemarin", "Jumat lalu", "last Monday": a day gone by
    rf"(?:(?P<sunday>hari\s+)?(?P<day>{WEEKDAY_WORD})\s+(?P<tail>depan|ini|besok|nanti|this week|kemarin|kemaren|kmrn|"
    rf"lalu|yang lalu|yg lalu|last week))|"
    rf"(?:on\s+)?(?<!hari )(?P<bare>{FULL_WEEKDAY}))\b",
    re.I,
)
_NEXT_TIME = 40
_ROUGH_HOUR = re.compile(
    r"\W{0,3}(?:sekitar|kira-kira|kurang lebih|around|about|approximately|roughly|circa)\s+(\d{1,2})(?:[.:](\d{2}))?"
    # (not a count: "around 7 students", "sekitar 7 orang")
    r"(?:\s*-?ish|-?an)?(?![\w/.:-]*\d)(?!\s*(?:%|(?!(?:please|pls|ya+|if|kalau|kalo|klo|saja|aja|wib|wita|wit|then|"
    r"and|dan|or|atau|so|biar|agar|supaya|deh|dong)\b)[a-z]{3,}))",
    re.I,
)
_PREVIOUS_TIME = 40


@dataclass(frozen=True)
class FoundMoment:
    at: datetime
    start: int
    end: int
    # the words between the date and a time written after it ("besok; kuisnya dibuka jam 8")
    between: str = ""


def _year(written: str | None, day: int, month: int, local: date) -> int | None:
    if written:
        number = int(written.lstrip("'"))
        return number + 2000 if number < 100 else number
    # A date without a year is the next one on or after the mail's date.
    try:
        return local.year if date(local.year, month, day) >= local else local.year + 1
    except ValueError:
        return None


# English words around a numeric date ("post it on 12/8 at 10:00 am"); an Indonesian cue ("tgl", "jam") reads it
# day first whatever else is near
_ENGLISH_NEAR = re.compile(r"(?i)\b(?:on|for|by|at|post|publish|schedule|please|am|pm)\b")
_INDONESIAN_NEAR = re.compile(r"(?i)\b(?:tgl|tanggal|jam|pukul|pkl|pada|tayang\w*|mohon|tolong)\b")


def _month_first(text: str, match: re.Match[str], day: int, month: int, written: str | None, local: date) -> bool:
    """An English writer's "12/8" is 8 December when that is near and 12 August is months off (or gone): the
    American order is the one that makes it a date someone would ask for now. Where both are near, the day stays
    first (a Kenyan's "2/1" in late December is 2 January)."""
    if not (day <= 12 and month <= 12 and day != month):
        return False
    around = text[max(0, match.start() - 40) : match.end() + 25]
    if not _ENGLISH_NEAR.search(around) or _INDONESIAN_NEAR.search(around):
        return False
    readings = []
    for first, second in ((day, month), (month, day)):
        year = _year(written, first, second, local)
        try:
            readings.append((date(year, second, first) - local).days if year else None)
        except ValueError:
            return False
    day_first, month_first = readings
    return day_first is not None and month_first is not None and 0 <= month_first <= 45 and not 0 <= day_first <= 120


def _absolute(text: str, local: date) -> list[tuple[date, int, int]]:
    """Every written date, in order; where two forms overlap, the one that starts first (then the longer) wins."""
    found: list[tuple[date, int, int]] = []
    for kind, pattern in _DATES:
        for match in pattern.finditer(text):
            groups = match.groups()
            if kind == "day month":
                day, month, written = int(groups[0]), MONTHS[groups[1].lower()], groups[2]
            elif kind == "month day":
                day, month, written = int(groups[1]), MONTHS[groups[0].lower()], groups[2]
            elif kind == "iso":
                day, month, written = int(groups[3]), int(groups[2]), groups[0]
            elif kind == "d/m/y":
                day, month, written = int(groups[0]), int(groups[2]), groups[3]
                # Day first, unless the second number cannot be a month ("12/25/2026" from an American pen).
                if month > 12 >= day or _month_first(text, match, day, month, written, local):
                    day, month = month, day
            elif kind == "day roman":
                day, month, written = int(groups[0]), ROMAN_MONTHS[groups[2] or groups[4]], groups[3] or groups[5]
            elif kind == "day":
                day, written = int(groups[0] or groups[1]), None
                month = local.month if day >= local.day and not groups[2] else local.month % 12 + 1
            else:
                day, month, written = int(groups[1]), int(groups[2]), None
                if _month_first(text, match, day, month, None, local):
                    day, month = month, day
            year = _year(written, day, month, local) if 1 <= month <= 12 else None
            try:
                if year:
                    found.append((date(year, month, day), match.start(), match.end()))
            except ValueError:
                continue
    kept: list[tuple[date, int, int]] = []
    for candidate in sorted(found, key=lambda item: (item[1], -item[2])):
        if not kept or candidate[1] >= kept[-1][2]:
            kept.append(candidate)
    return kept


def _relative(match: re.Match[str], local: date) -> date | None:
    """The day a relative expression names, or None when it names a week rather than a day ("minggu depan")."""
    groups = match.groupdict()
    if word := groups["word"]:
        word = word.lower()
        offset = (
            1
            if word
            in (
                "besok",
                "bsk",
                "esok",
                "tomorrow",
                "tomorow",
                "tmrw",
                "tmr",
                "tmrow",
                "2morrow",
                "sesuk",
                "mbesuk",
                "mbenjing",
                "isukan",
            )
            else 2
            if word in ("lusa", "day after tomorrow")
            else 0
        )
        return local + timedelta(days=offset)
    if count := groups["count"] or groups["in_count"]:
        return local + timedelta(days=int(_COUNT.get(count.lower(), 0) or count))
    if week_day := groups["week_lead"] or groups["week_tail"]:
        return local - timedelta(days=local.weekday()) + timedelta(days=7 + WEEKDAYS[week_day.lower()])
    named = groups["lead_day"] or groups["day"] or groups["bare"]
    # "minggu ini/depan" is this/next week; only "hari Minggu" is a Sunday.
    if named.lower() == "minggu" and not groups["sunday"]:
        return None
    ahead = (WEEKDAYS[named.lower()] - local.weekday()) % 7
    said = (groups["lead"] or groups["tail"] or "").lower()
    if said in ("last", "past", "kemarin", "kemaren", "kmrn", "lalu", "yang lalu", "yg lalu", "last week"):
        return local - timedelta(days=(local.weekday() - WEEKDAYS[named.lower()]) % 7 or 7)
    following = said in ("next", "depan", "coming")
    if following and ahead == 0:
        ahead = 7
    return local + timedelta(days=ahead)


def writers_date(reference: datetime) -> date:
    """The day the mail was written on where its writer was: "besok" from Tokyo at 00:30 (+0900) is the day after
    the writer's day, not after Batam's. A UTC stamp is often a server's, not the writer's, and is read in WIB."""
    offset = reference.utcoffset()
    return reference.date() if offset else reference.astimezone(WIB).date()


def _dates(text: str, reference: datetime) -> list[tuple[date, int, int]]:
    """Every date in the text, written out or relative to the reference (the mail's date), in order."""
    local = writers_date(reference)
    absolute = _absolute(text, local)
    found = list(absolute)
    # the written dates do not overlap and come in order: the one to look at is found by halving, not by a scan per
    # relative word (quadratic on "Monday 7 Dec, " by the thousand)
    starts = [start for _, start, _ in absolute]
    for match in _RELATIVE.finditer(text):
        day = _relative(match, local)
        # "tomorrow, 20 November 2025" / "Senin, 22 September": a written date close after a relative word is the date.
        following = bisect_left(starts, match.start())
        close = following < len(starts) and starts[following] <= match.end() + 25
        # the last written date starting before the word ends reaches furthest
        last = bisect_left(starts, match.end()) - 1
        overlaps = last >= 0 and match.start() < absolute[last][2]
        if day is not None and not close and not overlaps:
            found.append((day, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def dates_in(text: str, reference: datetime) -> list[tuple[date, int, int]]:
    """Every date in the text, in order (see _dates)."""
    return _dates(text, reference)


def find_date(text: str, reference: datetime) -> tuple[date, int, int] | None:
    """The first calendar date in the text, written out or relative to the reference (the mail's date)."""
    dates = _dates(text, reference)
    return dates[0] if dates else None


def find_moment(text: str, reference: datetime) -> FoundMoment | None:
    """The first date with a time close after (or before) it, in WIB; a date alone is not a moment (00:00 is not
    guessed), and a time belongs to the date nearest it ("besok kuliah libur, tayang malam ini jam 7")."""
    dates = _dates(text, reference)
    for index, (day, start, end) in enumerate(dates):
        following = dates[index + 1][1] if index + 1 < len(dates) else len(text)
        preceding = dates[index - 1][2] if index else 0
        # "malam ini jam 8", "besok sore jam 4": the part of the day said with the date sets the hour's half.
        part = re.search(r"\b(?:" + PART_OF_DAY + r"|tonight)", text[start : end + 12], re.IGNORECASE)
        # a bare "0800" right after the day is its hour before any clock further on
        after = bare_hour(near := text[end : min(end + _NEXT_TIME, following)]) or find_time(near)
        window = max(preceding, start - _PREVIOUS_TIME)
        clocked = after or find_time(text[window:start])
        if clocked is None and part and (rough := _ROUGH_HOUR.match(text, start + part.end())):
            # "tomorrow morning around 7", "besok pagi sekitar 7-an": the part of the day makes a bare hour a time
            clock = time(hour_in_part(int(rough.group(1)), part.group(0).lower()), int(rough.group(2) or 0))
            return FoundMoment(datetime.combine(day, clock, WIB), start, rough.end())
        if clocked is None:
            continue
        clock, zone, time_start, time_end = clocked
        if part:
            clock = clock.replace(hour=hour_in_part(clock.hour, part.group(0).lower().replace("tonight", "malam")))
        at = in_wib(day, clock, zone)
        if after:
            return FoundMoment(at, start, end + time_end, text[end : end + time_start])
        return FoundMoment(at, window + time_start, end)
    return None
