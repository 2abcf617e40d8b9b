"""Kinds of announcement request found on the opened part3 (tune8) and written anew in requests-tune9-announce, for
the publish time, each read in sentences of its own: publishing verbs in their active forms, a time said after the
text about the announcement itself, an event named as the topic, parts of the day and zones, tables and forms."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.announcement import extract_announcement
from daemon.classify.dates import find_moment

# Wednesday 18 November 2026, 09:00 WIB
MAIL_DATE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kami mohon bantuan untuk memasang pengumuman ini di kelas saya, pukul 06.00 pagi, hari Kamis minggu depan.",
        "Mohon bantuan menampilkan pengumuman di kelas saya pada 26 November 2026 pukul 06.00.",
    ],
)
def test_publishing_verbs_in_their_active_forms(sentence: str) -> None:
    found = extract_announcement("info", f"{sentence}\n\nJudul: Kuis Ditunda\n", MAIL_DATE, has_course=True)
    assert found.publish_at == "2026-11-26T06:00:00+07:00"


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("It needs to go live on Friday, 20 November 2026 at 6 am.", "2026-11-20T06:00:00+07:00"),
        ("This should be visible to students from 7:00 on 20/11/2026.", "2026-11-20T07:00:00+07:00"),
        ("Dijadwalkan muncul 20/11 jam 05.00 pagi supaya terbaca sebelum berangkat.", "2026-11-20T05:00:00+07:00"),
        ("Sebaiknya sudah bisa dilihat mahasiswa tgl 20/11 jam 07.30.", "2026-11-20T07:30:00+07:00"),
        # the text's own sentences are about the event, not about the announcement
        ("Materi bisa dilihat mulai 20/11 jam 07.30.", None),
        ("Students should be online on 20/11 at 7:30 for the quiz.", None),
    ],
)
def test_a_sentence_after_the_text_about_the_announcement_gives_its_time(after: str, expected: str | None) -> None:
    text = f"Judul: Kuis Ditunda\nIsi: Kuis 3 ditunda ke minggu depan karena server dipindahkan.\n\n{after}\n"
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at == expected


def test_an_event_named_as_the_topic_is_not_the_moments_event() -> None:
    text = (
        "Dengan hormat, kami mohon bantuan penayangan pengumuman pelatihan Moodle bagi seluruh dosen baru pada "
        "tgl. 20 Desember jam 10.00. Pelatihan dilaksanakan Selasa, 22 Desember 2026 pukul 09.00."
    )
    found = extract_announcement("Pelatihan Moodle", text, MAIL_DATE, has_course=False)
    assert found.publish_at == "2026-12-20T10:00:00+07:00"


def test_an_event_word_before_the_moment_still_rules_it_out() -> None:
    text = "Mohon diumumkan di kelas saya: pelatihan dilaksanakan tgl. 20 Desember jam 10.00."
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the 23rd of November at 7 in the evening", "2026-11-23T19:00"),
        ("on 23 November at 8.30 in the morning", "2026-11-23T08:30"),
        ("at noon WIT on 23 November", "2026-11-23T10:00"),
        ("tgl 23/11 tengah hari WITA", "2026-11-23T11:00"),
        ("jam 8 pagi WITA hari Senin, 23 November 2026", "2026-11-23T07:00"),
        ("tgl 23.11.26 jam 7 pagi", "2026-11-23T07:00"),
    ],
)
def test_parts_of_the_day_and_zones(text: str, expected: str) -> None:
    moment = find_moment(text, MAIL_DATE)
    assert moment is not None and moment.at.isoformat().startswith(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Batas pengumpulan tugas tanggal 30 November 2026 pukul 23.59, jadi tolong umumkan besok jam 8 pagi.",
            "2026-11-19T08:00:00+07:00",
        ),
        (
            "The workshop runs on Saturday, 28 November 2026 at 9 am, so could you publish this on Monday, "
            "23 November 2026 at 7 am?",
            "2026-11-23T07:00:00+07:00",
        ),
        # the deadline alone, capitalised at the start of its sentence, is still a deadline
        ("Batas pengumpulan tanggal 30 November 2026 pukul 23.59, mohon diumumkan segera.", None),
    ],
)
def test_the_moment_the_publishing_word_governs_after_another_in_one_sentence(
    sentence: str, expected: str | None
) -> None:
    text = f"{sentence}\n\nJudul: Pengumpulan Tugas\nIsi: Tugas dikumpulkan lewat e-learning.\n"
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at == expected


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("Tomorrow 7 am please, on my course page.", "2026-11-19T07:00:00+07:00"),
        (
            "Mohon diumumkan di kelas saya. Kuisnya Kamis jam 10, jadi pengumumannya besok pagi jam 7 saja.",
            "2026-11-19T07:00:00+07:00",
        ),
        (
            "Please post this on my course page before the quiz on Friday at 10 am, ideally tomorrow at 7 am.",
            "2026-11-19T07:00:00+07:00",
        ),
        # a bound is not a time, and a quiz named right before its moment is still the quiz
        ("Please post this by tomorrow 7 am at the latest on my course page.", None),
        ("Mohon diumumkan pengumuman kuis pada Jumat jam 10 di kelas saya.", None),
    ],
)
def test_publish_time_beside_a_place_a_wish_a_bound_and_an_event(asked: str, expected: str | None) -> None:
    text = f"{asked}\n\nJudul: Kuis Ditunda\nIsi: Kuis ditunda ke minggu depan.\n"
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at == expected


@pytest.mark.parametrize(
    "timing",
    [
        "Display start: 23 November 2026, 07:00.",
        "Display period: from 23/11/2026 07:00.",
        "Waktu tampil: 23-11-2026 07.00",
    ],
)
def test_moodles_words_for_a_posts_timing_after_the_text(timing: str) -> None:
    text = (
        "Please add a post to the Announcements forum of my course with subject: Quiz 3 Moved.\n"
        f"Message: Quiz 3 moves to next week.\n\n{timing}\n"
    )
    found = extract_announcement("Announcement", text, MAIL_DATE, has_course=True)
    assert found.title == "Quiz 3 Moved"
    assert found.publish_at == "2026-11-23T07:00:00+07:00"


@pytest.mark.parametrize(
    "table",
    [
        # as the HTML converter writes an Outlook table: a header row, a rule, then the values
        "Judul| Tanggal tayang| Jam  \n---|---|---  \nKuis 3 Diundur| 23/11/2026| 07.00\n",
        "| Judul | Tanggal tayang | Jam |\n|---|---|---|\n| Kuis 3 Diundur | 23/11/2026 | 07.00 |\n",
        # a label and its value on each row
        "| Judul | Kuis 3 Diundur |\n| Tanggal tayang | 23/11/2026 |\n| Jam | 07.00 |\n",
        "Judul| Kuis 3 Diundur  \n---|---  \nTanggal Tayang| 23 November 2026  \nJam Tayang| 07.00 WIB  \n",
    ],
)
def test_title_and_publish_time_in_a_table(table: str) -> None:
    text = f"Mohon ditayangkan pengumuman berikut di kelas saya.\n\n{table}"
    found = extract_announcement("info", text, MAIL_DATE, has_course=True)
    assert found.title == "Kuis 3 Diundur"
    assert found.publish_at == "2026-11-23T07:00:00+07:00"


def test_an_events_table_row_is_neither_title_nor_publish_time() -> None:
    text = (
        "Mohon ditayangkan pengumuman berikut besok jam 7.\n\n"
        "Kegiatan| Tanggal| Jam  \n---|---|---  \nKuis 3| 27/11/2026| 10.00\n"
    )
    found = extract_announcement("info", text, MAIL_DATE, has_course=True)
    assert found.title is None
    assert found.publish_at == "2026-11-19T07:00:00+07:00"


def test_a_form_label_before_a_day_and_month() -> None:
    text = (
        "Tolong tayangkan di kelas saya:\nJudul: Kuis 3 Diundur\nIsi: kuis diundur ke Jumat 27/11 jam 10.\n"
        "Tgl tayang: 23/11\nPukul: 07.00\n"
    )
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at == "2026-11-23T07:00:00+07:00"


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("Tolong posting di kelas saya hari Senin jam 7 pagi", "2026-11-23T07:00:00+07:00"),
        ("Mohon dipasang di e-learning hari Senin pukul 07.00.", "2026-11-23T07:00:00+07:00"),
        # after an audience or another word, "hari Jumat" stays the event's day
        ("Tolong umumkan ke mahasiswa hari Jumat jam 10 kuis ditunda.", None),
        ("Tolong umumkan di kelas saya kalau kuis hari Jumat jam 10 ditunda.", None),
    ],
)
def test_a_weekday_after_the_place_it_is_published(asked: str, expected: str | None) -> None:
    text = f"{asked}\n\nJudul: Kuis Ditunda\nIsi: Kuis ditunda ke minggu depan.\n"
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at == expected


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("Tayang hari Senin 23/11 ya. Jamnya 07.00.", "2026-11-23T07:00:00+07:00"),
        ("Please publish it on Monday 23 November, any time after 7 am.", None),
        ("Tolong tayang besok setelah jam 7.", None),
    ],
)
def test_a_time_on_its_own_sentence_and_a_bound_from_after(asked: str, expected: str | None) -> None:
    text = f"{asked}\n\nJudul: Kuis Ditunda\nIsi: Kuis ditunda ke minggu depan.\n"
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at == expected


_THREAD = (
    "> Mohon ditayangkan di kelas saya pengumuman berjudul Kuis 3 Diundur pada Senin, 23 November 2026 pukul 07.00.\n"
    "> Isi: kuis 3 diundur.\n"
)


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Mohon maaf, jam tayangnya diganti jadi jam 8 pagi ya, tanggal tetap.\n", "2026-11-23T08:00:00+07:00"),
        ("Sorry, could you publish it at 8 am instead? Same day.\n", "2026-11-23T08:00:00+07:00"),
        # the event's hour in a reply moves nothing
        ("Terima kasih, kuisnya nanti jam 10 ya.\n", None),
        ("Thanks! The quiz itself starts at 10 am.\n", None),
    ],
)
def test_a_reply_that_moves_only_the_hour_keeps_the_threads_day(reply: str, expected: str | None) -> None:
    found = extract_announcement("Re: pengumuman", reply, MAIL_DATE, has_course=True, context=_THREAD)
    assert found.publish_at == expected


@pytest.mark.parametrize(
    "asked",
    [
        "Please upload this to the e-learning homepage ASAP, latest by tomorrow 7 am.",
        "Mohon dipasang di beranda paling lambat besok jam 7.",
        "Please have it up no later than tomorrow 7 am.",
    ],
)
def test_a_latest_time_is_a_bound_not_the_time(asked: str) -> None:
    text = f"{asked}\n\nJudul: Kuis Ditunda\nIsi: Kuis ditunda ke minggu depan.\n"
    assert extract_announcement("info", text, MAIL_DATE, has_course=False).publish_at is None


def test_a_moment_in_the_news_after_bahwa_is_the_texts_own() -> None:
    text = (
        "Mohon bantuan untuk menayangkan pengumuman di beranda e-learning bahwa SIAKAD tidak dapat diakses pada "
        "Sabtu, 21 November 2026 pukul 20.00 sampai 24.00 WIB karena pemeliharaan server.\n"
    )
    assert extract_announcement("Mohon umumkan", text, MAIL_DATE, has_course=False).publish_at is None


def test_a_form_label_on_its_own_line_takes_the_next_line() -> None:
    text = (
        "Mohon bantuan penayangan pengumuman terlampir.\n\n[attachment: pengumuman.docx]\n"
        "Judul pengumuman:\nBeasiswa Pertukaran Pelajar 2027\nWaktu tayang:\nRabu, 25 November 2026 pukul 08.00 WIB\n"
        "Isi:\nPendaftaran beasiswa dibuka sampai 15 Januari 2027.\n"
    )
    found = extract_announcement("Permohonan pengumuman", text, MAIL_DATE, has_course=False)
    assert found.publish_at == "2026-11-25T08:00:00+07:00"
