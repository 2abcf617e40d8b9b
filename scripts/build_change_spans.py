"""Derive span annotations of requested change values from the labelled tuning corpora and train the change tagger.

Run after a tuning corpus changes:  .venv/bin/python scripts/build_change_spans.py
Reads every tests/data/requests*/ corpus (never tests/data/heldout). A row is a human request labelled
course_data or read as course_data: its text as the change reader sees it, the labelled values' spans in it
([field, start, end]; each value found verbatim, whole words, at the grammar's reading when the grammar read it
right, else its last occurrence) and the grammar's own reading (for scripts/change_tagger_folds.py).
Writes build/change_spans.jsonl and trains daemon/classify/data/change_tagger.crfsuite from every row."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pycrfsuite

from daemon.classify.change_tagger import MODEL
from daemon.classify.change_tagger_features import FIELDS, features, labels, locate, tokens
from daemon.classify.evaluation import same_change_value
from daemon.classify.fields import grammar_changes
from daemon.classify.message_text import MAX_TEXT_CHARS, classify_message, is_reply
from daemon.classify.wording import unwrap
from daemon.config import Config
from parsers.automail import ScreeningContext, screen
from parsers.errors import MalformedMessageError
from parsers.message import parse_message
from parsers.subject import clean_subject

ROOT = Path(__file__).resolve().parent.parent
SPANS = ROOT / "build" / "change_spans.jsonl"
# The corpora the shipped model learned from: a test compares it with tests/data, so a new corpus asks for a retrain.
TRAINED_ON = MODEL.with_name("change_tagger.corpora.txt")
# Only a mail without a Date header needs it, and only for announcement times, never for changes.
_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
_SPACES = {0xA0: " ", 0x2007: " ", 0x202F: " "}
# L1 keeps the stored model small and sparse; L2 keeps rare cues from dominating. Stopped at 120 iterations, the
# model was far from its optimum, so adding one corpus of 70 mails moved the value probabilities of 21 to 22 requests
# of the others by more than 0.1; at 400, of 1 to 2 (scripts/tagger_stability.py, round 30).
TRAINING = {"c1": 0.1, "c2": 0.01, "max_iterations": 400, "feature.possible_transitions": True}


@dataclass(frozen=True)
class Row:
    source: str
    label_type: str
    text: str
    spans: tuple[tuple[str, int, int], ...]
    expected: tuple[tuple[str, str], ...]
    # The grammar's reading: (field, value, cue, start, end).
    grammar: tuple[tuple[str, str, str, int, int], ...]
    course_code: str | None

    def as_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)

    @staticmethod
    def from_json(line: str) -> Row:
        data = json.loads(line)
        return Row(
            data["source"],
            data["label_type"],
            data["text"],
            tuple((f, s, e) for f, s, e in data["spans"]),
            tuple((f, v) for f, v in data["expected"]),
            tuple((f, v, c, s, e) for f, v, c, s, e in data["grammar"]),
            data["course_code"],
        )


def corpora() -> list[Path]:
    return sorted(path.parent for path in (ROOT / "tests/data").glob("requests*/labels.json"))


def derive_row(source: str, label: dict[str, object], raw: bytes, config: Config) -> Row | None:
    """One request's row, or None for machine mail, a malformed one, or one neither labelled nor read as a change."""
    context = ScreeningContext(config.own_addresses(), config.helpdesk.address)
    try:
        message = parse_message(raw)
    except MalformedMessageError:
        return None
    if screen(message, context).is_machine:
        return None
    result, parts = classify_message(message, config.helpdesk.tag, message.date or _EPOCH)
    label_type = str(label["type"])
    if label_type != "course_data" and result.type.value != "course_data":
        return None
    subject = clean_subject(message.subject, config.helpdesk.tag)
    text = (parts.for_classification or ("" if is_reply(message) else subject))[:MAX_TEXT_CHARS]
    flat = unwrap(text.translate(_SPACES))
    fields = result.fields
    grammar = grammar_changes(subject, text, parts.quoted, fields.course_code, fields.course_name)
    expected: dict[str, str] = dict((label.get("fields") or {}).get("changes") or {})  # type: ignore[union-attr]
    spans: list[tuple[str, int, int]] = []
    for field, value in expected.items():
        near = next((c.start for c in grammar if c.field == field and same_change_value(field, value, c.value)), None)
        if field in FIELDS and (where := locate(flat, value, near)):
            spans.append((field, *where))
    if labels(tokens(flat), spans) is None:
        spans = []  # a value off token bounds: the row still teaches where nothing is asked
    return Row(
        source,
        label_type,
        flat,
        tuple(spans),
        tuple(expected.items()),
        tuple((c.field, c.value, c.cue, c.start, c.end) for c in grammar),
        fields.course_code,
    )


def derive() -> list[Row]:
    config = Config()
    rows: list[Row] = []
    for directory in corpora():
        corpus_labels = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
        for name, label in sorted(corpus_labels.items()):
            if label["type"] != "auto" and (
                row := derive_row(f"{directory.name}/{name}", label, (directory / name).read_bytes(), config)
            ):
                rows.append(row)
    wanted = sum(len(row.expected) for row in rows)
    located = sum(len(row.spans) for row in rows)
    print(f"{len(rows)} requests, {located} of {wanted} labelled values located")
    return rows


def train(rows: list[Row], model: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for row in rows:
        items = tokens(row.text)
        tags = labels(items, list(row.spans))
        if items and tags:
            trainer.append(pycrfsuite.ItemSequence(features(row.text, items)), tags)
    trainer.set_params(TRAINING)
    trainer.train(str(model))


def load_rows() -> list[Row]:
    return [Row.from_json(line) for line in SPANS.read_text(encoding="utf-8").splitlines()]


def main() -> None:
    logging.disable(logging.WARNING)
    rows = derive()
    SPANS.parent.mkdir(exist_ok=True)
    SPANS.write_text("".join(row.as_json() + "\n" for row in rows), encoding="utf-8")
    print(f"spans written to {SPANS.relative_to(ROOT)}")
    train(rows, MODEL)
    TRAINED_ON.write_text("".join(f"{directory.name}\n" for directory in corpora()), encoding="utf-8")
    print(f"model written to {MODEL.relative_to(ROOT)} ({MODEL.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
