"""The availability part of the LED report (IKT B.1.3.4.15.a) and of the monthly digest, as blocks and rows."""

from __future__ import annotations

from dataclasses import dataclass

from daemon.reports import charts
from daemon.reports.availability_figures import Outage, ServiceFigures
from daemon.reports.availability_periods import ServiceYear
from daemon.reports.led.blocks import Block, Paragraph, Picture, Table
from daemon.wording import Wording

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


def outage_rows(outages: list[Outage], wording: Wording) -> list[OutageRow]:
    return [
        OutageRow(
            o.service,
            wording.when(o.start),
            wording.when(o.end) if o.end else "masih berlangsung",
            duration(o.minutes),
            o.error or "-",
        )
        for o in outages
    ]


def availability_blocks(
    services: tuple[ServiceYear, ...], year: int, target_pct: float, wording: Wording
) -> list[Block]:
    """What the probes measured for IKT B.1.3.4.15.a: per service, by month, the outages and the maintenance."""
    measured = [item for item in services if item.year.available_pct is not None]
    if not measured:
        return [
            Paragraph(
                f"Ketersediaan layanan tahun {year} tidak diukur: tidak ada data pemeriksaan otomatis "
                f"(bagian [availability] konfigurasi helpdesk) untuk tahun ini."
            )
        ]
    rows = tuple(
        (item.year.service, _pct(target_pct), realised(item.year), status(item.year, target_pct)) for item in services
    )
    months = [wording.month_short(year, month) for month in range(1, 13)]
    outages = [outage for item in services for outage in item.year.outages]
    listed = outage_rows(sorted(outages, key=lambda o: o.start)[:MAX_OUTAGE_ROWS], wording)
    windows = sorted((w for item in services for w in item.year.maintenance), key=lambda w: w.start)
    return [
        Paragraph(
            "Ketersediaan = waktu layanan dapat dijangkau dibagi waktu teramati, per layanan, dari pemeriksaan "
            "otomatis berkala. Waktu ketika sistem helpdesk tidak berjalan tidak teramati dan tidak dihitung "
            "sebagai tersedia; bagian waktu yang teramati ditunjukkan di samping angka ketersediaan. "
            "Pemeliharaan terencana dicatat terpisah dan tidak dihitung sebagai gangguan."
        ),
        Table(("Layanan", "Target", "Realisasi", "Status"), rows, "Ketersediaan per layanan (IKT B.1.3.4.15.a)"),
        Picture(
            charts.monthly_availability(
                months, {item.year.service: [m.available_pct for m in item.months] for item in services}, target_pct
            ),
            "Ketersediaan layanan per bulan",
        ),
        Table(
            ("Layanan", "Mulai", "Selesai", "Durasi", "Kesalahan"),
            tuple((r.service, r.start, r.end, r.duration, r.error) for r in listed) or (("-", "-", "-", "-", "-"),),
            "Gangguan layanan",
        ),
        Table(
            ("Layanan", "Mulai", "Selesai", "Keterangan"),
            tuple((w.service, wording.when(w.start), wording.when(w.end), w.note or "-") for w in windows)
            or (("-", "-", "-", "-"),),
            "Pemeliharaan terencana (tidak dihitung sebagai gangguan)",
        ),
    ]
