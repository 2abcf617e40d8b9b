"""Announcement kinds from the part opened in round 18, tested in other voices: a title that quotes a name keeps its
closing quote. Written before the rule."""

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
