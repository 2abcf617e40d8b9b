"""Kinds of announcement request found on the opened part3 (tune8) and written anew in requests-tune9-announce, for
the title and scope, each read in sentences of its own: wrapped quoted titles, corrections in the thread, letters'
addressees, forwarded requests, subjects naming the topic, scope words for cohorts and parallel classes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.announcement import extract_announcement

# Wednesday 18 November 2026, 09:00 WIB
MAIL_DATE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


def test_a_quoted_title_the_client_wrapped_is_read_whole() -> None:
    text = (
        'Mohon dipasang di kelas Robotika (RB3101) pengumuman dengan judul "Pengumpulan Laporan Akhir\n'
        'Praktikum Robotika" yang tayang besok jam 7 pagi.\n\nTerima kasih'
    )
    found = extract_announcement("info", text, MAIL_DATE, has_course=True)
    assert found.title == "Pengumpulan Laporan Akhir Praktikum Robotika"
    assert found.publish_at == "2026-11-19T07:00:00+07:00"


def test_quotes_do_not_pair_across_a_blank_line() -> None:
    text = 'Mohon umumkan "Kuis\n\nDitunda" besok jam 7 pagi di kelas saya.'
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).title != "Kuis Ditunda"


def test_a_publishing_verb_ends_a_title_in_sentence_case() -> None:
    text = (
        "Kami mohon pengumuman berjudul Sosialisasi Kerja Praktik Industri dipasang di course Kerja Praktik "
        "(TI3301). Pengumuman tayang pukul 07.15 pada tanggal 26 November 2026."
    )
    found = extract_announcement("KP", text, MAIL_DATE, has_course=True)
    assert found.title == "Sosialisasi Kerja Praktik Industri"
    assert found.publish_at == "2026-11-26T07:15:00+07:00"


def test_a_site_word_in_the_request_under_the_text_sets_the_scope() -> None:
    text = (
        "Judul: Perkuliahan Ditiadakan\nIsi: Seluruh perkuliahan termasuk praktikum IF2201 ditiadakan.\n\n"
        "Mohon dipasang di halaman depan e-learning besok jam 6 pagi.\n"
    )
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).scope == "site"


def test_a_site_word_in_the_texts_own_sentence_does_not() -> None:
    text = (
        "Judul: Kuis Ditunda\nIsi: Kuis ditunda.\n\nMohon semua mahasiswa membawa laptop minggu depan.\n\n"
        "Tolong dipasang di kelas saya besok jam 6 pagi.\n"
    )
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).scope == "course"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Pengumuman tentang Vaksinasi Influenza Gratis", "Vaksinasi Influenza Gratis"),
        ("Announcement about Library Opening Hours", "Library Opening Hours"),
        ("Pengumuman tentang perubahan jadwal", None),
    ],
)
def test_a_subject_naming_what_the_announcement_is_about(subject: str, expected: str | None) -> None:
    text = "Mohon ditayangkan untuk semua mahasiswa besok jam 7 pagi. Info lengkap ada di lampiran.\n"
    assert extract_announcement(subject, text, MAIL_DATE, has_course=False).title == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title of the announcement: Lab Report Format\nUse the template.\n", "Lab Report Format"),
        ("Judul untuk pengumuman ini: Kuis 2 Ditunda\nIsi: kuis ditunda.\n", "Kuis 2 Ditunda"),
        ("Judulnya Kuis 2 Ditunda aja pak. Tayang besok jam 7.\n", "Kuis 2 Ditunda"),
    ],
)
def test_title_labels_with_their_qualifiers_and_particles(text: str, expected: str) -> None:
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).title == expected


@pytest.mark.parametrize(
    ("asked", "has_course", "expected"),
    [
        ("Tolong umumkan di semua kelas Basis Data besok jam 7.", True, "course"),
        ("Please post to all classes of Database Systems tomorrow at 7.", True, "course"),
        ("Tolong umumkan ke semua kelas Teknik Informatika besok jam 7.", True, "site"),
        ("Tolong umumkan di semua kelas besok jam 7.", False, "site"),
        ("Mohon diumumkan ke semua angkatan besok jam 7.", True, "site"),
        ("Please post to all first-year students tomorrow at 7.", True, "site"),
        ("Please announce to every student at Polibatam tomorrow at 7.", True, "site"),
        ("Please announce to every student in my class tomorrow at 7.", True, "course"),
        ("Mohon ditayangkan secara umum di e-learning besok jam 7.", True, "site"),
    ],
)
def test_scope_words_for_cohorts_every_student_and_parallel_classes(
    asked: str, has_course: bool, expected: str
) -> None:
    text = f"{asked}\n\nJudul: Pengumuman Penting\nIsi: kelas IF302 libur.\n"
    assert extract_announcement("info", text, MAIL_DATE, has_course=has_course).scope == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maaf, judulnya salah. Yang benar: Kuis 3 Diundur ke Jumat\n", "Kuis 3 Diundur ke Jumat"),
        ("Judulnya keliru pak, yg betul Kuis 3 Diundur ke Jumat. Terima kasih\n", "Kuis 3 Diundur ke Jumat"),
        ('Sorry, the title is wrong. It should be "Quiz 3 Moved to Friday".\n', "Quiz 3 Moved to Friday"),
        ("The title has a typo, it should read Quiz 3 Moved to Friday.\n", "Quiz 3 Moved to Friday"),
        ("Judulnya salah, tolong diperbaiki ya.\n", None),
    ],
)
def test_a_title_corrected_in_the_thread(text: str, expected: str | None) -> None:
    assert extract_announcement("Re: pengumuman", text, MAIL_DATE, has_course=True).title == expected


_ATTACHED = (
    "Yth. Tim P4M,\n\nMohon ditayangkan pengumuman terlampir di beranda e-learning besok jam 7.\n\n"
    "Terima kasih,\nBAAK\n\n[attachment: pengumuman.docx]\n"
)


@pytest.mark.parametrize(
    "addressee",
    [
        "Kepada Yth.\nSeluruh Mahasiswa Politeknik Negeri Batam\n",
        "Kepada Yth. Seluruh Mahasiswa\n",
        "To: All Students\n",
    ],
)
def test_a_letters_addressee_is_not_its_title_and_the_line_after_it_is(addressee: str) -> None:
    text = (
        f"{_ATTACHED}{addressee}\nJadwal Ujian Susulan Semester Ganjil Tahun Akademik 2026/2027\n\n"
        "Ujian susulan dilaksanakan pada tanggal 1 Desember 2026 di gedung utama.\n"
    )
    found = extract_announcement("Pengumuman", text, MAIL_DATE, has_course=False)
    assert found.title == "Jadwal Ujian Susulan Semester Ganjil Tahun Akademik 2026/2027"


def test_an_addressee_followed_by_the_request_leaves_the_title_under_it() -> None:
    text = (
        f"{_ATTACHED}Yth. Kepala P4M\nMohon ditayangkan pengumuman berikut untuk seluruh pengguna e-learning\n"
        "pada 9 Desember 2026 pukul 07.00 WIB:\nLibur Akhir Tahun dan Cuti Bersama\n"
        "Kegiatan perkuliahan ditiadakan pada 24-31 Desember 2026 dan kembali aktif pada awal Januari.\n"
    )
    assert (
        extract_announcement("Surat", text, MAIL_DATE, has_course=False).title == "Libur Akhir Tahun dan Cuti Bersama"
    )


def test_a_forwarded_request_after_the_forwarders_closing_is_read() -> None:
    text = (
        "Mohon bantuannya, pesan Kepala UPT terlampir.\n\nSalam,\nUPT Bahasa\n\n"
        "Tolong diteruskan ke P4M untuk dipasang di e-learning (semua pengguna):\n\n"
        "Jadwal Tes TOEIC Gelombang Kedua\n"
        "Tes TOEIC gelombang kedua dibuka untuk mahasiswa tingkat akhir; pendaftaran melalui laman UPT Bahasa.\n"
    )
    assert (
        extract_announcement("Fwd: TOEIC", text, MAIL_DATE, has_course=False).title
        == "Jadwal Tes TOEIC Gelombang Kedua"
    )


def test_a_signature_under_the_closing_is_still_not_a_title() -> None:
    text = (
        "Mohon diumumkan di beranda besok jam 7: perpustakaan tutup hari Sabtu.\n\nSalam,\n\n"
        "Kepala Perpustakaan Politeknik\nPerpustakaan buka kembali hari Senin seperti biasa untuk semua pengguna.\n"
    )
    assert extract_announcement("info", text, MAIL_DATE, has_course=False).title is None


_LETTER = (
    "Yth. Tim P4M,\n\nTerlampir surat kami.\n\nHormat kami,\nBAAK\n\n[attachment: surat.pdf]\n"
    "POLITEKNIK NEGERI BATAM\nNomor: 12/PL29/2026\n"
)


@pytest.mark.parametrize(
    ("subject_line", "expected"),
    [
        ("Perihal: Penayangan Pengumuman Jadwal Ujian Akhir Semester", "Jadwal Ujian Akhir Semester"),
        ("Hal: Permohonan Publikasi Pengumuman Libur Akhir Tahun", "Libur Akhir Tahun"),
        ("Hal: Permohonan Penayangan Pengumuman di E-Learning", None),  # where, not what
    ],
)
def test_a_letters_subject_line_names_the_announcement(subject_line: str, expected: str | None) -> None:
    text = (
        f"{_LETTER}{subject_line}\n\nDengan hormat,\nKami mohon pengumuman tersebut ditayangkan di e-learning pada "
        "23 November 2026 pukul 07.00.\n"
    )
    assert extract_announcement("Surat", text, MAIL_DATE, has_course=False).title == expected


_THREAD = (
    "> Mohon ditayangkan di kelas saya pengumuman berjudul Kuis 3 Diundur pada Senin, 23 November 2026 pukul 07.00.\n"
    "> Isi: kuis 3 diundur.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Koreksi: judul yang benar adalah Kuis 3 Diundur ke Jumat.\n", "Kuis 3 Diundur ke Jumat"),
        ("Sorry, small correction: please change the title to Quiz 3 Moved to Friday.\n", "Quiz 3 Moved to Friday"),
        ("Tolong ganti judulnya jadi Kuis 3 Diundur ke Jumat ya.\n", "Kuis 3 Diundur ke Jumat"),
        # a reply that changes only the time keeps the thread's title, without the day it was asked for
        ("Ralat: tayangnya tanggal 24 November 2026 jam 07.00, bukan tanggal 23.\n", "Kuis 3 Diundur"),
    ],
)
def test_corrections_in_a_ticket_thread(text: str, expected: str) -> None:
    found = extract_announcement("Re: pengumuman", text, MAIL_DATE, has_course=True, context=_THREAD)
    assert found.title == expected


def test_an_english_title_keeps_its_day() -> None:
    text = 'Please post "Scheduled Downtime on Sunday" on the front page tomorrow at 7 am.\n'
    assert extract_announcement("info", text, MAIL_DATE, has_course=False).title == "Scheduled Downtime on Sunday"


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("Mohon diumumkan ke seluruh mahasiswa peserta kuliah Basis Data besok jam 7.", "course"),
        ("Mohon diumumkan ke semua mahasiswa yang mengikuti Basis Data besok jam 7.", "course"),
        ("Please post to everyone in the Database Systems course tomorrow at 7.", "course"),
        ("Please post this in my course; no need to put it on the front page. Tomorrow 7 am.", "course"),
        ("Mohon diumumkan ke seluruh mahasiswa, kuliah Jumat ditiadakan, besok jam 7.", "site"),
        ("Mohon ditayangkan di course IF302, kalau bisa juga di halaman depan, besok jam 7.", "site"),
    ],
)
def test_site_words_narrowed_to_one_course_or_ruled_out(asked: str, expected: str) -> None:
    text = f"{asked}\n\nJudul: Kuis Ditunda\nIsi: kuis ditunda.\n"
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).scope == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kindly post the following notice, headlined Visiting Scholar Talk, on the front page tomorrow at 9 am.\n",
        "Please publish the announcement below tomorrow 9 am:\n\n__Visiting Scholar Talk__\n\n"
        "Prof. Tanaka from Osaka will give a talk on robotics on Friday in the main hall.\n",
        "Please publish the announcement below tomorrow 9 am:\n\n_Visiting Scholar Talk_\n\n"
        "Prof. Tanaka from Osaka will give a talk on robotics on Friday in the main hall.\n",
    ],
)
def test_a_headline_and_a_title_in_italics(text: str) -> None:
    assert extract_announcement("Notice", text, MAIL_DATE, has_course=False).title == "Visiting Scholar Talk"
