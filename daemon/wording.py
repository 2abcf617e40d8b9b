"""Dates, numbers and the words for internal codes as a person reads them, from one labels file per language."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from parsers.text_form import html_to_text
from templates import DIRECTORY as TEMPLATES

LABELS_DIR = TEMPLATES / "labels"
LANGUAGES = ("id", "en")
DEFAULT_ZONE = ZoneInfo("Asia/Jakarta")
_REASON = re.compile(r"^(subject|text): .*\((['\"])(.*)\2\)$")
_EXAMPLE = re.compile(r"^like staff-corrected .*\(([\d.]+)\)$")
_TRIAGE = re.compile(r"^needs triage: unsure between (\w+) and (\w+)$")
_SENDER_UNCLEAR = re.compile(r"^sender unclear \(.*\): no receipt sent$")
_CHANGE = re.compile(r"^changes\.(\w+) = .* from (['\"])(.*)\2 at \d+-\d+$")
_LEARNED = re.compile(r"^learned model \([\w ]*n-grams, (\d+) examples\): (\w+) ([\d.]+)$")
_OVERRULED = re.compile(r"^over the keyword rules' choice \((\w+)\)$")
_LEARNED_UNSURE = re.compile(r"^needs triage: the learned model is unsure \((\w+) ([\d.]+)\)$")
_NAMED_IN_SUBJECT = re.compile(r", the field named in the subject \(.*\)$")
# Reasons the classifier gives in fixed words, by their key in the labels file.
_FIXED_REASONS = {
    "nothing about e-learning, a course or a document": "nothing_about_the_unit",
    "thanks without asking for anything": "thanks_only",
    "a reply saying the work is done": "done_in_reply",
}


def _cue_words(cue: str) -> str:
    """The request's own words in where a change was read: "copula: pengampunya" -> "pengampunya". Before the
    first ": " the classifier names its way of reading in English for the log, which a reader has no use for."""
    words = cue.removeprefix("subject, ")
    _, colon, rest = words.partition(": ")
    return _NAMED_IN_SUBJECT.sub("", rest if colon else words)


def language_of(value: str) -> str:
    return value if value in LANGUAGES else "id"


@cache
def _table(language: str) -> dict[str, Any]:
    with (LABELS_DIR / f"{language_of(language)}.toml").open("rb") as handle:
        return tomllib.load(handle)


@dataclass(frozen=True)
class Wording:
    """One reader's language and time zone: `when(moment)`, `label("types", "course_data")`, `number(1.5)`."""

    language: str = "id"
    zone: tzinfo = DEFAULT_ZONE

    @property
    def table(self) -> dict[str, Any]:
        return _table(self.language)

    def label(self, section: str, code: str | None) -> str:
        """The reader's word for a code; an unknown code is shown capitalised rather than hidden."""
        if code is None or code == "":
            return "-"
        found = self.table.get(section, {}).get(str(code))
        return str(found) if found is not None else str(code).replace("_", " ").capitalize()

    def labels(self, section: str) -> dict[str, str]:
        return dict(self.table[section])

    def subject(self, key: str, /, **values: object) -> str:
        """A subject line from the [subjects] table, its {placeholders} filled in."""
        return self.filled("subjects", key, **values)

    def filled(self, section: str, key: str, /, **values: object) -> str:
        """A sentence from a table of the labels file, its {placeholders} filled in."""
        return str(self.table[section][key]).format(**values)

    def month(self, number: int) -> str:
        return str(self.table["months"][number - 1])

    def month_year(self, year: int, month: int) -> str:
        return f"{self.month(month)} {year}"

    def month_short(self, year: int, month: int) -> str:
        return f"{self.table['months_short'][month - 1]} {year % 100:02d}"

    def day_short(self, weekday: int) -> str:
        return str(self.table["days_short"][weekday])

    def _parts(self, moment: datetime | dt.date) -> dict[str, Any]:
        if isinstance(moment, datetime):
            if moment.tzinfo is None:
                raise ValueError("a time a person reads must carry its time zone")
            moment = moment.astimezone(self.zone)
            zone = moment.tzname() or ""
            hour, minute = moment.hour, moment.minute
        else:
            zone, hour, minute = "", 0, 0
        return {
            "day": self.table["days"][moment.weekday()],
            "date": moment.day,
            "month": self.month(moment.month),
            "year": moment.year,
            "hour": hour,
            "minute": minute,
            "zone": zone if zone and zone[0] not in "+-" else f"UTC{zone}",
        }

    def _format(self, style: str, moment: datetime | dt.date | str | None) -> str:
        if moment is None or moment == "":
            return "-"
        if isinstance(moment, str):
            moment = datetime.fromisoformat(moment)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=self.zone)
        return str(self.table["formats"][style]).format(**self._parts(moment))

    def when(self, moment: datetime | str | None) -> str:
        """ "Senin, 7 Desember 2026 pukul 08.00 WIB" / "Monday, 7 December 2026, 08:00 WIB"."""
        return self._format("when", moment)

    def stamp(self, moment: datetime | str | None) -> str:
        """The compact form for tables: "5 Januari 2026 08.00 WIB"."""
        return self._format("stamp", moment)

    def date(self, moment: datetime | dt.date | str | None) -> str:
        """ "7 Desember 2026"."""
        return self._format("date", moment)

    def day(self, moment: datetime | dt.date | str | None) -> str:
        """ "Senin, 7 Desember 2026"."""
        return self._format("day", moment)

    def time(self, moment: datetime | None) -> str:
        return self._format("time", moment)

    def number(self, value: float | None, digits: int = 1) -> str:
        """Decimal comma in Indonesian; a dash for no data."""
        if value is None:
            return "-"
        return f"{value:.{digits}f}".replace(".", str(self.table["formats"]["decimal"]))

    def percent(self, value: float | None, digits: int = 1) -> str:
        return "-" if value is None else f"{self.number(value, digits)}%"

    def confidence(self, value: float) -> str:
        """The classifier's confidence as a word: tinggi / sedang / rendah."""
        key = "high" if value >= 0.75 else "medium" if value >= 0.5 else "low"
        return self.label("confidence", key)

    def reason(self, text: str) -> str:
        """A classifier reason (written for the log, in English) as a sentence in the reader's language."""
        words = self.table["reasons"]
        if found := _REASON.match(text):
            return str(words[found.group(1)]).format(match=f'"{found.group(3)}"')
        if found := _EXAMPLE.match(text):
            return str(words["example"]).format(similarity=self.number(float(found.group(1)), 2))
        if found := _TRIAGE.match(text):
            first, second = (self.label("types", code) for code in found.groups())
            return str(words["triage"]).format(first=first, second=second)
        if found := _CHANGE.match(text):
            field = self.label("fields", found.group(1))
            return str(words["change"]).format(field=field, cue=f'"{_cue_words(found.group(3))}"')
        if found := _LEARNED.match(text):
            kind, certainty = self.label("types", found.group(2)), self.confidence(float(found.group(3)))
            return str(words["learned"]).format(examples=found.group(1), type=kind, confidence=certainty)
        if _SENDER_UNCLEAR.match(text):
            return str(words["sender_unclear"])
        if found := _OVERRULED.match(text):
            return str(words["overruled"]).format(type=self.label("types", found.group(1)))
        if found := _LEARNED_UNSURE.match(text):
            return str(words["learned_unsure"]).format(type=self.label("types", found.group(1)))
        return str(words[_FIXED_REASONS.get(text, "none")])

    def hours(self, week: dict[int, tuple[tuple[dt.time, dt.time], ...]]) -> str:
        """Service hours in words: "Senin-Jumat 08.00-16.00 WIB" (days with the same hours grouped)."""
        clock = "{0:%H}.{0:%M}" if self.language == "id" else "{0:%H}:{0:%M}"
        zone = datetime.now(self.zone).tzname() or ""
        groups: list[tuple[int, int, str]] = []
        for weekday in range(7):
            spans = week.get(weekday)
            if not spans:
                continue
            text = ", ".join(f"{clock.format(start)}-{clock.format(end)}" for start, end in spans)
            if groups and groups[-1][1] == weekday - 1 and groups[-1][2] == text:
                groups[-1] = (groups[-1][0], weekday, text)
            else:
                groups.append((weekday, weekday, text))
        days = self.table["days"]
        return "; ".join(
            f"{days[first]}{'' if first == last else '-' + days[last]} {text} {zone}" for first, last, text in groups
        )

    def field_value(self, key: str, value: str) -> str:
        """An extracted field's value as read: a publish time in the date style, a scope in words."""
        if key == "publish_at":
            try:
                return self.when(value)
            except ValueError:
                return value
        if key == "scope":
            return self.label("fields", value)
        return value

    def moodle_value(self, value: str, key: str) -> str:
        """A Moodle course field as read: its dates (Unix seconds) in the date style, its visibility in words."""
        if key in ("startdate", "enddate") and value.isdigit():
            if int(value) == 0:
                return self.label("moodle_values", "no_date")
            return self.day(datetime.fromtimestamp(int(value), self.zone))
        if key == "visible" and value in ("0", "1"):
            return self.label("moodle_values", f"visible_{value}")
        if key == "summary" and "<" in value:
            # Moodle keeps the description as HTML; staff read it in a plain-text mail.
            return " ".join(html_to_text(value).split())
        return value


def filters(zone: tzinfo) -> dict[str, Any]:
    """Jinja filters (and `label_table`) that read the template's `lang` variable (Indonesian when it has none)."""
    from jinja2 import pass_context
    from jinja2.runtime import Context

    def wording(context: Context) -> Wording:
        return Wording(language_of(str(context.get("lang", "id"))), zone)

    def make(name: str) -> Any:
        @pass_context
        def apply(context: Context, value: Any, *args: Any) -> Any:
            return getattr(wording(context), name)(value, *args)

        return apply

    names = ("when", "stamp", "date", "day", "time", "number", "percent", "confidence", "reason", "moodle_value")
    found: dict[str, Any] = {name: make(name) for name in names}

    @pass_context
    def label(context: Context, code: str | None, section: str) -> str:
        return wording(context).label(section, code)

    @pass_context
    def label_table(context: Context, section: str) -> list[tuple[str, str]]:
        return list(wording(context).labels(section).items())

    found["label"] = label
    found["label_table"] = label_table
    return found
