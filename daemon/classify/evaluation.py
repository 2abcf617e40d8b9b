"""`helpdesk eval`: classifier quality against a labels.json (per-type P/R/F1, macro-F1, field accuracy)."""

from __future__ import annotations

import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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
_SEMESTER_WORD = re.compile(r"(?i)^\s*semester\s+")


def same_change_value(field: str, expected: str | None, claimed: str) -> bool:
    """Whether a claimed change value is the labelled one, as Moodle would receive it.

    Labellers write credits and semesters as the requester did ("3 SKS", "tiga", "Semester 2"); the value that
    reaches Moodle is the number, so the unit and the word "semester" do not make a value wrong. A description
    reaches Moodle as its paragraphs and list items, so the mail client's line wrapping does not either, nor the
    full stop that ends its last sentence (labellers keep or drop it; the text is the same).
    """
    if expected is None:
        return False
    if field == "credits":
        expected, claimed = (
            CREDIT_WORDS.get(v.casefold(), v) for v in (_CREDIT_UNIT.sub("", expected), _CREDIT_UNIT.sub("", claimed))
        )
    elif field == "semester":
        expected, claimed = _SEMESTER_WORD.sub("", expected), _SEMESTER_WORD.sub("", claimed)
    elif field == "summary":
        expected, claimed = (clean_text(value).removesuffix(".") for value in (expected, claimed))
    return expected.strip() == claimed.strip()


def _same_changes(expected: dict[str, str] | None, claimed: dict[str, str] | None) -> bool:
    expected, claimed = expected or {}, claimed or {}
    return expected.keys() == claimed.keys() and all(
        same_change_value(field, expected[field], value) for field, value in claimed.items()
    )


def _claimed_values(fields: dict[str, Any]) -> dict[str, str]:
    """The change values a reading claims; a field named without its value is asked of the requester, not claimed."""
    changes: dict[str, str] = fields.get("changes") or {}
    return {field: value for field, value in changes.items() if value.strip()}


def change_pairs(labels: dict[str, dict[str, Any]], predictions: dict[str, Prediction]) -> dict[str, Any]:
    """Requested changes pair by pair: right, wrong value claimed (of what was claimed), missed (of what was asked)."""
    expected_total = claimed_total = right = wrong = missed = 0
    wrong_claims = []
    # Counts by field and by shape of mistake tell a rule writer which kind to look at without naming a sample.
    shapes: Counter[str] = Counter()
    for name, label in labels.items():
        expected: dict[str, str] = label["fields"].get("changes") or {}
        claimed = _claimed_values(predictions[name].fields)
        expected_total += len(expected)
        claimed_total += len(claimed)
        for field, value in claimed.items():
            if same_change_value(field, expected.get(field), value):
                right += 1
            else:
                wrong += 1
                shapes[f"{field} {'other value' if field in expected else 'not asked'}"] += 1
                wrong_claims.append({"file": name, "field": field, "claimed": value, "expected": expected.get(field)})
        missed += sum(1 for field in expected if field not in claimed)
        shapes.update(f"{field} missed" for field in expected if field not in claimed)
    return {
        "expected": expected_total,
        "claimed": claimed_total,
        "right": right,
        "pair_recall": right / expected_total if expected_total else 1.0,
        "wrong_value_claimed": wrong / claimed_total if claimed_total else 0.0,
        "value_missed": missed / expected_total if expected_total else 0.0,
        "wrong_claims": wrong_claims,
        "mistake_shapes": dict(sorted(shapes.items())),
    }


def evaluate(
    directory: Path, tag: str, context: ScreeningContext, timer: Callable[[], float] = time.perf_counter
) -> dict[str, Any]:
    labels: dict[str, dict[str, Any]] = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
    # The learned model is fitted once, before the clock runs: a running daemon has it ready.
    _ = NO_EXAMPLES.learned
    names = sorted(labels)
    timed = {name: _timed(directory / name, tag, context, timer) for name in tracked(names, "eval", len(names), "file")}
    predictions = {name: prediction for name, (prediction, _) in timed.items()}
    durations = [milliseconds for _, milliseconds in timed.values()]
    confusion: Counter[tuple[str, str]] = Counter((labels[n]["type"], p.type) for n, p in predictions.items())
    per_type = {}
    for kind in TYPES:
        true_positive = confusion[(kind, kind)]
        predicted = sum(count for (_, guess), count in confusion.items() if guess == kind)
        actual = sum(count for (truth, _), count in confusion.items() if truth == kind)
        precision = true_positive / predicted if predicted else 0.0
        recall = true_positive / actual if actual else 0.0
        per_type[kind] = {
            "precision": precision,
            "recall": recall,
            "f1": _f1(precision, recall),
            "support": actual,
        }
    field_hits: Counter[str] = Counter()
    field_totals: Counter[str] = Counter()
    field_mistakes = []
    field_shapes: Counter[str] = Counter()
    for name, label in labels.items():
        if label["type"] not in ("course_data", "announcement"):
            continue
        guessed = predictions[name].fields
        for key in FIELD_KEYS:
            if key == "changes" and label["type"] != "course_data":
                continue
            if key in ("title", "scope", "publish_at") and label["type"] != "announcement":
                continue
            # An empty change list and no change list are the same answer.
            expected = label["fields"].get(key) or None
            got = (_claimed_values(guessed) if key == "changes" else guessed.get(key)) or None
            field_totals[key] += 1
            same = _same_changes(expected, got) if key == "changes" else got == expected
            field_hits[key] += same
            if not same:
                field_shapes[
                    f"{key} {'missed' if got is None else 'not asked' if expected is None else 'other value'}"
                ] += 1
                field_mistakes.append({"file": name, "field": key, "expected": expected, "got": got})
    mistakes = [
        {"file": name, "expected": labels[name]["type"], "got": p.type, "reasons": list(p.reasons[:3])}
        for name, p in predictions.items()
        if p.type != labels[name]["type"]
    ]
    human_as_machine = sum(1 for n, p in predictions.items() if p.type == "auto" and labels[n]["type"] != "auto")
    return {
        "messages": len(labels),
        "accuracy": sum(confusion[(kind, kind)] for kind in TYPES) / len(labels) if labels else 0.0,
        "per_type": per_type,
        "macro_f1": sum(row["f1"] for row in per_type.values() if row["support"])
        / max(1, sum(1 for row in per_type.values() if row["support"])),
        "human_taken_for_machine": human_as_machine,
        "field_accuracy": {key: field_hits[key] / field_totals[key] for key in field_totals},
        "change_pairs": change_pairs(labels, predictions),
        "classify_ms": {
            "median": statistics.median(durations) if durations else 0.0,
            "p95": _percentile(durations, 0.95),
        },
        "mistakes": mistakes,
        "field_mistakes": field_mistakes,
        "field_mistake_shapes": dict(sorted(field_shapes.items())),
        "type_confusions": {
            f"{truth} read as {guess}": count for (truth, guess), count in sorted(confusion.items()) if truth != guess
        },
    }


def without_details(report: dict[str, Any]) -> dict[str, Any]:
    """The figures alone: a corpus kept unread while tuning must not leak file names, texts or values."""
    pairs = {key: value for key, value in report["change_pairs"].items() if key != "wrong_claims"}
    return {**report, "change_pairs": {**pairs, "wrong_claims": []}, "mistakes": [], "field_mistakes": []}


_FIELD_NAMES = {
    "course_code": "course code",
    "course_name": "course name",
    "changes": "changes (whole request)",
    "title": "title",
    "scope": "scope",
    "publish_at": "publish time",
}


def _counts(shapes: dict[str, int]) -> str:
    return "; ".join(f"{shape} {count}" for shape, count in shapes.items()) or "none"


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"{report['messages']} messages, accuracy {report['accuracy']:.3f}",
        "",
        f"{'type':<18} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>4}",
    ]
    for kind, row in report["per_type"].items():
        lines.append(f"{kind:<18} {row['precision']:>9.3f} {row['recall']:>7.3f} {row['f1']:>6.3f} {row['support']:>4}")
    pairs = report["change_pairs"]
    lines += [
        "",
        f"macro-F1 {report['macro_f1']:.3f}",
        f"human requests taken for machine mail: {report['human_taken_for_machine']}",
        "",
        "field accuracy (course_data and announcement requests):",
    ]
    lines += [f"  {_FIELD_NAMES.get(key, key):<24} {value:.3f}" for key, value in report["field_accuracy"].items()]
    lines += [
        f"  {'change pairs':<24} {pairs['pair_recall']:.3f} ({pairs['right']} of {pairs['expected']} right)",
        f"  {'wrong value claimed':<24} {pairs['wrong_value_claimed']:.3f} "
        f"({pairs['claimed'] - pairs['right']} of {pairs['claimed']} claimed)",
        f"  {'value missed':<24} {pairs['value_missed']:.3f}",
        "",
        "how they went wrong (counts only):",
        f"  {'types':<24} {_counts(report['type_confusions'])}",
        f"  {'fields':<24} {_counts(report['field_mistake_shapes'])}",
        f"  {'change pairs':<24} {_counts(pairs['mistake_shapes'])}",
        "",
        f"classify per request: median {report['classify_ms']['median']:.1f} ms, "
        f"p95 {report['classify_ms']['p95']:.1f} ms (parsing and attachments included)",
    ]
    if report["mistakes"]:
        lines += ["", "misclassified:"]
        lines += [
            f"  {m['file']}: expected {m['expected']}, got {m['got']} ({'; '.join(m['reasons'])})"
            for m in report["mistakes"]
        ]
    if report["field_mistakes"]:
        lines += ["", "fields read differently:"]
        lines += [
            f"  {m['file']}: {m['field']} expected {m['expected']!r}, got {m['got']!r}"
            for m in report["field_mistakes"]
        ]
    return "\n".join(lines)
