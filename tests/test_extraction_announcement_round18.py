"""Announcement kinds from the part opened in round 18, tested in other voices: a title that quotes a name keeps its
closing quote; the other side of "not this but that" is the publish time; an hour corrected in the same mail replaces
the first. Written before the rules. Guards, which held before them: a title in quotes alone, the English "7 am, sorry,
7.30 am", and an apology before the writer's own news."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput

REFERENCE = datetime(2026, 10, 8, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Please post this on the e-learning front page for all students.\n\n"
            'Title: Guest Talk — "Design Thinking for Engineers"\nText: Join us on Friday in Room 805.',
            'Guest Talk — "Design Thinking for Engineers"',
        ),
        (
            "Mohon ditayangkan untuk seluruh mahasiswa.\n\n"
            'Judul: Lomba Esai "Batam Hijau 2030"\nIsi: Pendaftaran dibuka sampai 30 Oktober 2026.',
            'Lomba Esai "Batam Hijau 2030"',
        ),
        (
            'Mohon ditayangkan untuk seluruh mahasiswa.\n\nJudul: "Libur Maulid Nabi"\nIsi: Kampus libur.',
            "Libur Maulid Nabi",
        ),
    ],
)
def test_a_title_keeps_the_quotes_it_opens_inside(text: str, title: str) -> None:
    assert classify(ClassifierInput("Pengumuman", text, REFERENCE)).fields.title == title


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        (
            'Ralat untuk pengumuman "Kuliah Tamu Logistik" yang kemarin: tayangnya bukan jam 8, tapi Selasa 13 '
            "Oktober 2026 pukul 10.00 WIB.",
            "2026-10-13T10:00:00+07:00",
        ),
        (
            'About the "Lab Safety Week" notice: please do not post it on Friday, but on Monday 12 October 2026 at '
            "7 am.",
            "2026-10-12T07:00:00+07:00",
        ),
    ],
)
def test_the_moment_after_not_this_but_that_is_the_publish_time(text: str, moment: str) -> None:
    assert classify(ClassifierInput("Re: Pengumuman", text, REFERENCE, True)).fields.publish_at == moment


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        (
            'Tolong tayangkan pengumuman "Kuis Susulan" di MK TI2201 besok jam 8 pagi, eh maaf, jam 9 maksudnya.',
            "2026-10-09T09:00:00+07:00",
        ),
        (
            'Please post "Workshop Reminder" to all lecturers tomorrow at 7 am, sorry, 7.30 am.',
            "2026-10-09T07:30:00+07:00",
        ),
        (
            'Mohon pengumuman "Libur Kampus" tayang Jumat 9 Oktober 2026 jam 7 pagi.\n\nPS: jam tayangnya diganti '
            "jam 6 aja ya.",
            "2026-10-09T06:00:00+07:00",
        ),
    ],
)
def test_an_hour_the_writer_corrects_in_the_same_mail_replaces_the_first(text: str, moment: str) -> None:
    reference = datetime(2026, 10, 8, 2, 0, tzinfo=UTC)
    assert classify(ClassifierInput("Pengumuman", text, reference)).fields.publish_at == moment


def test_an_apology_before_the_events_hour_corrects_nothing() -> None:
    text = (
        'Mohon tayangkan pengumuman "Kuliah Pengganti" besok jam 7 pagi. Mohon maaf, jam 10 besok saya ada rapat '
        "sehingga kuliah dipindah ke Sabtu."
    )
    reference = datetime(2026, 10, 8, 2, 0, tzinfo=UTC)
    assert classify(ClassifierInput("Pengumuman", text, reference)).fields.publish_at == "2026-10-09T07:00:00+07:00"
