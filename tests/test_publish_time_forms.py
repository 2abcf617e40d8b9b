"""Publish times written in forms the announcement reader had not met: year first, a military hour, Malay dates, a
month's abbreviation with its dot, a phrasal verb and a subject line that says when."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.announcement import extract_announcement

MAIL_DATE = datetime(2026, 12, 2, 4, 0, tzinfo=UTC)  # Wednesday 2 December 2026, 11.00 WIB


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please post this notice for all students. Publishing date and time: 2026/12/07 10:00 (JST)", "08:00"),
        ("Mohon tayangkan pengumuman untuk seluruh mahasiswa. Waktu tayang: Senin, 7 Desember 2026, 0730H.", "07:30"),
        ("Mohon menghebahkan pengumuman ini pada 7hb Disember 2026, jam 8.00 pagi (waktu Malaysia).", "07:00"),
        ("Kindly post this in the course.\n\nPlease publish it on Dec. 7 at 0800H. Thank you!", "08:00"),
        ("Could you pop this up on the course page on Monday 7 December 2026 at 9am?", "09:00"),
        ("Please publish it on Monday the 7th at half past seven.", "07:30"),
        ("Please post it on 7 December at a quarter to eight in the morning.", "07:45"),
        ("Please post this for all students on 7 Dec 2026 @ 0730.", "07:30"),
        ("Mohon tayang 7/12 @ 07.30 ya.", "07:30"),
        ("Please have this up on the front page by 7:30 on Monday 7 December.", "07:30"),
        # the moment said again more exactly after a comma ("at midnight, yaitu pukul 00.00 ...", found in tune37)
        ("Tolong tayangkan pagi-pagi, tepatnya pukul 07.00 hari Senin 7 Desember, bareng story IG.", "07:00"),
        ("Please post it early, namely at 06.30 on Monday 7 December, together with our Instagram post.", "06:30"),
    ],
)
def test_a_publish_time_in_a_new_form(text: str, expected: str) -> None:
    found = extract_announcement("Pengumuman", text, MAIL_DATE, has_course=True)
    assert found.publish_at == f"2026-12-07T{expected}:00+07:00"


def test_a_publish_time_only_in_the_subject() -> None:
    subject = "Tayang Senin 7/12 pukul 08.00 - Pengumuman Libur Dies Natalis"
    text = (
        "Mohon pengumuman berikut ditayangkan.\n\nJudul: Libur Dies Natalis\nIsi: Kuliah libur Kamis, 10 Desember 2026."
    )
    assert extract_announcement(subject, text, MAIL_DATE, has_course=False).publish_at == "2026-12-07T08:00:00+07:00"


@pytest.mark.parametrize(
    "subject",
    ["Re: Tayang Senin 7/12 pukul 08.00 - Libur", "Pengumuman UAS Senin 7/12 pukul 08.00"],
)
def test_a_reply_subject_or_an_event_in_the_subject_is_no_publish_time(subject: str) -> None:
    text = "Mohon diumumkan ke seluruh mahasiswa.\n\nJudul: Jadwal UAS\nIsi: UAS dimulai minggu depan."
    assert extract_announcement(subject, text, MAIL_DATE, has_course=False).publish_at is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 20:00 EST on 6 December (UTC-5) is 08:00 WIB on the 7th; 17:00 PST (UTC-8) likewise
        ("Please post this in my course on Sunday, December 6 at 8 PM Eastern time.", "08:00"),
        ("Please publish it on December 6, 2026 at 5 pm Seattle time.", "08:00"),
        ("Could you post an announcement for me? Tolong dijadwalkan Senin 7 Desember 2026 pukul 08.00.", "08:00"),
    ],
)
def test_a_publish_time_from_america_or_asked_to_be_scheduled(text: str, expected: str) -> None:
    found = extract_announcement("Pengumuman", text, MAIL_DATE, has_course=True)
    assert found.publish_at == f"2026-12-07T{expected}:00+07:00"


def test_an_event_scheduled_is_no_publish_time() -> None:
    text = "Mohon umumkan di course ini.\n\nJudul: UTS\nIsi: UTS dijadwalkan Rabu, 9 Desember 2026 pukul 10.00."
    assert extract_announcement("Pengumuman", text, MAIL_DATE, has_course=True).publish_at is None


def test_an_upload_deadline_told_first_is_no_publish_time() -> None:
    text = (
        "Untuk course Sistem Kendali. Batas unggah laporan Jumat, 11 Desember 2026 pukul 12.00. "
        "Pengumuman ini mohon tayang Senin, 7 Desember 2026 pukul 09.00."
    )
    found = extract_announcement("Pengumuman", text, MAIL_DATE, has_course=True)
    assert found.publish_at == "2026-12-07T09:00:00+07:00"


def test_a_malay_request_under_the_text_gives_the_publish_time() -> None:
    """ "Sila" asks as "mohon" does (found in tune37's Malaysian mail; here a Bruneian partner's)."""
    text = (
        "Salam sejahtera,\n\nSila hebahkan makluman berikut kepada semua pelajar tahun akhir.\n\n"
        "Tajuk: Bengkel Keusahawanan Serantau\nTarikh bengkel: 15 Disember 2026\n\n"
        "Sila siarkan makluman ini pada 7 Disember 2026, jam 8.30 pagi waktu Brunei.\n\nSekian, terima kasih."
    )
    found = extract_announcement("Hebahan bengkel", text, MAIL_DATE, has_course=False)
    assert found.publish_at == "2026-12-07T07:30:00+07:00"


@pytest.mark.parametrize(
    "wish",
    [
        # the wish bounded "not before", with its reason (found in tune41, an Irish lecturer; new voices here)
        "Monday 7 December at 8 a.m. would be ideal, not before, since I still have to brief the class.",
        "Senin 7 Desember jam 08.00 kalau bisa, jangan sebelum itu karena saya mau sampaikan dulu di kelas.",
        "Mon 7 Dec 8am is fine for me, not earlier please, the marks are not final yet.",
    ],
)
def test_a_wished_time_bounded_not_before_is_the_publish_time(wish: str) -> None:
    text = f"Please post this on the course page.\n\nTitle: Lab report marks\nText: Marks are out on Friday.\n\n{wish}"
    found = extract_announcement("Pengumuman", text, MAIL_DATE, has_course=True)
    assert found.publish_at == "2026-12-07T08:00:00+07:00"
