"""Kinds of announcement request found on the sixth tuning corpus, each read in sentences of its own."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from daemon.classify.announcement import extract_announcement
from daemon.classify.clock import find_time
from tests.conftest import TEST_DATA
from tests.corpus_reports import corpus_report

MAIL_DATE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


def test_a_letterhead_over_the_letter_number_is_not_the_title() -> None:
    text = (
        "Yth. P4M,\n\nTerlampir surat kami.\n\nHormat kami,\nTata Usaha\n\n"
        "[attachment: surat.pdf]\n"
        "JURUSAN TEKNIK ELEKTRO\n"
        "Nomor : 112/JTE/2026\n"
        "Perihal : Penayangan Pengumuman\n"
        "Mohon ditayangkan untuk seluruh mahasiswa pada 1 Desember 2026 pukul 09.00 WIB:\n"
        "Pameran Karya Tugas Akhir Elektro\n"
        "Pameran karya tugas akhir diadakan di lobi Gedung Utama selama tiga hari, terbuka untuk umum.\n"
        "Ketua Jurusan,\n"
    )
    found = extract_announcement("Surat", text, MAIL_DATE, has_course=False)
    assert found.title == "Pameran Karya Tugas Akhir Elektro"
    assert found.publish_at == "2026-12-01T09:00:00+07:00"


def test_a_letterhead_alone_is_never_claimed_as_the_title() -> None:
    text = (
        "Mohon ditayangkan surat terlampir.\n\n[attachment: surat.pdf]\nPOLITEKNIK NEGERI BATAM\n"
        "Jl. Ahmad Yani, Batam Centre\nDengan ini diberitahukan bahwa layanan perpustakaan tutup hari Sabtu."
    )
    assert extract_announcement("Surat", text, MAIL_DATE, has_course=False).title is None


def test_a_title_set_apart_under_a_request_without_a_full_stop() -> None:
    text = (
        "pak tolong diumumin di kelas Fisika Dasar lusa jam 8 pagi\n\n"
        "Responsi Bab 5 Diganti Hari Kamis\n"
        "responsi bab 5 tidak jadi hari selasa, diganti kamis di ruang 302 seperti biasa ya\n\n"
        "makasih"
    )
    found = extract_announcement("info", text, MAIL_DATE, has_course=True)
    assert found.title == "Responsi Bab 5 Diganti Hari Kamis"
    assert found.publish_at == "2026-11-20T08:00:00+07:00"


def test_a_sentence_case_line_under_an_unpunctuated_greeting_is_not_a_title() -> None:
    text = (
        "selamat pagi pak\n\n"
        "Saya mau tanya soal kuis\n"
        "apakah kuis minggu depan bisa dibuka lebih awal untuk mahasiswa yang sakit kemarin"
    )
    assert extract_announcement("tanya", text, MAIL_DATE, has_course=True).title is None


def test_a_long_title_wrapped_by_the_mail_client_is_whole() -> None:
    text = (
        "Dengan hormat, kami mohon pengumuman berikut ditayangkan di halaman depan e-learning.\n\n"
        "Pedoman Pelaksanaan Ujian Akhir Semester Daring bagi Mahasiswa Tingkat\n"
        "Akhir\n\n"
        "Ujian akhir semester untuk mahasiswa tingkat akhir dilaksanakan daring melalui e-learning dengan\n"
        "pengawasan kamera.\n\n"
        "Hormat kami,\nBagian Akademik"
    )
    found = extract_announcement("Pengumuman", text, MAIL_DATE, has_course=False)
    assert found.title == "Pedoman Pelaksanaan Ujian Akhir Semester Daring bagi Mahasiswa Tingkat Akhir"
    assert found.text is not None and found.text.startswith("Ujian akhir semester")


def test_the_spoken_in_form_of_a_publish_verb_governs_the_time() -> None:
    text = "kak tolong infoin ke anak2 kelas Statistika besok jam 10 pagi, kuis dibatalkan. tks"
    found = extract_announcement("info", text, MAIL_DATE, has_course=True)
    assert found.publish_at == "2026-11-19T10:00:00+07:00"


def test_a_reply_giving_only_the_time_keeps_the_title_named_in_the_quoted_thread() -> None:
    context = (
        "Pada 17/11/2026 09.00, Helpdesk P4M menulis:\n"
        "> Yth. Ibu Sari,\n>\n"
        "> Permintaan Ibu (tiket 2026-0811) untuk menayangkan pengumuman berjudul\n"
        "> \u201cPengumpulan Jurnal Praktikum Diperpanjang\u201d di course Kimia Organik sudah\n"
        "> kami terima. Kapan pengumuman ini ditayangkan?\n"
    )
    text = "Lusa jam 07.00 saja, Pak. Terima kasih."
    found = extract_announcement("Pengumuman Kimia", text, MAIL_DATE, has_course=True, context=context)
    assert found.title == "Pengumpulan Jurnal Praktikum Diperpanjang"
    assert found.publish_at == "2026-11-20T07:00:00+07:00"


def test_a_title_in_the_new_text_wins_over_the_quoted_thread() -> None:
    context = '> Please post "Old Heading" in my course.\n'
    text = "Sorry, a better one:\nTitle: Lab Report Deadline Extended\nThanks"
    found = extract_announcement("Re: notice", text, MAIL_DATE, has_course=True, context=context)
    assert found.title == "Lab Report Deadline Extended"


def test_a_text_addressed_to_all_lecturers_is_for_the_site() -> None:
    text = (
        "Mohon ditayangkan besok pukul 08.00.\n\n"
        "Judul: Pelatihan Penyusunan RPS Berbasis OBE\n"
        'Isi: P4M mengundang semua dosen mengikuti pelatihan penyusunan RPS. Materi ada di course "Pelatihan OBE".\n'
    )
    found = extract_announcement("Pengumuman pelatihan", text, MAIL_DATE, has_course=True)
    assert found.scope == "site"


def test_the_lecturers_of_one_course_keep_the_course_scope() -> None:
    text = (
        "Mohon dipasang di course Basis Data besok pukul 08.00.\n\n"
        "Judul: Tim Pengajar Basis Data\n"
        "Isi: Mulai pekan depan seluruh dosen pengampu Basis Data membuka konsultasi setiap Rabu sore.\n"
    )
    assert extract_announcement("Pengumuman", text, MAIL_DATE, has_course=True).scope == "course"


def test_a_weekday_after_hari_right_behind_the_publishing_word_is_the_publish_day() -> None:
    # 18 November 2026 is a Wednesday: the coming Friday is the 20th
    text = "Mohon umumkan di kelas Kalkulus: Judul: Remedial Dibuka. Dipasang pada hari Jumat pukul 16.00 ya."
    found = extract_announcement("info", text, MAIL_DATE, has_course=True)
    assert found.publish_at == "2026-11-20T16:00:00+07:00"


def test_a_weekday_after_hari_that_names_the_event_is_not_the_publish_day() -> None:
    text = "Tolong umumkan di kelas Kalkulus bahwa kuis diadakan hari Jumat jam 1 siang."
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("jam setengah 8 pagi", time(7, 30)),
        ("pukul setengah tujuh malam", time(18, 30)),
        ("pkl setengah 1 siang", time(12, 30)),
        ("jam setengah 12 malam", time(23, 30)),
        ("at 6 o'clock in the evening", time(18, 0)),
        ("by 10 oclock am", time(10, 0)),
    ],
)
def test_times_said_in_words_around_the_hour_are_read(written: str, expected: time) -> None:
    found = find_time(f"mohon tayang besok {written} ya")
    assert found is not None and found[0] == expected


def test_half_before_the_hour_in_a_publish_request() -> None:
    text = (
        "Tolong up-kan pengumuman ini lusa jam setengah 9 pagi.\n\n"
        "Judul: Asistensi Ditiadakan\nIsi: asistensi minggu ini ditiadakan karena dosen dinas luar kota."
    )
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at == "2026-11-20T08:30:00+07:00"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Maaf, judulnya tolong diganti jadi Responsi Dipindah ke Lab 2 ya. Isinya tetap.",
            "Responsi Dipindah ke Lab 2",
        ),
        ("Sorry, the heading should be: Midterm Review Session Added\nThanks", "Midterm Review Session Added"),
        (
            "Judul pengumumannya seharusnya \u201cPengumpulan Tugas Besar Diundur\u201d, bukan yang kemarin.",
            "Pengumpulan Tugas Besar Diundur",
        ),
    ],
)
def test_a_title_named_with_a_change_verb(text: str, title: str) -> None:
    assert extract_announcement("Re: pengumuman", text, MAIL_DATE, has_course=True).title == title


def test_a_change_verb_after_the_title_cue_claims_nothing_in_lower_case_prose() -> None:
    text = "judulnya jadi agak panjang ya pak, tidak apa-apa kan?"
    assert extract_announcement("Re: pengumuman", text, MAIL_DATE, has_course=True).title is None


@pytest.mark.parametrize(
    "request_line",
    [
        "Mohon ditayangkan di dasbor e-learning lusa pukul 07.00.",
        "Could you put this on everybody's dashboard on Friday at 9 am?",
        "Tolong dijadikan pengumuman umum di e-learning ya.",
        "Please add it to the site announcements.",
    ],
)
def test_the_sites_own_places_say_site_even_when_a_course_is_named(request_line: str) -> None:
    text = f"{request_line}\n\nJudul: Sertifikasi Kompetensi\nIsi: pendaftaran lewat course Sertifikasi BNSP."
    assert extract_announcement("Pengumuman", text, MAIL_DATE, has_course=True).scope == "site"


def test_my_course_dashboard_stays_the_course() -> None:
    text = "Tolong dipasang di dashboard course saya besok jam 7.\n\nJudul: Kuis\nIsi: kuis Sabtu pagi."
    assert extract_announcement("Pengumuman", text, MAIL_DATE, has_course=True).scope == "course"


@pytest.mark.parametrize(
    ("closing_line", "expected"),
    [
        ("Besok jam 7 pagi kalau bisa, Pak.", "2026-11-19T07:00:00+07:00"),
        ("Friday 8 am works best for me.", "2026-11-20T08:00:00+07:00"),
        ("Lusa pukul 06.30 sebaiknya.", "2026-11-20T06:30:00+07:00"),
    ],
)
def test_a_moment_the_writer_says_they_prefer_under_the_text_is_the_publish_time(
    closing_line: str, expected: str
) -> None:
    text = (
        f"Please post this in my course.\n\nTitle: Lab Closed\nText: The lab is closed for repairs.\n\n{closing_line}"
    )
    assert extract_announcement("Notice", text, MAIL_DATE, has_course=True).publish_at == expected


def test_a_bare_moment_inside_the_text_is_the_events_time_not_the_publish_time() -> None:
    text = (
        "Please post this in my course.\n\nTitle: Lab Closed\nText: The lab is closed for repairs.\n\nFriday at 8 am."
    )
    assert extract_announcement("Notice", text, MAIL_DATE, has_course=True).publish_at is None


@pytest.mark.parametrize(
    "labelled",
    [
        "Topik: Pendaftaran Asisten Praktikum 2027\nIsi: pendaftaran asisten dibuka sampai akhir bulan.",
        "| Judul | Pendaftaran Asisten Praktikum 2027 |\n| Isi | pendaftaran asisten dibuka sampai akhir bulan. |",
    ],
)
def test_a_topic_label_and_a_table_row_name_the_title_without_their_marks(labelled: str) -> None:
    text = f"Mohon ditayangkan besok jam 7.\n\n{labelled}"
    assert extract_announcement("Info", text, MAIL_DATE, has_course=True).title == "Pendaftaran Asisten Praktikum 2027"


def test_announcement_fields_on_the_opened_part() -> None:
    """The sixth tuning corpus (once held out): its announcements' title, scope and publish time meet the targets;
    the one announcement its type rules miss is counted against title and scope, so those stay a step below."""
    fields = corpus_report(TEST_DATA / "requests-tune6").field_accuracy
    assert fields["title"] >= 0.9 and fields["scope"] >= 0.9 and fields["publish_at"] >= 0.95


@pytest.mark.parametrize(
    "request_line",
    [
        "Please announce: the study-skills workshop Thursday 2 pm in Room 101.",
        "Tolong umumkan, sosialisasi magang besok jam 13.00 di aula.",
        "Tolong kabarin ke anak-anak, kelas besok jam 10 pindah ke lab.",
        "Please tell my students the class tomorrow at 8 am is online.",
    ],
)
def test_the_time_of_the_announced_event_is_not_claimed_as_the_publish_time(request_line: str) -> None:
    text = f"{request_line}\n\nJudul: Info Kegiatan\nIsi: detail kegiatan ada di course."
    assert extract_announcement("Info", text, MAIL_DATE, has_course=True).publish_at is None


@pytest.mark.parametrize(
    "request_line",
    ["Tolong umumkan di kelas besok jam 8 ya.", "Please post it in my class tomorrow at 8 am."],
)
def test_the_class_as_the_place_to_publish_keeps_the_publish_time(request_line: str) -> None:
    text = f"{request_line}\n\nJudul: Kuis Ditunda\nIsi: kuis ditunda ke minggu depan."
    assert extract_announcement("Info", text, MAIL_DATE, has_course=True).publish_at == "2026-11-19T08:00:00+07:00"


@pytest.mark.parametrize(
    "request_line",
    [
        "Mohon dipasang di kelas yang saya ampu lusa jam 7.",
        "Tolong umumkan ke peserta matkul kami ya.",
        "Mohon diumumkan ke semua peserta kuliah saya.",
        "Could you post this for our tutorial groups? Our tutorials meet on Fridays.",
        "Please share it with the students in my section.",
    ],
)
def test_the_writers_own_course_said_without_its_name_is_the_course(request_line: str) -> None:
    text = f"{request_line}\n\nJudul: Kuis Ditunda\nIsi: kuis minggu ini ditunda."
    assert extract_announcement("Pengumuman", text, MAIL_DATE, has_course=False).scope == "course"


@pytest.mark.parametrize(
    "schedule_line",
    [
        "Jadwal penayangan: Kamis, 3 Desember 2026, 10.00 WIB.",
        "Waktu publikasi: 3 Desember 2026 10.00",
        "Publication: 3 December 2026, 10:00",
        "Waktu pemasangan: 3/12/2026 pukul 10.00",
    ],
)
def test_the_noun_of_publishing_labels_the_publish_time(schedule_line: str) -> None:
    text = f"Mohon bantuannya.\n\nJudul: Kuis Ditunda\nIsi: kuis minggu ini ditunda ke pekan depan.\n\n{schedule_line}"
    assert extract_announcement("Info", text, MAIL_DATE, has_course=True).publish_at == "2026-12-03T10:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Could you put up a notice named Library Hours Extended on the front page?", "Library Hours Extended"),
        (
            "Please post an announcement headed Career Day Registration Open for all students.",
            "Career Day Registration Open",
        ),
        (
            "Mohon dibuat pengumuman dengan nama Batas Unggah RPS Diperpanjang di halaman depan.",
            "Batas Unggah RPS Diperpanjang",
        ),
    ],
)
def test_a_title_named_after_the_notice_it_heads(text: str, title: str) -> None:
    assert extract_announcement("Notice", text, MAIL_DATE, has_course=False).title == title


def test_a_called_without_a_notice_before_it_names_nothing() -> None:
    text = "Please post this in my course. The lab we called Room Nine is closed next week for repairs."
    assert extract_announcement("Notice", text, MAIL_DATE, has_course=True).title is None
