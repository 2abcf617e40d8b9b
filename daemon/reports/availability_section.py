"""The availability part of the LED report (IKT B.1.3.4.15.a) and of the monthly digest, as blocks and rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from daemon.datestyle import MONTHS_ID, long_datetime
from daemon.reports import charts
from daemon.reports.availability_figures import Outage, ServiceFigures
from daemon.reports.availability_periods import ServiceYear
from daemon.reports.led.blocks import Block, Heading, Paragraph, Picture, Table

MAX_OUTAGE_ROWS = 200
NOT_MEASURED = "tidak diukur"


def _pct(value: float | None) -> str:
    if value is None:
        return "-"
    if 0 < value < 0.1:  # a few watched hours in a year still show that something was watched
        return "< 0,1 %"
    return f"{value:.1f}".replace(".", ",") + " %"


def realised(figures: ServiceFigures) -> str:
    """ "99,6 % dari 98,0 % waktu teramati", or "tidak diukur" without probe data."""
    if figures.available_pct is None:
        return NOT_MEASURED
    return f"{_pct(figures.available_pct)} dari {_pct(figures.observed_pct)} waktu teramati"


def status(figures: ServiceFigures, target_pct: float) -> str:
    if figures.available_pct is None:
        return NOT_MEASURED
    return "tercapai" if figures.available_pct >= target_pct else "belum tercapai"


def duration(minutes: float) -> str:
    whole = round(minutes)
    return f"{whole // 60} jam {whole % 60} menit" if whole >= 60 else f"{whole} menit"


@dataclass(frozen=True)
class OutageRow:
    service: str
    start: str
    end: str
    duration: str
    error: str


def outage_rows(outages: list[Outage], zone: tzinfo) -> list[OutageRow]:
    return [
        OutageRow(
            o.service,
            long_datetime(o.start, zone),
            long_datetime(o.end, zone) if o.end else "masih berlangsung",
            duration(o.minutes),
            o.error or "-",
        )
        for o in outages
    ]


def availability_blocks(services: tuple[ServiceYear, ...], year: int, target_pct: float, zone: tzinfo) -> list[Block]:
    heading = Heading(3, "Ketersediaan Layanan (IKT B.1.3.4.15.a)")
    caption = "Tabel 6a. IKT B.1.3.4.15.a: ketersediaan layanan"
    headers = ("Layanan", "Target", "Realisasi", "Status")
    measured = [item for item in services if item.year.available_pct is not None]
    if not measured:
        return [
            heading,
            Paragraph(
                f"Ketersediaan layanan tahun {year} tidak diukur: tidak ada data pemeriksaan otomatis "
                f"(bagian [availability] konfigurasi helpdesk) untuk tahun ini."
            ),
            Table(headers, (("Semua layanan", _pct(target_pct), NOT_MEASURED, NOT_MEASURED),), caption),
        ]
    rows = tuple(
        (item.year.service, _pct(target_pct), realised(item.year), status(item.year, target_pct)) for item in services
    )
    months = [name[:3] for name in MONTHS_ID]
    outages = [outage for item in services for outage in item.year.outages]
    listed = outage_rows(sorted(outages, key=lambda o: o.start)[:MAX_OUTAGE_ROWS], zone)
    windows = sorted((w for item in services for w in item.year.maintenance), key=lambda w: w.start)
    return [
        heading,
        Paragraph(
            "Ketersediaan = waktu layanan dapat dijangkau dibagi waktu teramati, per layanan, dari pemeriksaan "
            "otomatis berkala. Waktu ketika sistem helpdesk tidak berjalan tidak teramati dan tidak dihitung "
            "sebagai tersedia; bagian waktu yang teramati ditunjukkan di samping angka ketersediaan. "
            "Pemeliharaan terencana dicatat terpisah dan tidak dihitung sebagai gangguan."
        ),
        Table(headers, rows, caption),
        Picture(
            charts.monthly_availability(
                months, {item.year.service: [m.available_pct for m in item.months] for item in services}, target_pct
            ),
            "Gambar 5. Ketersediaan layanan per bulan",
        ),
        Table(
            ("Layanan", "Mulai", "Selesai", "Durasi", "Kesalahan"),
            tuple((r.service, r.start, r.end, r.duration, r.error) for r in listed) or (("-", "-", "-", "-", "-"),),
            "Tabel 6b. Gangguan layanan",
        ),
        Table(
            ("Layanan", "Mulai", "Selesai", "Keterangan"),
            tuple((w.service, long_datetime(w.start, zone), long_datetime(w.end, zone), w.note or "-") for w in windows)
            or (("-", "-", "-", "-"),),
            "Tabel 6c. Pemeliharaan terencana (tidak dihitung sebagai gangguan)",
        ),
    ]
