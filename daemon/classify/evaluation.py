"""`helpdesk eval`: the classifier scored against a corpus's labels.json (types, fields, change pairs, speed)."""

from __future__ import annotations

import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from daemon.classify.evaluation_figures import (
    Evaluation,
    FieldMistake,
    Label,
    PairScore,
    Timing,
    TypeMistake,
    TypeScore,
    WrongClaim,
)
from daemon.classify.memory import NO_EXAMPLES
from daemon.classify.message_text import classify_message
from daemon.classify.value_basics import clean_text
from daemon.classify.value_shapes import CREDIT_WORDS
from daemon.progress import tracked
from parsers.automail import ScreeningContext, screen
from parsers.errors import MalformedMessageError
from parsers.message import parse_message

TYPES = ("course_data", "announcement", "elearning_support", "document_request", "other", "auto")
FIELD_KEYS = ("course_code", "course_name", "changes", "title", "scope", "publish_at")


@dataclass(frozen=True)
class Prediction:
    file: str
    type: str
    confidence: float
    reasons: tuple[str, ...]
    fields: dict[str, Any]


def predict(path: Path, tag: str, context: ScreeningContext) -> Prediction:
    try:
        message = parse_message(path.read_bytes())
    except MalformedMessageError as error:
        return Prediction(str(path), "quarantine", 0.0, (str(error),), {})
    verdict = screen(message, context)
    if verdict.is_machine:
        return Prediction(str(path), "auto", 1.0, verdict.reasons, {})
    fallback = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    result, _ = classify_message(message, tag, fallback)
    return Prediction(str(path), result.type.value, result.confidence, result.reasons, result.fields.as_json_dict())


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _timed(path: Path, tag: str, context: ScreeningContext, timer: Callable[[], float]) -> tuple[Prediction, float]:
    started = timer()
    prediction = predict(path, tag, context)
    return prediction, (timer() - started) * 1000


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


_CREDIT_UNIT = re.compile(r"(?i)\s*\b(?:sks|credits?|credit\s+(?:hours|units))\b\.?\s*")
# "3 SKS (2 teori + 1 praktik)": the count's split into its parts, which some labellers write and some do not.
_CREDIT_SPLIT = re.compile(r"\s*\([^()]*\d[^()]*\)\s*$")
_SEMESTER_WORD = re.compile(r"(?i)^\s*semester\s+")


# "2 (dua) SKS": the count said again in words, as letters and forms write it.
_COUNT_IN_WORDS = re.compile(r"(\d+)\s*\(([^()\d]+)\)")


def _credit_count(value: str) -> str:
    bare = _CREDIT_UNIT.sub("", _CREDIT_SPLIT.sub("", value))
    said = _COUNT_IN_WORDS.fullmatch(bare.strip())
    if said and CREDIT_WORDS.get(said.group(2).casefold()) == said.group(1):
        bare = said.group(1)
    return CREDIT_WORDS.get(bare.casefold(), bare)


def same_change_value(field: str, expected: str | None, claimed: str) -> bool:
    """Whether a claimed change value is the labelled one, as Moodle would receive it.

    Labellers write credits and semesters as the requester did ("3 SKS", "tiga", "Semester 2", "3 SKS (2 teori + 1
    praktik)", "2 (dua) SKS"); the value that reaches Moodle is the number, so the unit, the count's split into its
    parts, the count said again in words and the word "semester" do not make a value wrong. A description reaches
    Moodle as its paragraphs and list items, so the mail client's line wrapping does not either, nor the full stop
    that ends its last sentence (labellers keep or drop it; the text is the same).
    """
    if expected is None:
        return False
    if field == "credits":
        expected, claimed = _credit_count(expected), _credit_count(claimed)
    elif field == "semester":
        expected, claimed = _SEMESTER_WORD.sub("", expected), _SEMESTER_WORD.sub("", claimed)
    elif field == "summary":
        expected, claimed = (clean_text(value).removesuffix(".") for value in (expected, claimed))
    return expected.strip() == claimed.strip()


def _same_field(key: str, expected: Any, got: Any) -> bool:
    if key == "changes":
        return _same_changes(expected, got)
    # A publish time is a moment: "09:00+08:00" in the writer's zone is the daemon's "08:00+07:00".
    if key == "publish_at" and isinstance(expected, str) and isinstance(got, str):
        try:
            return datetime.fromisoformat(expected) == datetime.fromisoformat(got)
        except ValueError:
            pass  # a label or answer that is no ISO moment is compared as written
    return bool(got == expected)


def _same_changes(expected: Mapping[str, str] | None, claimed: Mapping[str, str] | None) -> bool:
    expected, claimed = expected or {}, claimed or {}
    return expected.keys() == claimed.keys() and all(
        same_change_value(field, expected[field], value) for field, value in claimed.items()
    )


def _claimed_values(fields: Mapping[str, Any]) -> dict[str, str]:
    """The change values a reading claims; a field named without its value is asked of the requester, not claimed."""
    changes: dict[str, str] = fields.get("changes") or {}
    return {field: value for field, value in changes.items() if value.strip()}


def change_pairs(labels: Mapping[str, Label], predictions: Mapping[str, Prediction]) -> PairScore:
    """Requested changes pair by pair: right, wrong value claimed (of what was claimed), missed (of what was asked)."""
    expected_total = claimed_total = right = wrong = missed = 0
    wrong_claims = []
    shapes: Counter[str] = Counter()
    for name, label in labels.items():
        expected = label.changes
        claimed = _claimed_values(predictions[name].fields)
        expected_total += len(expected)
        claimed_total += len(claimed)
        for field, value in claimed.items():
            if same_change_value(field, expected.get(field), value):
                right += 1
            else:
                wrong += 1
                shapes[f"{field} {'other value' if field in expected else 'not asked'}"] += 1
                wrong_claims.append(WrongClaim(name, field, value, expected.get(field)))
        missed += sum(1 for field in expected if field not in claimed)
        shapes.update(f"{field} missed" for field in expected if field not in claimed)
    return PairScore(
        expected=expected_total,
        claimed=claimed_total,
        right=right,
        pair_recall=right / expected_total if expected_total else 1.0,
        wrong_value_claimed=wrong / claimed_total if claimed_total else 0.0,
        value_missed=missed / expected_total if expected_total else 0.0,
        wrong_claims=tuple(wrong_claims),
        mistake_shapes=dict(sorted(shapes.items())),
    )


def read_labels(directory: Path) -> dict[str, Label]:
    entries: dict[str, Any] = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
    return {name: Label.from_json(entry) for name, entry in entries.items()}


def _type_scores(confusion: Counter[tuple[str, str]]) -> dict[str, TypeScore]:
    scores = {}
    for kind in TYPES:
        true_positive = confusion[(kind, kind)]
        predicted = sum(count for (_, guess), count in confusion.items() if guess == kind)
        actual = sum(count for (truth, _), count in confusion.items() if truth == kind)
        precision = true_positive / predicted if predicted else 0.0
        recall = true_positive / actual if actual else 0.0
        scores[kind] = TypeScore(precision, recall, _f1(precision, recall), actual)
    return scores


def _judged_fields(label: Label) -> tuple[str, ...]:
    if label.type == "course_data":
        return ("course_code", "course_name", "changes")
    if label.type == "announcement":
        return ("course_code", "course_name", "title", "scope", "publish_at")
    return ()


def evaluate(
    directory: Path, tag: str, context: ScreeningContext, timer: Callable[[], float] = time.perf_counter
) -> Evaluation:
    labels = read_labels(directory)
    # The learned model is fitted once, before the clock runs: a running daemon has it ready.
    _ = NO_EXAMPLES.learned
    names = sorted(labels)
    timed = {name: _timed(directory / name, tag, context, timer) for name in tracked(names, "eval", len(names), "file")}
    predictions = {name: prediction for name, (prediction, _) in timed.items()}
    durations = [milliseconds for _, milliseconds in timed.values()]
    confusion: Counter[tuple[str, str]] = Counter((labels[n].type, p.type) for n, p in predictions.items())
    per_type = _type_scores(confusion)
    field_hits: Counter[str] = Counter()
    field_totals: Counter[str] = Counter()
    field_mistakes = []
    field_shapes: Counter[str] = Counter()
    for name, label in labels.items():
        guessed = predictions[name].fields
        for key in _judged_fields(label):
            # An empty change list and no change list are the same answer.
            expected = label.fields.get(key) or None
            got = (_claimed_values(guessed) if key == "changes" else guessed.get(key)) or None
            field_totals[key] += 1
            same = _same_field(key, expected, got)
            field_hits[key] += same
            if not same:
                field_shapes[
                    f"{key} {'missed' if got is None else 'not asked' if expected is None else 'other value'}"
                ] += 1
                field_mistakes.append(FieldMistake(name, key, expected, got))
    mistakes = tuple(
        TypeMistake(name, labels[name].type, p.type, p.reasons[:3])
        for name, p in predictions.items()
        if p.type != labels[name].type
    )
    supported = [score.f1 for score in per_type.values() if score.support]
    return Evaluation(
        messages=len(labels),
        accuracy=sum(confusion[(kind, kind)] for kind in TYPES) / len(labels) if labels else 0.0,
        per_type=per_type,
        macro_f1=sum(supported) / max(1, len(supported)),
        human_taken_for_machine=sum(1 for n, p in predictions.items() if p.type == "auto" and labels[n].type != "auto"),
        field_accuracy={key: field_hits[key] / field_totals[key] for key in FIELD_KEYS if field_totals[key]},
        change_pairs=change_pairs(labels, predictions),
        classify_ms=Timing(statistics.median(durations) if durations else 0.0, _percentile(durations, 0.95)),
        mistakes=mistakes,
        field_mistakes=tuple(field_mistakes),
        field_mistake_shapes=dict(sorted(field_shapes.items())),
        type_confusions={
            f"{truth} read as {guess}": count for (truth, guess), count in sorted(confusion.items()) if truth != guess
        },
    )
