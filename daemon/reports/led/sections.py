"""The measured sections of the LED report: indicators with evidence, evaluation and follow-up, SWOT, annexes."""

from __future__ import annotations

from daemon.config import Config
from daemon.reports import charts
from daemon.reports.led.blocks import Block, Heading, PageBreak, Paragraph, Picture, Table
from daemon.reports.led.indicators import WORDS, Indicator, findings, indicators, last_year_actions
from daemon.reports.led.narrative import SWOT_KEYS, Narrative
from daemon.reports.led.year_figures import Share, YearFigures, missed_months

MAX_BREACH_ROWS = 200  # a busy year has thousands; the register export carries them all
number, percent = WORDS.number, WORDS.percent


def _month(label: str) -> str:
    year, month = label.split("-")
    return WORDS.month_year(int(year), int(month))


def _share_rows(shares: tuple[Share, ...], section: str) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (WORDS.label(section, s.label), str(s.requests), str(s.met), str(s.missed), percent(s.pct)) for s in shares
    )


def _evidence_table(items: list[Indicator], caption: str) -> Table:
    rows = tuple((item.name, item.target_text, item.shown(item.actual), item.status) for item in items)
    return Table(("Indikator", "Target", "Realisasi", "Status"), rows, caption, (7.2, 2.8, 3.0, 3.0))


def indicator_sections(config: Config, figures: YearFigures, found: tuple[Indicator, ...]) -> list[Block]:
    overall, evidence = figures.overall, figures.evidence
    months = [WORDS.month_short(figures.year, int(month.label[5:])) for month in figures.months]
    by_key = {item.key: item for item in found}
    digest_names = ", ".join(WORDS.month(month) for month in evidence.digest_months) or "tidak ada"
    return [
        Heading(3, "4. Indikator Kinerja Utama"),
        Paragraph(
            f"IKU keseluruhan: {percent(overall.first_response_within_target_pct)} ({overall.met} tepat waktu, "
            f"{overall.missed} terlambat, {overall.pending} belum jatuh tempo) terhadap target "
            f"{by_key['iku'].target_text}: {by_key['iku'].status.lower()}."
        ),
        Table(
            ("Kanal", "Permintaan", "Tepat waktu", "Terlambat", "IKU"),
            _share_rows(figures.by_channel, "channels"),
            "IKU per kanal",
        ),
        Table(
            ("Jenis", "Permintaan", "Tepat waktu", "Terlambat", "IKU"),
            _share_rows(figures.by_type, "types"),
            "IKU per jenis permintaan",
            (6.0, 2.5, 2.5, 2.5, 2.5),
        ),
        Picture(
            charts.monthly_share(
                months,
                [m.first_response_within_target_pct for m in figures.months],
                config.report.iku_target_pct,
                WORDS,
            ),
            "Capaian IKU per bulan",
        ),
        Heading(3, "5. Indikator Kinerja Tambahan"),
        Heading(4, "B.1.3.4.15.a Layanan tersedia"),
        _evidence_table([by_key["availability"]], "Ketersediaan layanan"),
        # Probe figures and the outage table of B.1.3.4.15.a go here, beside the heartbeat share above.
        Heading(4, "B.1.3.4.15.b Layanan mudah dijangkau"),
        Paragraph(
            "Kanal yang dipakai: "
            + ", ".join(f"{WORDS.label('channels', c)} ({n})" for c, n in overall.by_channel.items())
            + f". {percent(figures.out_of_hours_pct)} permintaan masuk di luar jam layanan "
            f"({WORDS.hours(config.calendar().week)}); {evidence.out_of_hours_acked} dari {evidence.out_of_hours} "
            f"permintaan email di luar jam layanan langsung mendapat tanda terima dengan nomor tiket. Median waktu "
            f"tanda terima {number(overall.ack_median_seconds)} detik."
        ),
        _evidence_table([by_key["ack"], by_key["out_of_hours"]], "Bukti keterjangkauan layanan"),
        Picture(charts.arrival_heatmap(figures.arrivals, WORDS, "WIB"), "Hari dan jam kedatangan permintaan"),
        Heading(4, "B.1.3.4.15.c Layanan dievaluasi berkala dan ditindaklanjuti"),
        Paragraph(
            f"Ringkasan bulanan terkirim kepada Kepala P4M untuk {len(evidence.digest_months)} bulan "
            f"({digest_names}). Kepuasan pengguna rata-rata {number(overall.satisfaction_average, 2)} dari 5 "
            f"({overall.satisfaction_count} penilaian); {evidence.low_ratings_followed} dari {evidence.low_ratings} "
            f"penilaian rendah (1-2) ditindaklanjuti staf."
        ),
        _evidence_table(
            [by_key["digests"], by_key["satisfaction"], by_key["low_ratings"]], "Bukti evaluasi dan tindak lanjut"
        ),
        Picture(
            charts.monthly_satisfaction(months, [m.satisfaction_average for m in figures.months], WORDS),
            "Kepuasan pengguna per bulan",
        ),
        Heading(4, "Indikator lain"),
        Table(
            ("Indikator", "Nilai"),
            (
                ("Median respons pertama (jam dinding)", f"{number(overall.first_response_median_minutes_wall)} menit"),
                ("P90 respons pertama (jam dinding)", f"{number(overall.first_response_p90_minutes_wall)} menit"),
                (
                    "Median respons pertama (jam kerja)",
                    f"{number(overall.first_response_median_minutes_working)} menit",
                ),
                ("Median waktu penyelesaian", f"{number(overall.resolution_median_hours)} jam"),
                ("Respons pada hari yang sama", percent(figures.same_working_day_pct)),
                ("Tunggakan akhir tahun", str(overall.backlog_at_end)),
                ("Tiket dibuka kembali", percent(figures.reopen_rate_pct)),
            ),
            "Indikator kinerja tambahan",
            (9.0, 6.0),
        ),
        Picture(
            charts.monthly_by_type(
                months, {kind: [m.by_type.get(kind, 0) for m in figures.months] for kind in overall.by_type}, WORDS
            ),
            "Permintaan per bulan dan jenis",
        ),
        Picture(
            charts.response_histogram(list(figures.response_minutes), overall.target_minutes, WORDS),
            "Sebaran waktu respons pertama",
        ),
    ]


def evaluation(config: Config, figures: YearFigures, found: tuple[Indicator, ...], narrative: Narrative) -> list[Block]:
    overall = figures.overall
    target = config.report.iku_target_pct
    rows = tuple((item.name, item.target_text, item.shown(item.actual), item.status) for item in found)
    below = missed_months(figures, target)
    analysis = (
        f"Bulan di bawah target IKU: {', '.join(f'{_month(m)} ({percent(p)}, {n} pelanggaran)' for m, p, n in below)}."
        if below
        else "Tidak ada bulan di bawah target IKU."
    )
    if figures.previous is not None:
        earlier = percent(figures.previous.first_response_within_target_pct)
        analysis += f" Pembanding tahun {figures.previous.label}: IKU {earlier}."
    ratings = overall.satisfaction_distribution
    follow = findings(config, figures)
    last = last_year_actions(config, figures)
    return [
        Heading(3, "6. Evaluasi Capaian Kinerja"),
        Table(("Indikator", "Target", "Realisasi", "Status"), rows, "Target dan realisasi", (7.2, 2.8, 3.0, 3.0)),
        Paragraph(analysis),
        Heading(3, "7. Penjaminan Mutu"),
        Paragraph(narrative.texts["penjaminan_mutu"]),
        Heading(3, "8. Kepuasan Pengguna"),
        Paragraph(
            f"Jumlah penilaian: {overall.satisfaction_count}; rata-rata {number(overall.satisfaction_average, 2)} "
            f"dari 5 (target {number(config.report.targets.satisfaction, 2)})."
        ),
        Table(
            ("Nilai", "Jumlah"),
            tuple((score, str(ratings.get(score, 0))) for score in "54321"),
            "Sebaran penilaian kepuasan",
        ),
        Heading(3, "9. Simpulan Hasil Evaluasi serta Tindak Lanjut"),
        Paragraph(
            f"IKU tahun {figures.year}: {percent(overall.first_response_within_target_pct)} terhadap target "
            f"{found[0].target_text}. {len(follow)} temuan dari data tahun ini; rencana tindak lanjut, penanggung "
            f"jawab dan tenggat di bawah ini adalah usulan yang dapat disunting sebelum laporan disahkan."
        ),
        Table(
            ("Temuan", "Penyebab", "Rencana Tindak Lanjut", "Penanggung Jawab", "Tenggat"),
            tuple((f.finding, f.cause, f.action, f.owner, f.deadline) for f in follow)
            or (("Semua indikator mencapai target dan tidak memburuk.", "-", "-", "-", "-"),),
            "Tindak lanjut hasil evaluasi",
            (3.3, 4.0, 3.8, 2.9, 2.0),
        ),
        *(
            [
                Table(
                    (
                        "Temuan tahun lalu",
                        "Rencana tindak lanjut",
                        f"Tahun {figures.year - 1}",
                        f"Tahun {figures.year}",
                        "Perubahan",
                    ),
                    last,
                    f"Tindak lanjut tahun {figures.year - 1} dan perubahan indikatornya tahun ini",
                    (3.9, 4.7, 2.4, 2.4, 2.6),
                ),
            ]
            if last
            else [Paragraph(f"Tidak ada temuan tahun {figures.year - 1} untuk ditinjau.")]
        ),
    ]


def _swot(found: tuple[Indicator, ...], figures: YearFigures, narrative: Narrative) -> tuple[tuple[str, str], ...]:
    """Strengths and weaknesses are the indicators as measured; opportunities and threats are the unit's own."""
    strengths = [f"{i.name}: {i.shown(i.actual)} (target {i.target_text})." for i in found if i.achieved]
    weaknesses = [f"{i.name}: {i.shown(i.actual)} (target {i.target_text})." for i in found if i.achieved is False]
    busiest = max(figures.months, key=lambda month: month.total)
    threats = list(narrative.swot["ancaman"])
    if busiest.total:
        threats.append(f"Puncak permintaan pada {_month(busiest.label)} ({busiest.total} permintaan).")
    parts = {
        "kekuatan": strengths,
        "kelemahan": weaknesses,
        "peluang": list(narrative.swot["peluang"]),
        "ancaman": threats,
    }
    titles = {"kekuatan": "Kekuatan", "kelemahan": "Kelemahan", "peluang": "Peluang", "ancaman": "Ancaman"}
    return tuple((titles[key], "\n".join(parts[key]) or "-") for key in SWOT_KEYS)


def closing(config: Config, figures: YearFigures, narrative: Narrative, signed: str) -> list[Block]:
    found = indicators(config, figures)
    recap = tuple(
        (
            _month(m.label),
            str(m.total),
            str(m.met),
            str(m.missed),
            percent(m.first_response_within_target_pct),
            number(m.first_response_median_minutes),
            number(m.satisfaction_average, 2),
        )
        for m in figures.months
    )
    listed = figures.overall.breaches[:MAX_BREACH_ROWS]
    breaches = tuple(
        (
            f"#{b.number}",
            WORDS.stamp(b.arrived),
            WORDS.label("types", b.type),
            WORDS.label("channels", b.channel),
            "belum dijawab" if b.minutes is None else f"{number(b.minutes)} menit",
        )
        for b in listed
    )
    more = len(figures.overall.breaches) - len(listed)
    head = f"{config.report.head_name or '(nama)'}\n{config.report.head_id or '(NIP)'}"
    return [
        Heading(2, "D. Analisis SWOT"),
        Table(("Aspek", "Uraian"), _swot(found, figures, narrative), "Analisis SWOT", (3.0, 13.0)),
        Heading(1, "III. Penutup"),
        Paragraph(narrative.texts["penutup"]),
        Paragraph(f"{signed}\nKepala P4M\n\n\n\n{head}"),
        PageBreak(),
        Heading(1, "Lampiran"),
        Table(
            ("Bulan", "Permintaan", "Tepat waktu", "Terlambat", "IKU", "Median respons (menit)", "Kepuasan"),
            recap,
            "Lampiran 1. Rekap bulanan",
            (3.0, 2.6, 1.9, 2.3, 1.9, 2.2, 2.1),
        ),
        Table(
            ("Tiket", "Masuk", "Jenis", "Kanal", "Respons"),
            breaches or (("-", "-", "-", "-", "-"),),
            "Lampiran 2. Daftar pelanggaran target",
            (1.4, 5.8, 4.4, 2.0, 2.4),
        ),
        *(
            [
                Paragraph(
                    f"... dan {more} pelanggaran lain; daftar lengkap ada di register tahunan "
                    f"(helpdesk export --year {figures.year} --out register.xlsx)."
                )
            ]
            if more
            else []
        ),
    ]
