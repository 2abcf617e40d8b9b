"""Derive the labelled current course names' spans from the tuning corpora and train the course-name tagger.

Run after a tuning corpus changes:  .venv/bin/python scripts/build_name_spans.py
Reads every tests/data/requests*/ corpus (never tests/data/heldout). A row is a human request labelled or read as
course_data or an announcement: its subject and text as the name reader sees them, the labelled current name and the
new name a rename asks for, and the grammar's own reading (for scripts/course_name_folds.py). Every whole-word
occurrence of a labelled name is a span; a request with no name label teaches "no name here", and one whose
labelled name is not written in its subject or text (it stands in the quoted mail) teaches nothing.
Writes build/name_spans.jsonl and trains daemon/classify/data/name_tagger.crfsuite from every row."""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import pycrfsuite

from daemon.classify.message_text import MAX_TEXT_CHARS, classify_message, is_reply
from daemon.classify.name_tagger import MODEL
from daemon.classify.name_tagger_features import compose, name_features, name_labels, occurrences, tokens
from daemon.config import Config
from parsers.automail import ScreeningContext, screen
from parsers.chat_lines import without_chat_stamps
from parsers.errors import MalformedMessageError
from parsers.message import parse_message
from parsers.subject import clean_subject

ROOT = Path(__file__).resolve().parent.parent
SPANS = ROOT / "build" / "name_spans.jsonl"
# The corpora the shipped model learned from: a test compares it with tests/data, so a new corpus asks for a retrain.
TRAINED_ON = MODEL.with_name("name_tagger.corpora.txt")
_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
_NAMED = ("course_data", "announcement")
# As the change tagger: L1 keeps the stored model small and sparse; L2 keeps rare cues from dominating.
# Stopped at 100 iterations, adding one corpus of 70 mails tagged 13 requests of the others differently and moved the
# name probabilities of 28 by more than 0.1; at 400, 2 and 2 (scripts/tagger_stability.py --tagger name, round 30).
TRAINING = {"c1": 0.1, "c2": 0.01, "max_iterations": 400, "feature.possible_transitions": True}


@dataclass(frozen=True)
class NameRow:
    source: str
    label_type: str
    subject: str
    text: str
    expected: str | None
    new_name: str | None
    # Whether the daemon reads a name at all (a course_data or course announcement), and the grammar's name.
    reads_name: bool
    grammar: str | None

    @staticmethod
    def from_json(line: str) -> NameRow:
        return NameRow(**json.loads(line))

    def spans(self) -> list[tuple[str, int, int]] | None:
        """The labelled names' spans in the composed text; None when the current name is labelled but not there."""
        flat, _ = compose(self.subject, self.text)
        named = [("name", *span) for span in occurrences(flat, self.expected or "")]
        if self.expected and not named:
            return None
        renamed = [
            ("newname", start, end)
            for start, end in occurrences(flat, self.new_name or "")
            if not any(start < other_end and other_start < end for _, other_start, other_end in named)
        ]
        return named + renamed


def corpora() -> list[Path]:
    return sorted(path.parent for path in (ROOT / "tests/data").glob("requests*/labels.json"))


def derive_row(source: str, label: dict[str, object], raw: bytes, config: Config) -> NameRow | None:
    """One request's row, or None for machine mail, a malformed one, or one neither labelled nor read as naming a
    course."""
    context = ScreeningContext(config.own_addresses(), config.helpdesk.address)
    try:
        message = parse_message(raw)
    except MalformedMessageError:
        return None
    if screen(message, context).is_machine:
        return None
    result, parts = classify_message(message, config.helpdesk.tag, message.date or _EPOCH)
    label_type = str(label["type"])
    if label_type not in _NAMED and result.type.value not in _NAMED:
        return None
    subject = clean_subject(message.subject, config.helpdesk.tag)
    text = without_chat_stamps((parts.for_classification or ("" if is_reply(message) else subject))[:MAX_TEXT_CHARS])
    fields: dict[str, object] = dict(label.get("fields") or {})  # type: ignore[call-overload]
    changes: dict[str, str] = dict(fields.get("changes") or {})  # type: ignore[call-overload]
    return NameRow(
        source,
        label_type,
        subject,
        text,
        str(fields["course_name"]) if label_type in _NAMED and fields.get("course_name") else None,
        changes.get("fullname"),
        result.type.value in _NAMED and result.fields.scope != "site",
        result.fields.course_name,
    )


def derive() -> list[NameRow]:
    config = Config()
    rows: list[NameRow] = []
    for directory in corpora():
        corpus_labels = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
        for name, label in sorted(corpus_labels.items()):
            if label["type"] != "auto" and (
                row := derive_row(f"{directory.name}/{name}", label, (directory / name).read_bytes(), config)
            ):
                rows.append(row)
    named = [row for row in rows if row.expected]
    located = sum(1 for row in named if row.spans() is not None)
    print(f"{len(rows)} requests, {located} of {len(named)} labelled names written in their subject or text")
    return rows


def examples(rows: list[NameRow]) -> dict[str, tuple[pycrfsuite.ItemSequence, list[str]]]:
    """Each row's features and labels, by source; a row whose labelled name is not in its text is left out."""
    found: dict[str, tuple[pycrfsuite.ItemSequence, list[str]]] = {}
    for row in rows:
        spans = row.spans()
        flat, body_start = compose(row.subject, row.text)
        items = tokens(flat)
        if items and spans is not None:
            found[row.source] = (
                pycrfsuite.ItemSequence(name_features(flat, body_start, items)),
                name_labels(items, spans),
            )
    return found


def train(
    rows: list[NameRow], model: Path, ready: dict[str, tuple[pycrfsuite.ItemSequence, list[str]]] | None = None
) -> None:
    """Train on the rows (their features from `ready` when given) and write the model."""
    ready = ready if ready is not None else examples(rows)
    trainer = pycrfsuite.Trainer(verbose=False)
    for row in rows:
        if row.source in ready:
            trainer.append(*ready[row.source])
    trainer.set_params(TRAINING)
    trainer.train(str(model))


def load_rows() -> list[NameRow]:
    return [NameRow.from_json(line) for line in SPANS.read_text(encoding="utf-8").splitlines()]


def main() -> None:
    logging.disable(logging.WARNING)
    rows = derive()
    SPANS.parent.mkdir(exist_ok=True)
    SPANS.write_text("".join(json.dumps(asdict(row), ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    print(f"spans written to {SPANS.relative_to(ROOT)}")
    if "--rows-only" in sys.argv:
        return
    train(rows, MODEL)
    TRAINED_ON.write_text("".join(f"{directory.name}\n" for directory in corpora()), encoding="utf-8")
    print(f"model written to {MODEL.relative_to(ROOT)} ({MODEL.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
