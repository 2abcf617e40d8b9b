"""Lay out the yearly LED report as typed blocks: cover, approval page, contents, and the IAPS 4.0 structure."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from daemon.config import Config
from daemon.reports.led.blocks import Block, Contents, Heading, PageBreak, Paragraph, Picture, Table
from daemon.reports.led.indicators import WORDS, Indicator, indicators
from daemon.reports.led.narrative import Narrative
from daemon.reports.led.sections import closing, evaluation, indicator_sections
from daemon.reports.led.year_figures import YearFigures


def _signature_line(config: Config, signed_on: date) -> str:
    return f"{config.report.place}, {WORDS.date(signed_on)}"


def _front(config: Config, figures: YearFigures, signed_on: date) -> list[Block]:
    report, year = config.report, figures.year
    people = (report.prepared_by, report.checked_by)
    head_name, head_id = report.head_name or "(nama)", report.head_id or "(NIP)"
    return [
        Heading(0, f"LAPORAN EVALUASI DIRI (LED)\nLAYANAN HELPDESK P4M TAHUN {year}"),
        Paragraph(f"{report.unit}\n{report.institution}\n{WORDS.date(signed_on)}", centred=True),
        Paragraph(f"Sumber data: Rekaman Helpdesk P4M, 1 Januari - 31 Desember {year}.", centred=True),
        PageBreak(),
        Heading(1, "Lembar Pengesahan"),
        Paragraph(
            f"Laporan Evaluasi Diri Layanan Helpdesk P4M tahun {year} ini telah disusun, diperiksa dan disahkan "
            f"sebagai berikut."
        ),
        Table(
            ("", "Disusun oleh", "Diperiksa oleh", "Disahkan oleh"),
            (
                ("Jabatan", people[0].role, people[1].role, "Kepala P4M"),
                ("Nama", people[0].name or "(nama)", people[1].name or "(nama)", head_name),
                ("NIP/NIK", people[0].id or "(NIP)", people[1].id or "(NIP)", head_id),
                ("Tanda tangan", "\n\n", "\n\n", "\n\n"),
                ("Tempat, tanggal", *(_signature_line(config, signed_on),) * 3),
            ),
            "Pengesahan laporan",
            (3.0, 4.3, 4.3, 4.3),
        ),
        PageBreak(),
        Contents(),
        PageBreak(),
    ]


def _indicator_rows(found: tuple[Indicator, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple((item.code, item.name, item.target_text, item.shown(item.actual), item.status) for item in found)


def build_report(config: Config, figures: YearFigures, narrative: Narrative, signed_on: date) -> list[Block]:
    year = figures.year
    overall = figures.overall
    minutes = overall.target_minutes
    found = indicators(config, figures)
    iku = found[0]
    text = narrative.texts
    blocks: list[Block] = [
        *_front(config, figures, signed_on),
        Heading(1, "Ringkasan Eksekutif"),
        Paragraph(
            f"Selama tahun {year} Helpdesk P4M menerima {overall.total} permintaan. Indikator Kinerja Utama "
            f"(IKU) B.1.2.8.10.a, yaitu persentase permintaan yang mendapat respons manusia pertama dalam "
            f"{minutes} menit, mencapai {iku.shown(iku.actual)} terhadap target {iku.target_text} "
            f"({iku.status.lower()}). "
            f"{sum(1 for item in found if item.achieved)} dari {len(found)} indikator mencapai targetnya."
        ),
        Table(
            ("Kode", "Indikator", "Target", "Realisasi", "Status"),
            _indicator_rows(found),
            "Capaian indikator kinerja",
            (3.3, 5.7, 2.4, 2.2, 2.4),
        ),
        Heading(1, "I. Pendahuluan"),
        Paragraph(
            f"Dasar: SOP Layanan Helpdesk P4M dan IKU B.1.2.8.10.a (respons {minutes} menit), B.1.3.4.15.a-c "
            f"(layanan tersedia, mudah dijangkau, dievaluasi berkala dengan tindak lanjut). Periode data: "
            f"1 Januari - 31 Desember {year}. Sumber data: Rekaman Helpdesk P4M."
        ),
        Paragraph(
            f"Cara pengukuran: waktu respons dihitung dari saat permintaan diterima server email (atau saat "
            f"dicatat untuk kanal lain) sampai respons manusia pertama (balasan staf yang diteruskan, balasan "
            f"yang terkirim dari kotak surat helpdesk, atau respons lewat kanal lain yang dicatat staf). Tanda "
            f"terima otomatis tidak dihitung sebagai respons. IKU dihitung atas semua permintaan manusia yang masuk "
            f"pada periode itu (email otomatis tidak dihitung): yang dijawab dalam {minutes} menit dihitung tepat "
            f"waktu; yang dijawab lebih lambat atau belum dijawab setelah tenggatnya dihitung terlambat. Jam yang "
            f"dipakai: {WORDS.label('clocks', overall.clock)}."
        ),
        Heading(1, "II. Laporan Evaluasi Diri"),
        Heading(2, "A. Kondisi Eksternal"),
        Paragraph(text["kondisi_eksternal"]),
        Heading(2, "B. Profil Layanan"),
        Paragraph(text["profil_layanan"]),
        Table(
            ("Kanal", "Permintaan"),
            tuple((WORDS.label("channels", channel), str(count)) for channel, count in overall.by_channel.items()),
            "Permintaan per kanal",
        ),
        Table(
            ("Jenis permintaan", "Permintaan"),
            tuple((WORDS.label("types", kind), str(count)) for kind, count in overall.by_type.items()),
            "Permintaan per jenis",
        ),
        Heading(2, "C. Kriteria"),
        Heading(3, "1. Latar Belakang"),
        Paragraph(text["latar_belakang"]),
        Heading(3, "2. Kebijakan"),
        Paragraph(text["kebijakan"]),
        Heading(3, "3. Strategi Pencapaian Standar"),
        Paragraph(text["strategi"]),
    ]
    blocks += indicator_sections(config, figures, found)
    blocks += evaluation(config, figures, found, narrative)
    blocks += closing(config, figures, narrative, f"{_signature_line(config, signed_on)}")
    return numbered(blocks)


def numbered(blocks: list[Block]) -> list[Block]:
    """Captions numbered in order of appearance: "Tabel 3. ...", "Gambar 2. ..." (annexes keep their own)."""
    tables = pictures = 0
    found: list[Block] = []
    for block in blocks:
        if isinstance(block, Table) and not block.caption.startswith("Lampiran"):
            tables += 1
            block = replace(block, caption=f"Tabel {tables}. {block.caption}")
        elif isinstance(block, Picture):
            pictures += 1
            block = replace(block, caption=f"Gambar {pictures}. {block.caption}")
        found.append(block)
    return found
