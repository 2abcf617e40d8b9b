"""The one date style people read: "Senin, 7 Desember 2026 pukul 08.00 WIB" ("Monday, 7 December 2026, 08:00 WIB")."""

from __future__ import annotations

from datetime import datetime, tzinfo

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
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_datetime(moment: datetime, zone: tzinfo, language: str = "id") -> str:
    local = moment.astimezone(zone)
    abbreviation = local.tzname() or ""  # WIB, WITA, WIT for the Indonesian zones
    if language == "en":
        return (
            f"{DAYS_EN[local.weekday()]}, {local.day} {MONTHS_EN[local.month - 1]} {local.year}, "
            f"{local:%H:%M} {abbreviation}"
        ).rstrip()
    return (
        f"{DAYS_ID[local.weekday()]}, {local.day} {MONTHS_ID[local.month - 1]} {local.year} "
        f"pukul {local:%H.%M} {abbreviation}"
    ).rstrip()
