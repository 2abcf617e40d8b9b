"""Kinds of announcement request written anew in requests-tune28-announce, each read in sentences of its own: an
abbreviation in brackets inside a title, a title typed in lower case and closed by emoji, a course named as the place
by its name alone, an English writer's month-first date where only that order is near, "hari Kamis" after a course's
code or the site's news, and 'schedule "X"'."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from daemon.classify.announcement import extract_announcement
from daemon.classify.course_name_posted import posted_course
from daemon.classify.dates import find_date

# Wednesday 3 March 2027, 09:00 WIB
MAIL_DATE = datetime(2027, 3, 3, 2, 0, tzinfo=UTC)


def _read(text: str, *, has_course: bool = False) -> tuple[str | None, str, str | None]:
    found = extract_announcement("info", text, MAIL_DATE, has_course=has_course)
    return found.title, found.scope, found.publish_at


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Mohon tayangkan pengumuman berjudul Bimbingan Kerja Praktik (KP) Gelombang Dua untuk seluruh mahasiswa.",
            "Bimbingan Kerja Praktik (KP) Gelombang Dua",
        ),
        (
            "Please post a notice titled Career Day (CDC) Volunteers Needed on the front page.",
            "Career Day (CDC) Volunteers Needed",
        ),
        # the bracket closes the line: still the title's
        (
            "Mohon ditayangkan dengan judul:\n\nPelatihan Pertolongan Pertama (P3K)\n\nIsi: wajib.",
            "Pelatihan Pertolongan Pertama (P3K)",
        ),
    ],
)
def test_an_abbreviation_in_brackets_stays_inside_the_title(text: str, title: str) -> None:
    assert _read(text)[0] == title


def test_a_course_code_in_brackets_after_a_title_is_not_the_titles() -> None:
    text = "Tolong tayangkan pengumuman berjudul Kuis Susulan Dua (IF2201) Dibatalkan besok."
    assert _read(text)[0] == "Kuis Susulan Dua"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "kak tolong pasangin di beranda ya, judulnya lomba foto hari guru 📸✨ buat semua mahasiswa",
            "lomba foto hari guru",
        ),
        ("hi! title: open mic night at the canteen 🎤 for everyone please", "open mic night at the canteen"),
    ],
)
def test_a_lower_case_title_ends_at_its_emoji(text: str, title: str) -> None:
    assert _read(text)[0] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("judulnya 🎈 jalan sehat dies natalis 🎈 buat semua ya kak", "jalan sehat dies natalis"),
        ("title: board game night in the lobby 🎲 and it's free", "board game night in the lobby"),
        ("Judul: jadwal asistensi gambar teknik 📐 isinya di file", "jadwal asistensi gambar teknik"),
    ],
)
def test_emoji_open_or_close_a_lower_case_title(text: str, title: str) -> None:
    assert _read(text)[0] == title


def test_a_capitalised_labelled_title_keeps_its_emoji_and_words() -> None:
    assert _read("Judul: Lomba Foto 📸 Hari Guru\nIsi: kirim foto terbaik.")[0] == "Lomba Foto 📸 Hari Guru"


@pytest.mark.parametrize(
    "text",
    [
        "kak tolong pasangin di beranda ya, judulnya terserah kakak aja 😁 yang penting menarik",
        "kak tolong pasangin di beranda ya, judulnya nanti aku kabarin 🙏",
        "kak tolong pasangin di beranda ya, judulnya sama kayak tahun lalu aja 😊",
    ],
)
def test_a_title_left_to_us_or_promised_later_is_not_claimed(text: str) -> None:
    assert _read(text)[0] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tolong pasang pengumuman di Mekanika Tanah II, tayang besok jam 8.", "Mekanika Tanah II"),
        ("Could you post the notice below to Ethics for Engineers tomorrow at 9 am?", "Ethics for Engineers"),
        ("For Urban Planning, please put up the following on Friday.", "Urban Planning"),
        ("Untuk Gambar Teknik, mohon ditayangkan besok pagi.", "Gambar Teknik"),
    ],
)
def test_a_course_named_as_the_place_by_its_name_alone(text: str, name: str) -> None:
    assert posted_course(text) == name
    assert _read(text)[1] == "course"


@pytest.mark.parametrize(
    "text",
    [
        "Mohon pasang pengumuman di Beranda E-Learning besok jam 8.",
        "Please post it on Polibatam Online tomorrow at 9 am.",
        "Tolong umumkan di Teknik Informatika besok jam 8.",
        "Please post the notice on Monday Morning Briefing.",
        "Tolong pasang di Kalkulus besok.",
        "Tolong pasang pengumuman di Tower A dan di Papan Pengumuman Gedung Utama.",
    ],
)
def test_a_site_place_a_programme_a_day_or_one_word_is_not_a_course(text: str) -> None:
    assert posted_course(text) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an American's "3/12" in March: 12 March, not 3 December
        ("Could you post it on 3/12 at 10:00 am?", date(2027, 3, 12)),
        ("Please schedule it for 3/10/2027, 2 pm.", date(2027, 3, 10)),
        # both orders near: the day stays first
        ("Please post it on 4/3 at 9 am.", date(2027, 3, 4)),
        # in Indonesian words the day is first whatever is near
        ("Tolong tayangkan tgl 3/12 jam 9.", date(2027, 12, 3)),
    ],
)
def test_an_english_writers_month_first_date_only_when_that_order_is_near(text: str, day: date) -> None:
    found = find_date(text, MAIL_DATE)
    assert found is not None and found[0] == day


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("Mohon tayangkan di course Fisika Bangunan (AR2101) hari Jumat jam 10 pagi.", "2027-03-05T10:00:00+07:00"),
        ("Mohon dipasang di Pengumuman Umum E-Learning hari Senin pukul 07.00.", "2027-03-08T07:00:00+07:00"),
    ],
)
def test_a_weekday_after_hari_once_the_place_is_said(text: str, moment: str) -> None:
    assert _read(text)[2] == moment


def test_a_quoted_title_scheduled() -> None:
    assert _read('Please schedule "Studio Keys Returned" for Friday at 4 pm.')[0] == "Studio Keys Returned"


def test_the_course_named_as_the_place_is_the_requests_course_name() -> None:
    found = extract_announcement(
        "Kuis", "Pasang pengumuman di Mekanika Tanah II. Judul: Kuis Dua Diundur.", MAIL_DATE, has_course=False
    )
    assert (found.scope, found.placed_course) == ("course", "Mekanika Tanah II")


def test_a_place_named_for_the_whole_site_names_no_course() -> None:
    found = extract_announcement(
        "Info", "Mohon pasang di Ruang Baca Utama dan di halaman depan e-learning.", MAIL_DATE, has_course=False
    )
    assert (found.scope, found.placed_course) == ("site", None)
