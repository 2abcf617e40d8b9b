"""`helpdesk eval`: classifier quality against a labels.json (per-type P/R/F1, macro-F1, field accuracy)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from daemon.classify.message_text import classify_message
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


def evaluate(directory: Path, tag: str, context: ScreeningContext) -> dict[str, Any]:
    labels: dict[str, dict[str, Any]] = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
    names = sorted(labels)
    predictions = {name: predict(directory / name, tag, context) for name in tracked(names, "eval", len(names), "file")}
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
    for name, label in labels.items():
        if label["type"] not in ("course_data", "announcement"):
            continue
        guessed = predictions[name].fields
        for key in FIELD_KEYS:
            expected = label["fields"].get(key)
            if key == "changes" and label["type"] != "course_data":
                continue
            if key in ("title", "scope", "publish_at") and label["type"] != "announcement":
                continue
            field_totals[key] += 1
            field_hits[key] += guessed.get(key) == expected
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
        "mistakes": mistakes,
    }


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"{report['messages']} messages, accuracy {report['accuracy']:.3f}",
        "",
        f"{'type':<18} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>4}",
    ]
    for kind, row in report["per_type"].items():
        lines.append(f"{kind:<18} {row['precision']:>9.3f} {row['recall']:>7.3f} {row['f1']:>6.3f} {row['support']:>4}")
    lines += [
        "",
        f"macro-F1 {report['macro_f1']:.3f}",
        f"human requests taken for machine mail: {report['human_taken_for_machine']}",
        "",
        "field accuracy (course_data and announcement requests):",
    ]
    lines += [f"  {key:<12} {value:.3f}" for key, value in report["field_accuracy"].items()]
    if report["mistakes"]:
        lines += ["", "misclassified:"]
        lines += [
            f"  {m['file']}: expected {m['expected']}, got {m['got']} ({'; '.join(m['reasons'])})"
            for m in report["mistakes"]
        ]
    return "\n".join(lines)
