"""Lay out the yearly LED report as typed blocks: the structure of IAPS 4.0 filled with the year's figures."""

from __future__ import annotations

from daemon.config import Config
from daemon.reports import charts
from daemon.reports.formatting import MONTHS_ID, number, percent
from daemon.reports.led.blocks import Block, Heading, PageBreak, Paragraph, Picture, Table
from daemon.reports.led.narrative import SWOT_KEYS, Narrative
from daemon.reports.led.year_figures import Share, YearFigures, breach_causes, missed_months

MAX_BREACH_ROWS = 200  # a busy year has thousands; the register export carries them all


def _month(label: str) -> str:
    year, month = label.split("-")
    return f"{MONTHS_ID[int(month) - 1]} {year}"


def _swot_from_data(figures: YearFigures, target: float) -> dict[str, list[str]]:
    overall = figures.overall
    iku = overall.first_response_within_target_pct
    found: dict[str, list[str]] = {key: [] for key in SWOT_KEYS}
    if iku is not None:
        side = "kekuatan" if iku >= target else "kelemahan"
        found[side].append(f"IKU respons {overall.target_minutes} menit {percent(iku)} (target {number(target)}%).")
    if overall.ack_median_seconds is not None:
        found["kekuatan"].append(f"Median tanda terima otomatis {number(overall.ack_median_seconds)} detik.")
    if figures.out_of_hours_pct is not None and figures.out_of_hours_pct > 20:
        found["kelemahan"].append(f"{percent(figures.out_of_hours_pct)} permintaan masuk di luar jam kerja.")
    if overall.satisfaction_average is not None:
        side = "kekuatan" if overall.satisfaction_average >= 4 else "kelemahan"
        found[side].append(
            f"Kepuasan pengguna rata-rata {number(overall.satisfaction_average)} dari 5 "
            f"({overall.satisfaction_count} penilaian)."
        )
    busiest = max(figures.months, key=lambda month: month.total)
    if busiest.total:
        found["ancaman"].append(f"Puncak permintaan pada {_month(busiest.label)} ({busiest.total} permintaan).")
    return found


def build_report(config: Config, figures: YearFigures, narrative: Narrative) -> list[Block]:
    year = figures.year
    overall = figures.overall
    target = config.report.iku_target_pct
    minutes = overall.target_minutes
    iku = overall.first_response_within_target_pct
    status = "tercapai" if iku is not None and iku >= target else "belum tercapai"
    text = narrative.texts
    blocks: list[Block] = [
        Heading(0, f"LAPORAN EVALUASI DIRI (LED) LAYANAN HELPDESK P4M TAHUN {year}"),
        Paragraph(f"{config.report.unit}\n{config.report.institution}"),
        Paragraph(f"Sumber data: Rekaman Helpdesk P4M, 1 Januari - 31 Desember {year}."),
        PageBreak(),
        Heading(1, "Ringkasan Eksekutif"),
        Paragraph(
            f"Selama tahun {year} Helpdesk P4M menerima {overall.total} permintaan. Indikator Kinerja Utama "
            f"(IKU) B.1.2.8.10.a, yaitu persentase permintaan yang mendapat respons manusia pertama dalam "
            f"{minutes} menit, mencapai {percent(iku)} terhadap target {number(target)}% ({status})."
        ),
        Table(
            ("Indikator", "Target", "Realisasi", "Status"),
            ((f"Respons pertama <= {minutes} menit", f"{number(target)}%", percent(iku), status),),
            "Tabel 1. Capaian IKU",
        ),
        Heading(1, "I. Pendahuluan"),
        Paragraph(
            f"Dasar: SOP Layanan Helpdesk P4M dan IKU B.1.2.8.10.a (respons {minutes} menit), B.1.3.4.15.a-c "
            f"(layanan tersedia, mudah dijangkau, dievaluasi berkala dengan tindak lanjut). Periode data: "
            f"1 Januari - 31 Desember {year}. Sumber data: Rekaman Helpdesk P4M."
        ),
        Paragraph(
            f"Cara pengukuran: waktu respons dihitung dari saat permintaan diterima server email (atau saat "
            f"dicatat untuk kanal lain) sampai respons manusia pertama (balasan staf yang diteruskan, atau "
            f"balasan yang terkirim dari kotak surat helpdesk). Tanda terima otomatis tidak dihitung sebagai "
            f"respons. IKU dihitung atas semua permintaan manusia yang masuk pada periode itu (email otomatis "
            f"tidak dihitung): yang dijawab dalam {minutes} menit dihitung tepat waktu; yang dijawab lebih lambat "
            f"atau belum dijawab setelah tenggatnya dihitung terlambat. Jam yang dipakai: "
            f"{'jam kerja' if overall.clock == 'working' else 'jam dinding'}."
        ),
        Heading(1, "II. Laporan Evaluasi Diri"),
        Heading(2, "A. Kondisi Eksternal"),
        Paragraph(text["kondisi_eksternal"]),
        Heading(2, "B. Profil Layanan"),
        Paragraph(text["profil_layanan"]),
        Table(
            ("Kanal", "Permintaan"),
            tuple((channel, str(count)) for channel, count in overall.by_channel.items()),
            "Tabel 2. Permintaan per kanal",
        ),
        Table(
            ("Jenis permintaan", "Permintaan"),
            tuple((charts.TYPE_LABELS.get(kind, kind), str(count)) for kind, count in overall.by_type.items()),
            "Tabel 3. Permintaan per jenis",
        ),
        Heading(2, "C. Kriteria"),
        Heading(3, "1. Latar Belakang"),
        Paragraph(text["latar_belakang"]),
        Heading(3, "2. Kebijakan"),
        Paragraph(text["kebijakan"]),
        Heading(3, "3. Strategi Pencapaian Standar"),
        Paragraph(text["strategi"]),
    ]
    blocks += _indicators(config, figures)
    blocks += _evaluation(figures, target, narrative)
    blocks += _closing(config, figures, narrative, target)
    return blocks


def _share_rows(shares: tuple[Share, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            str(s.label),
            str(s.requests),
            str(s.met),
            str(s.missed),
            percent(s.pct),
        )
        for s in shares
    )


def _indicators(config: Config, figures: YearFigures) -> list[Block]:
    overall = figures.overall
    months = [MONTHS_ID[int(month.label[5:]) - 1][:3] for month in figures.months]
    return [
        Heading(3, "4. Indikator Kinerja Utama"),
        Paragraph(
            f"IKU keseluruhan: {percent(overall.first_response_within_target_pct)} ({overall.met} tepat waktu, "
            f"{overall.missed} terlambat, {overall.pending} belum jatuh tempo)."
        ),
        Table(
            ("Kanal", "Permintaan", "Tepat waktu", "Terlambat", "IKU"),
            _share_rows(figures.by_channel),
            "Tabel 4. IKU per kanal",
        ),
        Table(
            ("Jenis", "Permintaan", "Tepat waktu", "Terlambat", "IKU"),
            _share_rows(figures.by_type),
            "Tabel 5. IKU per jenis permintaan",
        ),
        Picture(
            charts.monthly_share(
                months, [m.first_response_within_target_pct for m in figures.months], config.report.iku_target_pct
            ),
            "Gambar 1. Capaian IKU per bulan",
        ),
        Heading(3, "5. Indikator Kinerja Tambahan"),
        Table(
            ("Indikator", "Nilai"),
            (
                ("Median respons pertama (jam dinding)", f"{number(overall.first_response_median_minutes_wall)} menit"),
                ("P90 respons pertama (jam dinding)", f"{number(overall.first_response_p90_minutes_wall)} menit"),
                (
                    "Median respons pertama (jam kerja)",
                    f"{number(overall.first_response_median_minutes_working)} menit",
                ),
                ("Median tanda terima otomatis", f"{number(overall.ack_median_seconds)} detik"),
                ("Median waktu penyelesaian", f"{number(overall.resolution_median_hours)} jam"),
                ("Respons pada hari yang sama", percent(figures.same_working_day_pct)),
                ("Tunggakan akhir tahun", str(overall.backlog_at_end)),
                ("Tiket dibuka kembali", percent(figures.reopen_rate_pct)),
                ("Permintaan di luar jam kerja", percent(figures.out_of_hours_pct)),
                ("Ketersediaan layanan (sistem aktif)", percent(figures.availability_pct)),
            ),
            "Tabel 6. Indikator kinerja tambahan",
        ),
        Picture(
            charts.monthly_by_type(
                months, {kind: [m.by_type.get(kind, 0) for m in figures.months] for kind in overall.by_type}
            ),
            "Gambar 2. Permintaan per bulan dan jenis",
        ),
        Picture(
            charts.response_histogram(list(figures.response_minutes), overall.target_minutes),
            "Gambar 3. Sebaran waktu respons pertama",
        ),
        Picture(charts.arrival_heatmap(figures.arrivals), "Gambar 4. Hari dan jam kedatangan permintaan"),
    ]


def _evaluation(figures: YearFigures, target: float, narrative: Narrative) -> list[Block]:
    overall = figures.overall
    rows = [
        (
            f"Respons pertama <= {overall.target_minutes} menit",
            f"{number(target)}%",
            percent(overall.first_response_within_target_pct),
        )
    ]
    if figures.previous is not None:
        rows.append(
            (
                f"Pembanding tahun {figures.previous.label}",
                f"{number(target)}%",
                percent(figures.previous.first_response_within_target_pct),
            )
        )
    below = missed_months(figures, target)
    causes = breach_causes(figures)
    weak_types = [share.label for share in figures.by_type if share.pct is not None and share.pct < target]
    analysis = (
        f"Bulan di bawah target: {', '.join(f'{_month(m)} ({percent(p)}, {n} pelanggaran)' for m, p, n in below)}."
        if below
        else "Tidak ada bulan di bawah target."
    )
    if causes:
        analysis += " Penyebab pelanggaran: " + ", ".join(f"{cause} {count}" for cause, count in causes.items()) + "."
    if weak_types:
        analysis += f" Jenis permintaan di bawah target: {', '.join(weak_types)}."
    ratings = overall.satisfaction_distribution
    return [
        Heading(3, "6. Evaluasi Capaian Kinerja"),
        Table(("Indikator", "Target", "Realisasi"), tuple(rows), "Tabel 7. Target dan realisasi"),
        Paragraph(analysis),
        Heading(3, "7. Penjaminan Mutu"),
        Paragraph(narrative.texts["penjaminan_mutu"]),
        Heading(3, "8. Kepuasan Pengguna"),
        Paragraph(
            f"Jumlah penilaian: {overall.satisfaction_count}; rata-rata {number(overall.satisfaction_average)} dari 5."
        ),
        Table(
            ("Nilai", "Jumlah"),
            tuple((score, str(ratings.get(score, 0))) for score in "54321"),
            "Tabel 8. Sebaran penilaian kepuasan",
        ),
        Heading(3, "9. Simpulan Hasil Evaluasi serta Tindak Lanjut"),
        Paragraph(
            f"IKU tahun {figures.year}: {percent(overall.first_response_within_target_pct)} terhadap target "
            f"{number(target)}%. {narrative.texts['tindak_lanjut']}"
        ),
    ]


def _closing(config: Config, figures: YearFigures, narrative: Narrative, target: float) -> list[Block]:
    data = _swot_from_data(figures, target)
    titles = {"kekuatan": "Kekuatan", "kelemahan": "Kelemahan", "peluang": "Peluang", "ancaman": "Ancaman"}
    swot_rows = tuple((titles[key], " ".join([*data[key], *narrative.swot[key]]) or "-") for key in SWOT_KEYS)
    recap = tuple(
        (
            _month(m.label),
            str(m.total),
            str(m.met),
            str(m.missed),
            percent(m.first_response_within_target_pct),
            number(m.first_response_median_minutes),
            number(m.satisfaction_average),
        )
        for m in figures.months
    )
    listed = figures.overall.breaches[:MAX_BREACH_ROWS]
    breaches = tuple(
        (
            f"#{b.number}",
            b.arrived,
            b.type,
            b.channel,
            "belum dijawab" if b.minutes is None else f"{number(b.minutes)} menit",
        )
        for b in listed
    )
    more = len(figures.overall.breaches) - len(listed)
    signature = f"\n\nKepala P4M\n\n\n{config.report.head_name or '(nama)'}\n{config.report.head_id or '(NIP)'}"
    return [
        Heading(2, "D. Analisis SWOT"),
        Table(("Aspek", "Uraian"), swot_rows, "Tabel 9. Analisis SWOT"),
        Heading(1, "III. Penutup"),
        Paragraph(narrative.texts["penutup"] + signature),
        PageBreak(),
        Heading(1, "Lampiran"),
        Table(
            ("Bulan", "Permintaan", "Tepat waktu", "Terlambat", "IKU", "Median respons (menit)", "Kepuasan"),
            recap,
            "Lampiran 1. Rekap bulanan",
        ),
        Table(
            ("Tiket", "Masuk", "Jenis", "Kanal", "Respons"),
            breaches or (("-", "-", "-", "-", "-"),),
            "Lampiran 2. Daftar pelanggaran target",
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
