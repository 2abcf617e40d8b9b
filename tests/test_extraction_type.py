"""The type decision when no keyword rule speaks: the learned model, what it learns from staff, and hard cases."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.learned import LearnedTypes, shipped_examples
from daemon.classify.memory import Example, ExampleMemory
from daemon.classify.model import RequestType

MAIL_DATE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


def test_the_learned_model_decides_when_no_rule_matches_and_says_so() -> None:
    result = classify(
        ClassifierInput(
            # no rule reads it: the sheet is "bare" and "has no rows", not empty
            "Marks download gives a bare sheet",
            "Hi, when I download the marks of my cohort the spreadsheet has no rows at all. Any idea? Thanks, Tom",
            MAIL_DATE,
        )
    )
    assert result.type is RequestType.ELEARNING_SUPPORT
    assert result.confidence > 0.0
    assert any(reason.startswith("learned model") for reason in result.reasons)


def test_the_model_is_fitted_again_on_what_staff_taught() -> None:
    text = "Mohon dibantu penjadwalan studio podcast untuk rekaman materi ajar minggu depan."
    before = ExampleMemory()
    taught = ExampleMemory(
        [Example(f"{text} ({number})", RequestType.ELEARNING_SUPPORT, f"ticket #{number}") for number in range(8)]
    )
    assert before.learned.size == len(shipped_examples())
    assert taught.learned.size == len(shipped_examples()) + 8
    guess = taught.learned.guess(text)
    assert guess is not None and guess.type is RequestType.ELEARNING_SUPPORT
    untaught = before.learned.guess(text)
    assert (
        untaught is None
        or untaught.type is not RequestType.ELEARNING_SUPPORT
        or untaught.probability < guess.probability
    )


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "Training for new lecturers?",
            "Hello, I joined the Mechanical Engineering department this month as a new lecturer. Does P4M run a "
            "training for new lecturers on e-learning and course design? When is the next one?",
            RequestType.OTHER,
        ),
        (
            "Pengumuman pergantian dosen Kalkulus",
            "Mohon dibuatkan pengumuman di course Kalkulus (MA1101) bahwa mulai minggu depan dosen pengampu "
            "berganti. Data dosen di e-learning sudah diubah prodi.\n\nJudul: Pergantian Dosen Kalkulus\n"
            "Mulai pertemuan 5 kuliah diampu oleh Ibu Sari, M.Si.",
            RequestType.ANNOUNCEMENT,
        ),
        (
            "Re: Automatic reply: quiz",
            "Sorry to write again. Different problem now: my students cannot see the quiz results after the attempt "
            "closes, the review page is blank.",
            RequestType.ELEARNING_SUPPORT,
        ),
    ],
)
def test_hard_cases(subject: str, text: str, expected: RequestType) -> None:
    assert classify(ClassifierInput(subject, text, MAIL_DATE, is_reply=subject.startswith("Re:"))).type is expected


@pytest.mark.parametrize(
    ("subject", "text", "is_reply", "expected"),
    [
        # Done, but now a new problem: the words of the old request being done do not close this one.
        (
            "Re: [P4M #0398] Permintaan Anda telah kami terima",
            "Masalah yang kemarin sudah beres, tapi sekarang setelah ganti sandi akun saya malah terkunci. "
            "Tolong dicek lagi.",
            True,
            RequestType.ELEARNING_SUPPORT,
        ),
        # "Sudah bisa" in a new mail without thanks reports what should not be possible yet.
        (
            "Kuis terbuka lebih awal",
            "Kuis Kimia yang saya set buka pukul 13.00 ternyata sudah bisa dikerjakan mahasiswa sejak pukul 06.00 "
            "pagi. Mohon dicek.",
            False,
            RequestType.ELEARNING_SUPPORT,
        ),
        # A question about the exam schedule names an announcement's topic but asks for none.
        (
            "jadwal uas",
            "Pagi kak, mau tanya kapan jadwal UAS semester ini keluar ya? Saya perlu untuk atur jadwal kerja. Makasih",
            False,
            RequestType.OTHER,
        ),
        # Asked to tell the students, through e-learning: an announcement without the word.
        (
            "Titip info untuk kelas Fisika",
            "Tolong sampaikan ke mahasiswa kelas Fisika Dasar (FI1101) lewat e-learning bahwa kuliah Jumat diganti "
            "tugas mandiri.",
            False,
            RequestType.ANNOUNCEMENT,
        ),
        # "Saya sampaikan bahwa" opens a formal letter; it tells the helpdesk, not the students.
        (
            "Rekap honor",
            "Bersama ini saya sampaikan bahwa rekap honor mengajar bulan ini belum kami terima dari jurusan. "
            "Mohon segera dilengkapi.",
            False,
            RequestType.OTHER,
        ),
        # A newly hired lecturer is not the course's new lecturer.
        (
            "Pertanyaan dosen baru",
            "Saya dosen baru di Jurusan Teknik Mesin sejak bulan lalu. Dosen baru wajib mengikuti PEKERTI; kapan "
            "batch berikutnya dibuka?",
            False,
            RequestType.OTHER,
        ),
        # Signing in, told in words no older rule had.
        (
            "Sign-in problem",
            "Hi, every time I enter my username and the authenticator code it drops me back to the front page. "
            "I'd appreciate a hand. Thanks",
            False,
            RequestType.ELEARNING_SUPPORT,
        ),
    ],
)
def test_what_is_asked_decides_the_type(subject: str, text: str, is_reply: bool, expected: RequestType) -> None:
    assert classify(ClassifierInput(subject, text, MAIL_DATE, is_reply=is_reply)).type is expected


def test_a_model_from_a_few_examples_still_gives_probabilities() -> None:
    """With fewer examples of a type than calibration folds, the model is fitted uncalibrated rather than failing."""
    model = LearnedTypes(
        [
            ("lupa password e-learning", RequestType.ELEARNING_SUPPORT),
            ("tidak bisa login", RequestType.ELEARNING_SUPPORT),
            ("minta template RPS", RequestType.DOCUMENT_REQUEST),
        ]
    )
    distribution = model.distribution("saya lupa password")
    assert set(distribution) == {RequestType.ELEARNING_SUPPORT, RequestType.DOCUMENT_REQUEST}
    assert math.isclose(sum(distribution.values()), 1.0)
    assert max(distribution, key=lambda kind: distribution[kind]) is RequestType.ELEARNING_SUPPORT
