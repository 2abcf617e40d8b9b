"""Faults a review of round 12's rules found by reading them, each held to the reading a person expects."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.announcement_corrected import corrected_moment
from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType
from daemon.classify.questions_asked import how_to_questions
from parsers.machine_receipts import system_notice
from parsers.message import parse_message

NOW = datetime(2026, 11, 30, 9, tzinfo=UTC)


def _notice(body: str) -> str | None:
    raw = f"From: dosen@polibatam.ac.id\r\nSubject: Notifikasi\r\nMessage-ID: <r12@polibatam.ac.id>\r\n\r\n{body}\r\n"
    return system_notice(parse_message(raw.encode()))


@pytest.mark.parametrize(
    "body",
    [
        "Saya dapat email begini:\r\n\r\nEmail ini dikirim secara otomatis oleh sistem.\r\n\r\nMaksudnya apa ya?",
        "I got this one:\r\n    This is an automated message, please do not reply.\r\nCan you check?",
        "Mohon tidak membalas email ini ke alamat lama saya, pakai alamat kampus saja.",
    ],
)
def test_a_person_pasting_or_echoing_a_notice_line_is_no_machine(body: str) -> None:
    assert _notice(body) is None


def test_a_notice_with_a_link_still_says_it_was_sent_automatically() -> None:
    body = (
        "Disposisi baru: Surat 123/PL29/2026.\r\nLihat di https://sipena.polibatam.ac.id/d?id=55\r\n\r\n"
        "Email ini dikirim secara otomatis oleh sistem. Mohon tidak membalas email ini."
    )
    assert _notice(body) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Are we able to change the full name of Robotics (RBT4105) to Applied Robotics?",
        "Apakah dosen diperbolehkan mengganti nama MK Basis Data (IF2204) menjadi Basis Data Lanjut? Mohon bantuannya.",
    ],
)
def test_asking_leave_with_the_new_value_written_is_the_request_itself(text: str) -> None:
    assert how_to_questions("Nama MK", text)[2] is None


def test_asking_leave_without_a_value_is_still_a_question() -> None:
    assert how_to_questions("Question", "Am I allowed to edit the course summary?")[2] == "Am I allowed to"


@pytest.mark.parametrize(
    ("text", "lecturer"),
    [
        (
            "Mohon dosen IF2204 diganti menjadi Dr. Wildan Akbar dan Pak Rinto sebagai asisten lab.",
            "Dr. Wildan Akbar",
        ),
        ("Please change the lecturer of IF2204 to Dr. Ferdinand Siregar.", "Dr. Ferdinand Siregar"),
        ("Mohon dosen pengampu IF2204 diganti menjadi Dr. Hamdan Lubis.", "Dr. Hamdan Lubis"),
    ],
)
def test_and_inside_a_name_joins_nobody(text: str, lecturer: str) -> None:
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Ganti dosen", text, NOW)
    assert dict(fields.changes).get("lecturer") == lecturer


@pytest.mark.parametrize("greeting", ["Halo", "Maaf", "Sorry"])
def test_a_greeting_is_no_subject_of_a_listed_name(greeting: str) -> None:
    text = f"{greeting}, Basis Data dan Jaringan (IF2204) mohon ganti dosen jadi Dr. Budi Santoso."
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Ganti dosen", text, NOW)
    assert fields.course_name == "Basis Data dan Jaringan"


ASKED = "2026-12-04T08:00:00+07:00"


@pytest.mark.parametrize(
    "event",
    [
        "Mahasiswa hadir jam 10, bukan jam 8.",
        "Ujian mulai jam 8, eh jam 10.",
    ],
)
def test_an_events_hour_set_right_does_not_move_the_publishing(event: str) -> None:
    text = f"Tolong tayangkan pengumuman Jumat 4 Desember jam 8. {event}"
    assert corrected_moment(text, ASKED, NOW) == ASKED


def test_the_publishing_hour_set_right_still_moves_it() -> None:
    text = "Tolong tayangkan pengumuman Jumat 4 Desember jam 8, eh jam 10."
    assert corrected_moment(text, ASKED, NOW) == "2026-12-04T10:00:00+07:00"
