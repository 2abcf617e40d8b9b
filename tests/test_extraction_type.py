"""The type decision when no keyword rule speaks: the learned model, what it learns from staff, and hard cases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import ClassifierInput, classify
from daemon.classify.learned import shipped_examples
from daemon.classify.memory import Example, ExampleMemory
from daemon.classify.model import RequestType

MAIL_DATE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


def test_the_learned_model_decides_when_no_rule_matches_and_says_so() -> None:
    result = classify(
        ClassifierInput(
            "Export gives an empty sheet",
            "Hi, when I export the marks of my cohort the spreadsheet comes out empty. Any idea? Thanks, Tom",
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
