"""Every indicator of the LED report with its target and status, and the findings that follow from them."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from daemon.config import Config
from daemon.reports.led.year_figures import YearFigures
from daemon.wording import Wording
from templates import DIRECTORY as DEFAULT_TEMPLATES

WORDS = Wording("id")


@cache
def _definitions() -> dict[str, Any]:
    return tomllib.loads((DEFAULT_TEMPLATES / "report" / "indicators.id.toml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Indicator:
    key: str
    code: str
    name: str
    target: float
    actual: float | None
    unit: str  # "%", "detik", "bulan", "jam" or "skor"
    higher_is_better: bool

    def shown(self, value: float | None) -> str:
        if value is None:
            return "tidak diukur" if self.key == "availability" else "-"
        if self.unit == "%":
            return WORDS.percent(value)
        if self.unit == "bulan":
            return f"{value:.0f} bulan"
        if self.unit == "skor":
            return f"{WORDS.number(value, 2)} dari 5"
        return f"{WORDS.number(value)} {self.unit}"

    @property
    def target_text(self) -> str:
        return ("≥ " if self.higher_is_better else "≤ ") + self.shown(self.target)

    @property
    def achieved(self) -> bool | None:
        if self.actual is None:
            return None
        return self.actual >= self.target if self.higher_is_better else self.actual <= self.target

    @property
    def status(self) -> str:
        if self.achieved is None and self.key == "availability":
            return WORDS.label("status_marks", "not_measured")  # no probe ran: never a percentage
        key = {None: "no_data", True: "achieved", False: "not_achieved"}[self.achieved]
        return WORDS.label("status_marks", key)

    def moved(self, before: float | None) -> str:
        """Better, worse or unchanged against an earlier value, in words."""
        if before is None or self.actual is None:
            return "tidak dapat dibandingkan"
        if self.shown(self.actual) == self.shown(before):  # equal as the reader sees them
            return "tetap"
        better = self.actual > before if self.higher_is_better else self.actual < before
        return "membaik" if better else "memburuk"


@dataclass(frozen=True)
class Finding:
    indicator: Indicator
    finding: str
    cause: str
    action: str
    owner: str
    deadline: str


def indicators(config: Config, figures: YearFigures) -> tuple[Indicator, ...]:
    overall, evidence, targets = figures.overall, figures.evidence, config.report.targets
    values: list[tuple[str, float, float | None, str, bool]] = [
        ("iku", config.report.iku_target_pct, overall.first_response_within_target_pct, "%", True),
        ("availability", config.availability.target_pct, figures.availability_pct, "%", True),
        ("ack", targets.ack_median_seconds, overall.ack_median_seconds, "detik", False),
        ("out_of_hours", targets.out_of_hours_ack_pct, evidence.out_of_hours_acked_pct, "%", True),
        (
            "digests",
            float(min(targets.digest_months, len(evidence.digest_due_months))),
            float(len(evidence.digest_months)),
            "bulan",
            True,
        ),
        ("satisfaction", targets.satisfaction, overall.satisfaction_average, "skor", True),
        ("low_ratings", targets.low_ratings_followed_pct, evidence.low_ratings_followed_pct, "%", True),
        ("resolution", targets.resolution_median_hours, overall.resolution_median_hours, "jam", False),
    ]
    found = []
    for key, target, actual, unit, higher in values:
        words = _definitions()[key]
        name = str(words["name"]).format(minutes=overall.target_minutes)
        found.append(Indicator(key, str(words["code"]), name, target, actual, unit, higher))
    return tuple(found)


def _top(pairs: tuple[tuple[Any, int], ...], section: str) -> str:
    return ", ".join(f"{WORDS.label(section, str(code))} ({count})" for code, count in pairs[:2])


def _cause(indicator: Indicator, figures: YearFigures) -> str:
    evidence = figures.evidence
    if indicator.key in ("iku", "resolution", "satisfaction"):
        late = sum(count for _, count in evidence.breach_types)
        if not late:
            return "Tidak ada pelanggaran target respons; penyebab perlu ditelusuri dari catatan tiket."
        parts = [
            f"{late} permintaan melewati target; terbanyak pada jenis {_top(evidence.breach_types, 'types')}",
            f"kanal {_top(evidence.breach_channels, 'channels')}",
            f"{evidence.breaches_out_of_hours} di antaranya masuk di luar jam layanan",
        ]
        if evidence.breach_hours:
            hour, count = evidence.breach_hours[0]
            parts.append(f"jam kedatangan tersering pukul {hour:02d}.00-{hour + 1:02d}.00 ({count})")
        if evidence.responders:
            name, count = evidence.responders[0]
            total = sum(item for _, item in evidence.responders)
            parts.append(
                f"beban respons: {len(evidence.responders)} staf, {name} menjawab {count} dari {total} permintaan"
            )
        return "; ".join(parts) + "."
    if indicator.key == "availability":
        below = [
            f"{item.year.service} {indicator.shown(item.year.available_pct)} ({len(item.year.outages)} gangguan)"
            for item in figures.availability
            if item.year.available_pct is not None and item.year.available_pct < indicator.target
        ]
        return "Layanan di bawah target: " + (", ".join(below) or "-") + "."
    if indicator.key == "ack":
        return f"{evidence.slow_acks} permintaan mendapat tanda terima lebih dari 5 menit setelah masuk."
    if indicator.key == "out_of_hours":
        missing = evidence.out_of_hours - evidence.out_of_hours_acked
        return f"{missing} dari {evidence.out_of_hours} permintaan di luar jam layanan tidak mendapat tanda terima."
    if indicator.key == "digests":
        absent = [WORDS.month(month) for month in evidence.digest_due_months if month not in evidence.digest_months]
        return "Ringkasan bulanan tidak terkirim untuk: " + (", ".join(absent) or "-") + "."
    waiting = ", ".join(f"#{number}" for number in evidence.low_rating_tickets[:10]) or "-"
    return f"Penilaian rendah tanpa tindak lanjut staf: {waiting}."


def findings(config: Config, figures: YearFigures) -> tuple[Finding, ...]:
    """An indicator below target, or worse than last year, becomes a finding with its measured cause."""
    before = {item.key: item.actual for item in indicators(config, figures.last_year)} if figures.last_year else {}
    deadline = WORDS.date(date(figures.year + 1, 3, 31))
    found = []
    for indicator in indicators(config, figures):
        worse = indicator.moved(before.get(indicator.key)) == "memburuk"
        if indicator.achieved is not False and not worse:
            continue
        text = f"{indicator.name}: {indicator.shown(indicator.actual)} (target {indicator.target_text})"
        if worse:
            text += f", memburuk dari {indicator.shown(before.get(indicator.key))} tahun {figures.year - 1}"
        action = str(_definitions()[indicator.key]["action"])
        found.append(Finding(indicator, text + ".", _cause(indicator, figures), action, config.report.owner, deadline))
    return tuple(found)


def last_year_actions(config: Config, figures: YearFigures) -> tuple[tuple[str, ...], ...]:
    """Last year's findings and actions, with the indicator then and now and whether it moved."""
    if figures.last_year is None:
        return ()
    now = {item.key: item for item in indicators(config, figures)}
    rows = []
    for item in findings(config, figures.last_year):
        current = now[item.indicator.key]
        rows.append(
            (
                item.finding,
                item.action,
                item.indicator.shown(item.indicator.actual),
                current.shown(current.actual),
                current.moved(item.indicator.actual),
            )
        )
    return tuple(rows)
