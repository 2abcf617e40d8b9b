"""Announcement title, whole text, scope and publish time, from mail written in ways the corpora lack."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.announcement import extract_announcement

MAIL_DATE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


def test_a_wrapped_paragraph_is_one_text_and_a_list_keeps_its_lines() -> None:
    text = (
        "Mohon ditayangkan di course Kimia Dasar besok jam 7 pagi:\n\n"
        "Judul: Persiapan Praktikum Titrasi\n\n"
        "Praktikum titrasi asam basa dilaksanakan pekan depan di Lab Kimia. Setiap\n"
        "mahasiswa wajib membawa jas lab dan sudah membaca modul bab 4 sebelum\n"
        "datang ke laboratorium.\n\n"
        "Yang perlu dibawa:\n"
        "- jas lab\n"
        "- modul bab 4\n"
        "- kalkulator\n\n"
        "Terima kasih,\nBu Ani"
    )
    found = extract_announcement("Pengumuman praktikum", text, MAIL_DATE, has_course=True)
    assert found.title == "Persiapan Praktikum Titrasi"
    assert found.text == (
        "Praktikum titrasi asam basa dilaksanakan pekan depan di Lab Kimia. Setiap mahasiswa wajib membawa jas lab "
        "dan sudah membaca modul bab 4 sebelum datang ke laboratorium.\n\n"
        "Yang perlu dibawa:\n- jas lab\n- modul bab 4\n- kalkulator"
    )
    assert found.scope == "course"
    assert found.publish_at == "2026-11-19T07:00:00+07:00"


def test_a_title_and_text_on_one_line_from_a_phone() -> None:
    text = "min tlg umumkan di MK Kimia, judul: Kuis Dibatalkan. isinya: kuis bsk dibatalkan krn lab dipakai. tks"
    found = extract_announcement("pengumuman", text, MAIL_DATE, has_course=True)
    assert found.title == "Kuis Dibatalkan"
    assert found.text is not None and found.text.startswith("kuis bsk dibatalkan")


def test_an_unlabelled_title_line_under_an_english_request() -> None:
    text = (
        "Dear P4M,\n\nKindly publish the text below on the e-learning front page on 2/12/2026 at 10:00.\n\n"
        "Campus Network Outage: Saturday Maintenance\n"
        "The campus network will be down on Saturday from 22:00 to 02:00 while switches are replaced.\n\n"
        "Best regards,\nIT Office"
    )
    found = extract_announcement("Announcement", text, MAIL_DATE, has_course=False)
    assert found.title == "Campus Network Outage: Saturday Maintenance"
    assert found.scope == "site"
    assert found.publish_at == "2026-12-02T10:00:00+07:00"
    assert found.text == (
        "The campus network will be down on Saturday from 22:00 to 02:00 while switches are replaced."
    )


def test_no_title_is_invented_for_a_request_without_one() -> None:
    text = "Mohon dibuatkan pengumuman di course Fisika bahwa kuliah besok diliburkan. Terima kasih."
    found = extract_announcement("Pengumuman", text, MAIL_DATE, has_course=True)
    assert found.title is None


# A starred title, an English label pair, a site notice with "tgl d/m", a phone message with a quoted title.
VOICES = [
    (
        "Pengumuman",
        "Selamat pagi,\n\nMohon dipasang pengumuman berikut di course Basis Data (IF201) besok jam 07.00:\n\n"
        "*Perubahan Ruang Kuliah*\nMulai minggu ini kuliah Basis Data pindah ke ruang GU 601.\n\nTerima kasih",
        True,
        ("Perubahan Ruang Kuliah", "course", "2026-11-19T07:00:00+07:00"),
    ),
    (
        "Announcement request",
        "Hi team,\n\nPlease publish this on my Physics course page on Monday 23 November at 8am.\n\n"
        "Title: Lab Report Deadline Extended\nText: The deadline for lab report 2 is extended to Friday.\n\n"
        "Cheers,\nTom",
        True,
        ("Lab Report Deadline Extended", "course", "2026-11-23T08:00:00+07:00"),
    ),
    (
        "Info libur",
        "Yth P4M, tolong umumkan ke seluruh mahasiswa di halaman depan e-learning tgl 24/12 jam 06.00:\n\n"
        "Libur Natal dan Tahun Baru\nKampus libur tanggal 24 Desember 2026 sampai 1 Januari 2027.\n\nSalam",
        False,
        ("Libur Natal dan Tahun Baru", "site", "2026-12-24T06:00:00+07:00"),
    ),
    (
        "pengumuman",
        'min tlg pasang pengumuman di MK Kalkulus judulnya "Kuis Ditunda" isinya kuis minggu ini ditunda ke '
        "minggu depan. tayang hari ini jam 5 sore",
        True,
        ("Kuis Ditunda", "course", "2026-11-18T17:00:00+07:00"),
    ),
]


@pytest.mark.parametrize(("subject", "text", "has_course", "expected"), VOICES)
def test_title_scope_and_time_in_other_voices(
    subject: str, text: str, has_course: bool, expected: tuple[str, str, str]
) -> None:
    found = extract_announcement(subject, text, MAIL_DATE, has_course=has_course)
    assert (found.title, found.scope, found.publish_at) == expected


@pytest.mark.parametrize(
    ("subject", "text", "title"),
    [
        (
            "Info",
            "Tolong pasang pengumuman berjudul Jadwal Responsi Dipercepat di kelas saya.",
            "Jadwal Responsi Dipercepat",
        ),
        (
            "Info",
            "Mohon dibuatkan pengumuman dengan judul Ruang Ujian Pindah ke Gedung B. Isinya: cek denah.",
            "Ruang Ujian Pindah ke Gedung B",
        ),
        ("Notice", "Please post a notice titled 'Lab Closed on Friday' on my course page.", "Lab Closed on Friday"),
        (
            "Notice",
            "Could you announce in my course saying “Bring Your Laptop Tomorrow”?",
            "Bring Your Laptop Tomorrow",
        ),
        ("Pengumuman", "min tolong umumkan: *Kelas Diganti Daring* di course Statika ya", "Kelas Diganti Daring"),
        (
            "Surat",
            'Mohon ditayangkan pengumuman tentang "Batas Pembayaran UKT Diperpanjang" bagi seluruh mahasiswa.',
            "Batas Pembayaran UKT Diperpanjang",
        ),
        (
            "Pengumuman: Praktikum Minggu Ini Libur",
            "mohon dipasang di course Kimia Analitik ya. makasih",
            "Praktikum Minggu Ini Libur",
        ),
        (
            "Tolong umumkan",
            "Evaluasi Tengah Semester Dimajukan\n\nEvaluasi tengah semester untuk semua kelas dimajukan satu minggu.",
            "Evaluasi Tengah Semester Dimajukan",
        ),
        (
            "Umumkan",
            "Mohon umumkan dengan judul berikut ini:\nSeminar Hasil Penelitian Dosen\ntayang Senin depan.",
            "Seminar Hasil Penelitian Dosen",
        ),
        (
            "Mohon ditayangkan",
            "Mohon ditayangkan untuk seluruh sivitas:\n\nPerihal: Jadwal Libur Semester Ganjil\n\n"
            "Libur semester ganjil dimulai 21 Desember 2026 sampai 4 Januari 2027.",
            "Jadwal Libur Semester Ganjil",
        ),
        (
            "publish",
            "Lomba Poster Hari Guru\n\nHalo min, tolong publish info di atas buat semua mahasiswa ya, besok.",
            "Lomba Poster Hari Guru",
        ),
        (
            "Request",
            "Kindly publish the following announcement on 5 January 2027 at 07:30 WIB.\n\n"
            "Semester Break Extended by One Week\n\nThe semester break is extended until 11 January 2027.",
            "Semester Break Extended by One Week",
        ),
        (
            "share",
            "Tolong share ke semua dosen: Batas Unggah RPS Semester Genap, tayang Senin.",
            "Batas Unggah RPS Semester Genap",
        ),
    ],
)
def test_a_title_is_read_from_its_cue_and_its_shape(subject: str, text: str, title: str) -> None:
    assert extract_announcement(subject, text, MAIL_DATE, has_course=True).title == title


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Mohon pasang pengumuman di semua kelas e-learning: judul: Libur Nasional", "site"),
        ("Please show this in all courses. Title: Survey Week", "site"),
        ("Tolong pasang di course Statika saya. Judul: Kuis Ditunda", "course"),
    ],
)
def test_scope_all_courses_is_site_wide(text: str, scope: str) -> None:
    assert extract_announcement("Pengumuman", text, MAIL_DATE, has_course=True).scope == scope


def test_a_moment_after_the_event_it_describes_is_not_the_publish_time() -> None:
    text = "mhn dipasang di course Statika ya, kelas pengganti hari Sabtu 21 November jam 08.00 di ruang 305."
    assert extract_announcement("Pengumuman: Kelas Pengganti", text, MAIL_DATE, has_course=True).publish_at is None
    text = (
        "Judul: Kelas Pengganti\nKelas pengganti Sabtu pagi.\n\nTolong tayang jam 06.00 pagi, Jumat 20 November 2026."
    )
    found = extract_announcement("Pengumuman", text, MAIL_DATE, has_course=True)
    assert found.publish_at == "2026-11-20T06:00:00+07:00"


@pytest.mark.parametrize(
    ("subject", "text", "title"),
    [
        # delimiters after a cue: guillemets, low-high quotes, square brackets, a double quote around an apostrophe
        ("Info", "Mohon pasang pengumuman berjudul «Seminar Karier Ditunda» di kelas saya.", "Seminar Karier Ditunda"),
        ("Info", "Tolong umumkan dengan judul „Kuis Dibuka Lagi“ di course Fisika.", "Kuis Dibuka Lagi"),
        ("Info", "Mohon ditayangkan pengumuman dengan judul [Ruang Lab Berubah] ya.", "Ruang Lab Berubah"),
        ("Notice", 'Please post a notice titled "Don\'t Forget the Survey" today.', "Don't Forget the Survey"),
        # a title in sentence case runs to the clause boundary
        (
            "Info",
            "Mohon dipasang dengan judul Perubahan jadwal responsi, isinya cek SIAKAD.",
            "Perubahan jadwal responsi",
        ),
        ("Notice", "Please post it titled Quiz two postponed for my students tomorrow.", "Quiz two postponed"),
        # the subject line, without its tags and request words, when the body says it is the title
        ("[Urgent] Fwd: Parkir Timur Ditutup", "Mohon diumumkan, judul sesuai subjek ya.", "Parkir Timur Ditutup"),
        (
            "Announcement: Library Hours Shortened",
            "Please use the subject line as the title.",
            "Library Hours Shortened",
        ),
        ("Mohon diumumkan - Donor Darah Bulan Ini", "tolong dipasang di beranda ya", "Donor Darah Bulan Ini"),
        # the line under a notice's own heading, and an HTML heading
        (
            "Info",
            "Mohon ditayangkan:\n\nPENGUMUMAN\nJadwal Her-Registrasi\nHer-registrasi dibuka sampai akhir bulan.",
            "Jadwal Her-Registrasi",
        ),
        (
            "Info",
            "Mohon ditayangkan:\n\n## Jam Layanan Baru\n\nLayanan akademik buka pukul 08.00 sampai 15.00 mulai besok.",
            "Jam Layanan Baru",
        ),
        ("Info", "Tolong tayangkan dengan tajuk Pekan Olahraga Mahasiswa ya.", "Pekan Olahraga Mahasiswa"),
        (
            "Notice",
            "Please post a notice titled Call for Papers: ICAST 2027 on the front page.",
            "Call for Papers: ICAST 2027",
        ),
        ("Info", "tolong pasang dengan judul Kuis Ditunda: isinya kuis diundur", "Kuis Ditunda"),
        ("Info", "Judulnya: Kuis Ditunda ya kak. Isinya kuis diundur.", "Kuis Ditunda"),
        ("Info", "Judul: Kuis Ditunda (mohon dicek)\nIsi: kuis diundur", "Kuis Ditunda"),
        ("Info", "mhn pasang pengumuman di kls Fisika ya, jdl: Kuis 2 Online. Tayang bsk jam 6.", "Kuis 2 Online"),
        (
            "News",
            'Please add a news item to my Physics course: "Tutorial Moved to Room 3.12".',
            "Tutorial Moved to Room 3.12",
        ),
    ],
)
def test_a_title_in_more_delimiters_and_places(subject: str, text: str, title: str) -> None:
    assert extract_announcement(subject, text, MAIL_DATE, has_course=True).title == title


@pytest.mark.parametrize(
    "text",
    [
        "Mohon diumumkan di kelas saya.\nJudul: -\nIsi: kuis diundur.",
        "Please post this on the front page. Title: TBA. Text: the lab is closed.",
        "Mohon diumumkan dengan judul Perubahan yang nanti saya kirim.",
        "Mohon diumumkan dengan judul Perubahan jadwal kuliah minggu ini sesuai arahan kaprodi terbaru sehingga "
        "semua mahasiswa harus cek lagi",
    ],
)
def test_no_title_is_claimed_from_a_placeholder_or_an_endless_phrase(text: str) -> None:
    assert extract_announcement("pengumuman", text, MAIL_DATE, has_course=True).title is None


@pytest.mark.parametrize(
    ("text", "has_course", "scope"),
    [
        ("Please tell all students in my class that the quiz moved.", True, "course"),
        ("Mohon diumumkan ke semua mahasiswa di kelas saya bahwa kuis diundur.", True, "course"),
        ("Mohon diumumkan ke seluruh mahasiswa MK Statika bahwa kuis diundur.", True, "course"),
        ("Tolong umumkan ke semua mahasiswa EL2201 bahwa kuis diundur.", True, "course"),
        ("Mohon diumumkan ke seluruh mahasiswa saya bahwa kuis diundur.", True, "course"),
        ("Could you post this on my course page: the quiz moved.", False, "course"),
        ("Please add this to my Thermodynamics course: the quiz moved.", False, "course"),
        ("Mohon diumumkan kepada civitas akademika bahwa kampus libur.", True, "site"),
        ("Mohon diumumkan ke semua mahasiswa prodi Mesin bahwa kampus libur.", False, "site"),
        ("Mohon diumumkan kepada mahasiswa prodi Mesin bahwa yudisium dibuka.", True, "site"),
        # a cohort inside a course is still the course
        ("Tolong umumkan di MK Statika: mahasiswa angkatan 2025 ikut kuis susulan.", True, "course"),
        ("min tolong umumin di elearning matkul fisika kelas TI-1B kalo kuis diundur", False, "course"),
    ],
)
def test_scope_site_words_narrowed_to_a_course(text: str, has_course: bool, scope: str) -> None:
    assert extract_announcement("Pengumuman", text, MAIL_DATE, has_course=has_course).scope == scope


@pytest.mark.parametrize(
    ("text", "publish_at"),
    [
        # a day named in the title is not when it goes out
        ('Please post "Exam on Monday" on my course page tomorrow at 6 am.', "2026-11-19T06:00:00+07:00"),
        # a time belongs to the date nearest it
        ("tlg umumin di kelas: besok kuliah libur, tayang malam ini jm 7 ya", "2026-11-18T19:00:00+07:00"),
        # the content after "isinya" and a moved event's new day are not the publish time
        ("Tolong pasang di kelas, isinya asistensi pindah ke hari Jumat jam 15.00.", None),
        ("Mohon diumumkan, kuis dipindah ke Sabtu 21 November jam 08.00.", None),
        # a sentence that is only a moment, and the words people use for being seen
        ("Please post this in my course: the room changed.\n\nFriday at 7 am please.", "2026-11-20T07:00:00+07:00"),
        ("Please make it visible on Thursday evening at 8.", "2026-11-19T20:00:00+07:00"),
        ("Mohon segera diumumkan, kuliah hari ini daring.", None),
        # "before" bounds a moment without naming it, but a "before" elsewhere in the sentence does not
        ("Tolong tayang besok sebelum jam 7 ya.", None),
        ("Mohon ditayangkan di mata kuliah Statika besok jam 7.", "2026-11-19T07:00:00+07:00"),
        ("Mohon diinformasikan ke mahasiswa besok pukul 07.00, kuis diundur.", "2026-11-19T07:00:00+07:00"),
        ("Please make it live on Friday at 6 pm.", "2026-11-20T18:00:00+07:00"),
        ("It would be great if it went up on Monday morning at 8.", "2026-11-23T08:00:00+07:00"),
        ("Please publish it tomorrow at 7 am, before the first lecture.", "2026-11-19T07:00:00+07:00"),
    ],
)
def test_publish_time_against_other_dates_in_the_mail(text: str, publish_at: str | None) -> None:
    assert extract_announcement("Pengumuman", text, MAIL_DATE, has_course=True).publish_at == publish_at


def test_a_date_and_a_time_on_labelled_lines_of_their_own_are_one_moment() -> None:
    text = (
        "Mohon ditayangkan di halaman depan.\n\nTanggal tayang: Senin, 23 November 2026\nJam tayang: 08.00 WIB\n\n"
        "Judul: Pemeliharaan Jaringan\nIsi: Jaringan kampus padam Sabtu malam."
    )
    assert extract_announcement("Pengumuman", text, MAIL_DATE, has_course=False).publish_at == (
        "2026-11-23T08:00:00+07:00"
    )
    text = "Mohon ditayangkan di beranda Senin, 23 November 2026. Jam 07.00 ya."
    assert extract_announcement("Info", text, MAIL_DATE, has_course=False).publish_at == "2026-11-23T07:00:00+07:00"
    text = "Publish date: 24/11/2026\nPublish time: 07:30\nTitle: Scholarship Interviews"
    assert extract_announcement("Notice", text, MAIL_DATE, has_course=False).publish_at == "2026-11-24T07:30:00+07:00"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Request to post: Lab Closed Friday", "Lab Closed Friday"),
        ("[Pengumuman] Kuis 3 Ditunda", "Kuis 3 Ditunda"),
        ("Pengumuman kelas IF302: Kuis 3 Ditunda", "Kuis 3 Ditunda"),
        ("Pengumuman - Kuis 3 Ditunda (IF302)", "Kuis 3 Ditunda"),
        ("Re: Mohon ditayangkan: Kuis 3 Ditunda", "Kuis 3 Ditunda"),
        # a plain title-case subject that asks nothing is the title when the body names none (round 9)
        ("Kuis 3 Ditunda", "Kuis 3 Ditunda"),
        ("Kuis besok", None),
        ("pengumuman: kuis besok", None),
    ],
)
def test_a_title_in_the_subject_after_the_words_that_ask_for_it(subject: str, title: str | None) -> None:
    text = "Mohon ditayangkan di kelas saya besok jam 7 ya. Terima kasih."
    assert extract_announcement(subject, text, MAIL_DATE, has_course=True).title == title


def test_a_letters_upper_case_title_over_two_lines_and_a_title_under_a_request_without_a_colon() -> None:
    text = (
        "Mohon ditayangkan surat edaran berikut di beranda.\n\n[attachment: edaran.pdf]\nSURAT EDARAN\n"
        "Nomor: 12/PL29/2026\nTENTANG\nJADWAL PELAKSANAAN UJIAN AKHIR\nSEMESTER GANJIL 2026/2027\n"
        "Sehubungan dengan berakhirnya perkuliahan semester ganjil, ujian akhir dilaksanakan mulai 4 Januari 2027."
    )
    found = extract_announcement("Surat edaran", text, MAIL_DATE, has_course=False)
    assert found.title == "JADWAL PELAKSANAAN UJIAN AKHIR SEMESTER GANJIL 2026/2027"
    text = (
        "Yth. Tim P4M,\n\nMohon ditayangkan pengumuman berikut\n\nPendaftaran Asisten Praktikum\n\n"
        "Laboratorium membuka pendaftaran asisten praktikum untuk semester genap sampai akhir bulan ini.\n\nSalam"
    )
    assert extract_announcement("Info", text, MAIL_DATE, has_course=False).title == "Pendaftaran Asisten Praktikum"


def test_a_request_to_announce_under_the_text_gives_its_time_but_the_texts_own_dates_do_not() -> None:
    text = "Judul: Hasil Seleksi Asisten\nHasil seleksi diumumkan pada 30 November 2026 pukul 10.00.\n\n"
    assert extract_announcement("Info", text, MAIL_DATE, has_course=False).publish_at is None
    text += "Mohon diumumkan besok jam 7 ya."
    assert extract_announcement("Info", text, MAIL_DATE, has_course=False).publish_at == "2026-11-19T07:00:00+07:00"


def test_a_quoted_course_name_is_not_the_title() -> None:
    text = 'Could you post an announcement in my course "English for Tour Guiding" telling students the room moved?'
    assert extract_announcement("Announcement", text, MAIL_DATE, has_course=True).title is None
