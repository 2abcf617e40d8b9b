"""The learned part of the type decision: a linear model over word and character n-grams, beside the keyword rules.

It is trained on the labelled requests shipped with the daemon (data/type_examples.jsonl) plus the examples staff
taught with `#type`, and trained again whenever those examples change (a fit is kept on disk for the next process
that needs the same one: fit_store)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

from daemon.classify.casual_words import normalise
from daemon.classify.fit_store import fitted
from daemon.classify.model import RequestType


@dataclass(frozen=True)
class LearnedGuess:
    type: RequestType
    probability: float

    def reason(self, examples: int) -> str:
        return (
            f"learned model (word and character n-grams, {examples} examples): {self.type.value} {self.probability:.2f}"
        )


# What a request asks is said near its start; the rest (signatures, quoted letters) costs time and says little.
HEAD_CHARS = 1200


def _head(text: str) -> str:
    return normalise(text[: HEAD_CHARS * 2])[:HEAD_CHARS]


@cache
def shipped_examples() -> tuple[tuple[str, RequestType], ...]:
    """The labelled requests the daemon ships with, as (text, type)."""
    lines = resources.files("daemon.classify").joinpath("data/type_examples.jsonl").read_text(encoding="utf-8")
    rows = (json.loads(line) for line in lines.splitlines() if line.strip())
    return tuple((row["text"], RequestType(row["type"])) for row in rows)


CALIBRATION_FOLDS = 3


def _linear(rarest: int) -> SGDClassifier | CalibratedClassifierCV:
    """The linear model, its probabilities calibrated when every type has an example for each held-back third."""
    linear = SGDClassifier(loss="log_loss", alpha=5e-5, class_weight="balanced", random_state=0)
    if rarest < CALIBRATION_FOLDS:
        return linear
    return CalibratedClassifierCV(linear, method="sigmoid", cv=CALIBRATION_FOLDS, ensemble=False)


class LearnedTypes:
    """A word and character n-gram model fitted on the given examples (at least two types are needed to learn
    anything)."""

    def __init__(self, examples: Iterable[tuple[str, RequestType]]) -> None:
        pairs = list(examples)
        self.size = len(pairs)
        self._pipeline: Pipeline | None = None
        if len({kind for _, kind in pairs}) < 2:
            return
        pipeline = Pipeline(
            [
                # Character n-grams read typos, affixes and phone spelling ("kesimpen", "ga kekirim"); word pairs
                # read the intent a phrase carries ("sampaikan ke", "can t connect", "boleh minta").
                (
                    "grams",
                    FeatureUnion(
                        [
                            ("characters", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
                            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
                        ]
                    ),
                ),
                # Logistic loss fitted by SGD: about 5 s of CPU for the 4,400 shipped examples, once per set of
                # examples (fit_store keeps each fit), so refitting when staff teach one more does not hold up intake
                # for long; the fixed seed makes every fit the same. The types are
                # weighted by how rare they are: documents and other mail are a tenth of the examples each, and an
                # unweighted fit reads them as their bigger neighbours. The probabilities decide where the model
                # overrules the keyword rules (learned_decision) and whether staff triage what the model alone read,
                # so they are fitted (a sigmoid per type) on thirds of the examples the linear fit did not see.
                ("linear", _linear(min(Counter(kind for _, kind in pairs).values()))),
            ]
        )
        self._pipeline = fitted(pipeline, [_head(text) for text, _ in pairs], [kind.value for _, kind in pairs])

    def distribution(self, text: str) -> dict[RequestType, float]:
        """Each type's probability (empty when nothing was learned)."""
        if self._pipeline is None:
            return {}
        probabilities = self._pipeline.predict_proba([_head(text)])[0]
        return {RequestType(kind): float(p) for kind, p in zip(self._pipeline.classes_, probabilities, strict=True)}

    def guess(self, text: str) -> LearnedGuess | None:
        distribution = self.distribution(text)
        if not distribution:
            return None
        best = max(distribution, key=lambda kind: distribution[kind])
        return LearnedGuess(best, distribution[best])
