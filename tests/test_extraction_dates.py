"""Dates and times as Indonesian and English writers put them, day first, read in WIB."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.dates import find_moment

# Wednesday 18 November 2026, 09:00 WIB
MAIL_DATE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tayang 5/1/2027 jam 07.00", "2027-01-05T07:00"),
        ("tgl 02-03-27 pukul 08.00", "2027-03-02T08:00"),
        ("pada 10.12.2026 pkl. 13.30 WIB", "2026-12-10T13:30"),
        ("tgl 22/12 pkl 13.00", "2026-12-22T13:00"),
        ("tgl 22/12 at noon", "2026-12-22T12:00"),
        ("tgl 3/1 jam 9 pagi", "2027-01-03T09:00"),
        ("jam 8 pagi tanggal 1 Desember", "2026-12-01T08:00"),
        ("besok jam 4 sore", "2026-11-19T16:00"),
        ("bsk pagi jam 06.30", "2026-11-19T06:30"),
        ("lusa pukul 19.00", "2026-11-20T19:00"),
        ("Senin depan jam 7 pagi", "2026-11-23T07:00"),
        ("Rabu depan pkl 10", "2026-11-25T10:00"),
        ("Jumat ini jam 2 siang", "2026-11-20T14:00"),
        ("next Monday at 9 am", "2026-11-23T09:00"),
        ("tomorrow at 7:45pm", "2026-11-19T19:45"),
        ("on Feb 3rd, 7:30 am", "2027-02-03T07:30"),
        ("on December 3, 2026 at 8.15 p.m.", "2026-12-03T20:15"),
        ("on the 4th of December at 10:00", "2026-12-04T10:00"),
        ("25 November 2026 pukul 09.00 WITA", "2026-11-25T08:00"),
        ("tgl 14/12 jam 10.00 WIT", "2026-12-14T08:00"),
        ("malam ini jam 8", "2026-11-18T20:00"),
        ("tonight at 9pm", "2026-11-18T21:00"),
        ("Sabtu, 5 Des 2026, 07.00 WIB", "2026-12-05T07:00"),
        ("publish 2026-12-07 08:00", "2026-12-07T08:00"),
        ("post on 12/25/2026 at 6 am", "2026-12-25T06:00"),
        ("pada hari Senin tanggal 7 Desember 2026 pukul 08.00 WIB", "2026-12-07T08:00"),
        ("at 08:00 on 7 December", "2026-12-07T08:00"),
        ("Kamis, 3/12 pukul 07.30", "2026-12-03T07:30"),
        ("Jumat jam 1 siang", "2026-11-20T13:00"),
        ("on Thursday evening at 8", "2026-11-19T20:00"),
        ("minggu depan hari Rabu jam 7 pagi", "2026-11-25T07:00"),
        ("Wednesday next week at 9am", "2026-11-25T09:00"),
        ("Selasa minggu depan pkl 10.00", "2026-11-24T10:00"),
        ("Sunday at 8 pm", "2026-11-22T20:00"),
        ("Senin (23/11) pukul 07.00", "2026-11-23T07:00"),
        ("tayang 24/11 jam 7", "2026-11-24T07:00"),
        ("besok tengah hari", "2026-11-19T12:00"),
        ("tomorrow at noon", "2026-11-19T12:00"),
        ("besok kuliah libur, tayang malam ini jam 7", "2026-11-18T19:00"),
        ("besok pukul 0800 WIB", "2026-11-19T08:00"),
        ("tomorrow at 1930 hrs", "2026-11-19T19:30"),
        ("malam nanti jam 8", "2026-11-18T20:00"),
        # typed and spoken short forms of the day and its parts
        ("ntar sore jam 4", "2026-11-18T16:00"),
        ("lusa jm 9 malem", "2026-11-20T21:00"),
        ("Kamis jam 12 pg", "2026-11-19T00:00"),
        ("tmrw 6:30 pm", "2026-11-19T18:30"),
        ("tmr at 10", "2026-11-19T10:00"),
        ("besok jam 12 pgsql direstart", "2026-11-19T12:00"),  # "pg" is "pagi" only as a word of its own
        ("tayang 23-27 November pukul 07.00", "2026-11-23T07:00"),
        ("tayang 23 s.d. 27 Nov jam 7", "2026-11-23T07:00"),
        ("besok jam tujuh pagi", "2026-11-19T07:00"),
        ("besok pukul dua belas siang", "2026-11-19T12:00"),
        ("on the 24th at 9:00 AM", "2026-11-24T09:00"),
        ("tanggal 2 jam 9", "2026-12-02T09:00"),
        # a range of hours starts at its first, in the part of the day or the zone said after the last
        ("besok jam 7-9 malam", "2026-11-19T19:00"),
        ("tomorrow 7-9 pm", "2026-11-19T19:00"),
        ("tomorrow between 7 and 8 am", "2026-11-19T07:00"),
        ("Senin 23 November pukul 7 s.d. 9 malam", "2026-11-23T19:00"),
        ("besok jam 8 - 10 WITA", "2026-11-19T07:00"),
        ("besok jam 8-10", "2026-11-19T08:00"),
        ("Nov 20 - 7 pm", "2026-11-20T19:00"),  # a date's day is not the first hour of a range
        # a day and month with the clock time right after, and days counted from the mail
        ("20/11 08.00", "2026-11-20T08:00"),
        ("20-11 jam 8", "2026-11-20T08:00"),
        ("pada 1-3 Desember jam 8", "2026-12-01T08:00"),
        ("2 hari lagi jam 9", "2026-11-20T09:00"),
        ("dua hari lagi pukul 07.00", "2026-11-20T07:00"),
        ("in two days at 9 am", "2026-11-20T09:00"),
        ("three days from now at 8am", "2026-11-21T08:00"),
    ],
)
def test_common_forms(text: str, expected: str) -> None:
    moment = find_moment(text, MAIL_DATE)
    assert moment is not None, text
    assert moment.at.strftime("%Y-%m-%dT%H:%M") == expected
    assert moment.at.utcoffset() is not None and moment.at.utcoffset().total_seconds() == 7 * 3600  # type: ignore[union-attr]


def test_a_date_without_a_year_is_the_next_one_after_the_mail() -> None:
    moment = find_moment("tayang 3 Januari jam 08.00", MAIL_DATE)
    assert moment is not None and moment.at.year == 2027


@pytest.mark.parametrize(
    "text",
    [
        "pada 14 Maret 2027",  # a date alone: the hour is not guessed
        "semester Genap 2026/2027 jam kuliah",
        "nilai 3/4 dari total",
        "versi 2.5 sudah terpasang",
        "minggu depan jam kuliah berubah",  # a week, not a day
        "skor 15/20 jam terbang",
        "tomorrow at 1930",  # four digits without "hrs" or a zone may be a year or a room
        "besok jam lima belas",  # written-out hours past twelve are not read
        "tomorrow at one of the labs",
        "ntar jam 8",  # "later" alone names no day
        "within 2 days at 8",  # a span, not a day
        "jam 07.00-09.00",  # hours alone
    ],
)
def test_no_moment_is_invented(text: str) -> None:
    assert find_moment(text, MAIL_DATE) is None
