"""Kinds of announcement request found on the opened part8 (tune12) and written anew in requests-tune13-announce,
each read in sentences of its own: a title named only in the subject line, a class group naming one course, publish
times in other zones, split over two sentences, in a reply's quoted request; and the moments that are not when a
notice goes out (a rule taking effect, the notice's own news after a colon or a comma, the readers' task, when it
comes down)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.announcement import extract_announcement
from daemon.classify.clock import find_time
from daemon.classify.dates import find_moment

# Wednesday 2 December 2026, 10:00 WIB
MAIL_DATE = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


def _publish(text: str, *, has_course: bool = True) -> str | None:
    return extract_announcement("info", text, MAIL_DATE, has_course=has_course).publish_at


@pytest.mark.parametrize(
    ("subject", "title", "scope"),
    [
        ('tolong pasang "Asistensi Fisika TE-2C Dimajukan" di elearning', "Asistensi Fisika TE-2C Dimajukan", "course"),
        ("Please post a notice titled 'Thesis Clinic Moved Online' for everyone", "Thesis Clinic Moved Online", "site"),
    ],
)
def test_a_title_named_in_the_subject_above_a_phone_body(subject: str, title: str, scope: str) -> None:
    found = extract_announcement(subject, "\n\nSent from my iPhone\n", MAIL_DATE, has_course=False)
    assert (found.title, found.scope) == (title, scope)


def test_a_class_group_written_alone_is_one_course() -> None:
    text = 'Mohon dipasang untuk mahasiswa MK-1B Sore, judulnya "Praktikum Diganti Tugas".'
    assert extract_announcement("info", text, MAIL_DATE, has_course=False).scope == "course"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 10:00 am Kuala Lumpur time", "09:00"),
        ("pukul 15.00 waktu Malaysia", "14:00"),
        ("at 02:30 GMT", "09:30"),
        ("jam 9 pagi (UTC+9)", "07:00"),
    ],
)
def test_clock_times_in_other_zones_are_brought_back_to_wib(text: str, expected: str) -> None:
    found = find_time(text)
    assert found is not None
    clock, ahead, _, _ = found
    assert isinstance(ahead, int) and f"{(clock.hour - ahead) % 24:02d}:{clock.minute:02d}" == expected


def test_a_weekday_gone_by_is_in_the_past() -> None:
    moment = find_moment("Jumat kemarin jam 8 pagi", MAIL_DATE)
    assert moment is not None and moment.at.isoformat() == "2026-11-27T08:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Tolong tayangkan judulnya "Kuis Ditunda" pada Jumat, 4 Desember 2026. Soal jamnya pukul 06.00 saja.',
            "2026-12-04T06:00:00+07:00",
        ),
        (
            'Please post "Lab Moved" on Friday 4 December 2026. As for the time, 6 am please.',
            "2026-12-04T06:00:00+07:00",
        ),
        ('Mohon pasang "Kuis Ditunda", tayangkan pas hari Jumat jam 6 pagi.', "2026-12-04T06:00:00+07:00"),
    ],
)
def test_the_day_and_the_hour_of_a_publish_time_said_apart(text: str, expected: str) -> None:
    assert _publish(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Mohon diumumkan "Aturan Lab": aturan lab baru mulai berlaku Jumat, 4 Desember 2026 pukul 07.00.',
        'Please post "Lab Rules": the rules take effect on Friday 4 December 2026 at 7 am.',
        'Tolong umumkan "Beasiswa", pendaftaran berakhir Jumat, 4 Desember 2026 pukul 16.00.',
        "Tolong tayangkan info server di beranda: SIAKAD tidak bisa diakses Jumat, 4 Desember 2026 pukul 22.00.",
        "Mohon dishare ke mahasiswa, pembagian kelompok Jumat 4 Desember 2026 jam 10 di aula.",
        "Tolong umumkan ke mahasiswa untuk membawa laptop Jumat 4 Desember 2026 jam 8.",
        "Please post a notice reminding students to register on Friday 4 December 2026 at 8 am.",
        "Tolong diumumkan ya, pembayaran UKT mulai Jumat 4 Desember 2026 jam 8.",
        'Pengumuman "Lab Tutup" tolong diturunkan Jumat 4 Desember 2026 jam 17.00.',
        "Please post this for Friday's 10 am seminar: bring your ID card.",
        "Mohon diumumkan ke kelas saya, Jumat 4 Desember 2026 pukul 08.00 ada kuis.",
        'Last Friday at 8 am I posted it myself, please post "Kuis 3" again.',
    ],
)
def test_moments_that_are_not_when_the_notice_goes_out(text: str) -> None:
    assert _publish(text) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Mohon diumumkan ke mahasiswa tingkat akhir: pengajuan judul Skripsi ditutup Jumat.", None),
        ('Tolong umumkan di kelas saya: "Kuis besok dibatalkan, materi dipelajari mandiri di rumah."', None),
        ('Tolong umumkan "Kuis Dibatalkan!" di kelas saya.', "Kuis Dibatalkan!"),
        (
            "Please post a notice titled Thesis Defence Schedule Released on the front page.",
            "Thesis Defence Schedule Released",
        ),
    ],
)
def test_a_title_is_neither_a_sentence_nor_a_thesis_title(text: str, title: str | None) -> None:
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).title == title


def test_a_reply_moves_the_hour_of_the_quoted_request_counted_from_its_own_date() -> None:
    context = (
        "On Tue, 1 Dec 2026 at 20:10, Dina <dina@polibatam.ac.id> wrote:\n"
        '> Tolong tayangkan "Kuis Ditunda" di course Kalkulus besok jam 7 pagi.\n'
    )
    found = extract_announcement(
        "Re: kuis", "Jamnya diganti jam 2 siang ya, tanggal tetap.", MAIL_DATE, has_course=True, context=context
    )
    assert found.publish_at == "2026-12-02T14:00:00+07:00"


@pytest.mark.parametrize(
    "text",
    [
        'Please post "Lab Moved" right away, ideally Friday 4 December 2026 at 6 am.',
        'Mohon ditayangkan untuk beranda e-learning "Kuis Ditunda" pada Jumat, 4 Desember 2026 pukul 06.00.',
        'Tolong tayangkan di course Kalkulus, Jumat 4 Desember 2026 jam 6 pagi saja ya. Judul: "Kuis Ditunda".',
        'Publish on: Friday 4 December 2026, 6 am. Title: "Lab Moved".',
        'Mohon bantuan untuk menayangkan "Kuis Ditunda" Jumat 4 Desember 2026 jam 6 pagi agar terbaca sebelum kuliah.',
    ],
)
def test_moments_that_still_are_when_the_notice_goes_out(text: str) -> None:
    assert _publish(text) == "2026-12-04T06:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("tayang lusa 3 sore", "15:00"), ("on Friday, 8 in the evening", "20:00"), ("kelas 2 pagi", None)],
)
def test_an_hour_with_its_part_of_the_day_needs_no_jam(text: str, expected: str | None) -> None:
    found = find_time(text)
    assert (f"{found[0].hour:02d}:{found[0].minute:02d}" if found else None) == expected


def test_sblm_bounds_the_time_without_naming_it() -> None:
    assert _publish('Tolong tayangin "Kuis 6" besok sblm jam 7 ya.') is None


def test_hours_written_with_hrs_keep_their_zone() -> None:
    found = find_time("at 0800 hrs (Malaysia time)")
    assert found is not None and (found[0].hour, found[1]) == (8, 1)


def test_a_title_listing_with_commas_is_still_a_title() -> None:
    text = 'Tolong umumkan "Kuis 3, 4, dan 5 Ditunda" di kelas saya.'
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).title == "Kuis 3, 4, dan 5 Ditunda"
