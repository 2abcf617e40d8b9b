"""How the reports write months and numbers: Indonesian month names, a decimal comma, a dash for no data."""

from __future__ import annotations

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def number(value: float | None) -> str:
    """Indonesian decimal comma; a dash for no data."""
    if value is None:
        return "-"
    return f"{value:.1f}".replace(".", ",")


def percent(value: float | None) -> str:
    return "-" if value is None else f"{number(value)}%"
