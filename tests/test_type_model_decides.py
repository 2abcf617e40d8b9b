"""Where the learned model decides the type over the keyword rules, and where the grammar keeps the decision."""

from __future__ import annotations

from datetime import UTC, datetime

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.learned_decision import MODEL_DECIDES
from daemon.classify.memory import Example, ExampleMemory
from daemon.classify.model import Classification, RequestType

MAIL_DATE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


class FixedModel:
    """A learned model at the seam: the same distribution for every text."""

    def __init__(self, kind: RequestType, probability: float) -> None:
        rest = (1.0 - probability) / (len(RequestType) - 1)
        self.shares = dict.fromkeys(RequestType, rest)
        self.shares[kind] = probability
        self.size = 100

    def distribution(self, text: str) -> dict[RequestType, float]:
        return dict(self.shares)


class MemoryWith(ExampleMemory):
    """Staff-taught examples beside a fixed learned model."""

    def __init__(self, model: FixedModel, examples: tuple[Example, ...] = ()) -> None:
        super().__init__(examples)
        self.fixed = model

    @property
    def learned(self) -> FixedModel:  # type: ignore[override]
        return self.fixed


def _classify(subject: str, text: str, model: FixedModel, examples: tuple[Example, ...] = ()) -> Classification:
    return classify(ClassifierInput(subject, text, MAIL_DATE, examples=MemoryWith(model, examples)))


DOCUMENT = ("Template RPS", "Selamat pagi, mohon dikirimkan template RPS terbaru untuk semester genap. Terima kasih.")


def test_the_rules_choose_when_the_model_agrees_or_is_unsure() -> None:
    assert _classify(*DOCUMENT, FixedModel(RequestType.DOCUMENT_REQUEST, 0.9)).type is RequestType.DOCUMENT_REQUEST
    unsure = _classify(*DOCUMENT, FixedModel(RequestType.ANNOUNCEMENT, MODEL_DECIDES - 0.05))
    assert unsure.type is RequestType.DOCUMENT_REQUEST
    assert not unsure.reasons[0].startswith("learned model")


def test_a_sure_model_decides_over_keyword_votes_and_says_so() -> None:
    result = _classify(*DOCUMENT, FixedModel(RequestType.ELEARNING_SUPPORT, 0.9))
    assert result.type is RequestType.ELEARNING_SUPPORT
    assert result.reasons[0].startswith("learned model")
    assert result.reasons[1] == "over the keyword rules' choice (document_request)"


def test_a_sure_model_taking_other_sends_the_mail_to_triage() -> None:
    result = _classify(*DOCUMENT, FixedModel(RequestType.OTHER, 0.9))
    assert result.type is RequestType.OTHER
    assert result.needs_triage


def test_what_the_grammar_reads_the_mail_doing_keeps_the_rules_decision() -> None:
    how_to = ("Tanya", "Selamat pagi, bagaimana caranya mengganti nama kelas di e-learning sendiri? Terima kasih.")
    assert _classify(*how_to, FixedModel(RequestType.COURSE_DATA, 0.95)).type is RequestType.ELEARNING_SUPPORT
    fault = ("Course", "Course Fisika Dasar saya tidak bisa dibuka sejak tadi pagi, muncul error. Mohon bantuannya.")
    assert _classify(*fault, FixedModel(RequestType.OTHER, 0.95)).type is RequestType.ELEARNING_SUPPORT


def test_a_course_change_is_taken_from_the_model_only_with_a_change_read() -> None:
    access = ("Akses", "Saya dosen baru dan belum punya akses pengajar di course Fisika Dasar (FI1101), mohon dibantu.")
    assert _classify(*access, FixedModel(RequestType.COURSE_DATA, 0.95)).type is not RequestType.COURSE_DATA


def test_a_staff_taught_example_like_the_mail_keeps_the_rules_decision() -> None:
    taught = Example(DOCUMENT[1], RequestType.DOCUMENT_REQUEST, "ticket 2026-0042")
    result = _classify(*DOCUMENT, FixedModel(RequestType.ELEARNING_SUPPORT, 0.9), (taught,))
    assert result.type is RequestType.DOCUMENT_REQUEST


def test_a_course_change_asked_with_its_value_keeps_the_rules_decision() -> None:
    rename = ("Nama MK", "Mohon nama mata kuliah IF2201 di e-learning diubah menjadi Pemrograman Web Lanjut.")
    for model in (FixedModel(RequestType.OTHER, 0.95), FixedModel(RequestType.ELEARNING_SUPPORT, 0.95)):
        assert _classify(*rename, model).type is RequestType.COURSE_DATA
    # where the rules chose another type, a change read with its value does not stop the model choosing course_data
    moved = ("Short name", "The short name shows EN2101_A.B; please make it EN2101-AB so students find it. Thanks.")
    assert _classify(*moved, FixedModel(RequestType.COURSE_DATA, 0.95)).type is RequestType.COURSE_DATA
