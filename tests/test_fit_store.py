"""The store of fitted type models: a process loads the fit another made, and never one fitted on something else."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest
from sklearn.pipeline import Pipeline

from daemon.classify import fit_store
from daemon.classify.learned import LearnedTypes
from daemon.classify.model import RequestType

EXAMPLES = [
    ("lupa password e-learning", RequestType.ELEARNING_SUPPORT),
    ("tidak bisa login ke kelas", RequestType.ELEARNING_SUPPORT),
    ("minta template RPS semester ini", RequestType.DOCUMENT_REQUEST),
    ("mohon surat tugas mengajar", RequestType.DOCUMENT_REQUEST),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("CACHE_DIRECTORY", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "p4m-helpdesk" / "type-models"


@pytest.fixture
def fits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts every real fit (one entry each)."""
    counted: list[int] = []
    fit = Pipeline.fit

    def counting_fit(self: Pipeline, *args: object, **kwargs: object) -> Pipeline:
        counted.append(1)
        return fit(self, *args, **kwargs)

    monkeypatch.setattr(Pipeline, "fit", counting_fit)
    return counted


def test_a_second_model_on_the_same_examples_is_loaded_not_fitted(cache: Path, fits: list[int]) -> None:
    first = LearnedTypes(EXAMPLES)
    second = LearnedTypes(EXAMPLES)
    assert len(fits) == 1
    assert len(list(cache.glob("*.pickle"))) == 1
    assert second.distribution("saya lupa password") == first.distribution("saya lupa password")


def test_a_taught_example_makes_a_new_fit(cache: Path, fits: list[int]) -> None:
    LearnedTypes(EXAMPLES)
    taught = LearnedTypes([*EXAMPLES, ("rekaman podcast untuk materi ajar", RequestType.ELEARNING_SUPPORT)])
    assert len(fits) == 2
    assert taught.size == len(EXAMPLES) + 1
    assert len(list(cache.glob("*.pickle"))) == 2


def test_another_library_version_makes_a_new_fit(cache: Path, fits: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    LearnedTypes(EXAMPLES)
    real_version = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: "99.0" if name == "scikit-learn" else real_version(name))
    LearnedTypes(EXAMPLES)
    assert len(fits) == 2


def test_the_key_follows_the_models_parameters(cache: Path) -> None:
    texts, labels = ["a b", "c d"], ["x", "y"]
    model = LearnedTypes(EXAMPLES)._pipeline
    assert model is not None
    before = fit_store.model_key(model, texts, labels)
    assert fit_store.model_key(model, texts, labels) == before
    assert fit_store.model_key(model, texts, ["x", "x"]) != before
    assert fit_store.model_key(model, ["a b", "c d "], labels) != before
    model.set_params(grams__words__ngram_range=(1, 3))
    assert fit_store.model_key(model, texts, labels) != before


def test_a_damaged_file_is_fitted_again_and_replaced(cache: Path, fits: list[int]) -> None:
    LearnedTypes(EXAMPLES)
    (stored,) = cache.glob("*.pickle")
    stored.write_bytes(b"not a model")
    model = LearnedTypes(EXAMPLES)
    assert len(fits) == 2
    assert model.guess("saya lupa password") is not None
    assert stored.read_bytes() != b"not a model"


def test_without_a_writable_cache_every_process_fits(
    tmp_path: Path, fits: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("CACHE_DIRECTORY", str(blocked))  # a directory cannot be made under a file
    LearnedTypes(EXAMPLES)
    model = LearnedTypes(EXAMPLES)
    assert len(fits) == 2
    assert model.guess("saya lupa password") is not None


def test_old_fits_are_pruned(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fit_store, "KEPT_MODELS", 2)
    for number in range(3):
        LearnedTypes([*EXAMPLES, (f"contoh ke-{number}", RequestType.OTHER)])
    assert len(list(cache.glob("*.pickle"))) == 2
    assert not list(cache.glob("*.tmp"))
