"""Mail that talks about an announcement without handing one over to publish: a question whether one is out, a
one not wanted on e-learning, one posted elsewhere, one asked of another office. Written before the rule, in voices
the corpora lack; beside them, texts handed over to publish stay announcements."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType

REFERENCE = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


def _type(subject: str, text: str) -> RequestType:
    return classify(ClassifierInput(subject, text, REFERENCE)).type


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Pengumuman libur",
            "Selamat siang, apakah ada pengumuman libur untuk minggu depan? Saya belum lihat. Terima kasih.",
        ),
        (
            "Guest lecture",
            "No need to post it on Moodle after all, I already emailed the notice to my students. Thanks!",
        ),
        ("announcement", "Hi, which office should I ask to get an announcement on the campus website? Thanks."),
        (
            "Pengumuman di grup WA",
            "Pak, pengumuman kuliah pengganti sudah saya sebar di grup WA kelas, jadi tidak perlu di e-learning. "
            "Terima kasih.",
        ),
    ],
)
def test_talk_about_an_announcement_is_not_one_to_publish(subject: str, text: str) -> None:
    assert _type(subject, text) is RequestType.OTHER


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Pengumuman kuliah pengganti",
            "Mohon ditayangkan di course Fisika Dasar: kuliah pengganti Sabtu pukul 08.00.",
        ),
        ("Announcement for EL2205", "Please post this announcement for my students: the lab on Friday is cancelled."),
        ("Pengumuman", "Pengumuman untuk mahasiswa TI-2A: kuliah besok diganti tugas mandiri. Terima kasih, Bu."),
    ],
)
def test_an_announcement_handed_over_stays_one(subject: str, text: str) -> None:
    assert _type(subject, text) is RequestType.ANNOUNCEMENT
