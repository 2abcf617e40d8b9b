"""Announcements read when held-out part30 was opened (as tune52), in voices it does not use: a publish moment
chosen on second thought after two were offered; a forwarded message quoted whole under plain header lines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.memory import NO_EXAMPLES
from parsers.body import split_body

# Thursday 3 December 2026, 09.00 WIB.
AT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)

SECOND_THOUGHT = (
    pytest.param(
        "pengumuman kuis Fisika",
        'Pagi P4M, mohon pasang pengumuman di course FI1101 Fisika Dasar, judul "Kuis 2 Fisika Dasar". Bisa tayang '
        "Selasa jam 8 atau Rabu jam 10? Setelah dipikir-pikir Rabu saja jam 10.00, biar sesudah praktikum.\n\n"
        "Isi: Kuis 2 dibuka hari Jumat.",
        "2026-12-09T10:00:00+07:00",
        id="setelah-dipikir",
    ),
    pytest.param(
        "announcement",
        'Hello, please post an announcement in my course EE2201 Circuits titled "Lab Report Deadline". Could it go '
        "live Tuesday 9 am or Wednesday 1 pm? On second thought, Wednesday at 1 pm is better.\n\n"
        "Text: Lab reports are due Friday.",
        "2026-12-09T13:00:00+07:00",
        id="on-second-thought",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), SECOND_THOUGHT)
def test_the_publish_moment_chosen_on_second_thought_is_the_one_asked(subject: str, text: str, expected: str) -> None:
    result = classify(ClassifierInput(subject, text, AT, False, "", NO_EXAMPLES))
    assert result.fields.as_json_dict()["publish_at"] == expected


def test_a_forwarded_message_quoted_whole_under_plain_headers_passes_its_text_on() -> None:
    body = (
        "Tolong pasang yang di bawah di halaman depan e-learning ya, Senin jam 7.\n\nRina\n\n"
        "---------- Forwarded message ---------\nFrom: Perpustakaan <perpustakaan@polibatam.ac.id>\n"
        "Date: Wed, 2 Dec 2026 at 10:00\nSubject: Jam layanan perpustakaan\nTo: Rina <rina@polibatam.ac.id>\n\n"
        "> Judul: Jam Layanan Perpustakaan Selama Libur Semester\n> Perpustakaan buka pukul 08.00-15.00.\n"
    )
    forwarded = split_body(body).forwarded
    assert "Judul: Jam Layanan Perpustakaan Selama Libur Semester" in forwarded
    assert ">" not in forwarded
