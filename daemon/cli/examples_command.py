"""The `helpdesk examples export DIR` command: each request staff corrected (#type, #set) written as a labelled corpus
in the schema `helpdesk eval` and the training scripts read (DIR/NNNN-<ticket>.eml, then DIR/labels.json)."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NotRequired, TypedDict

from sqlmodel import Session, col, select

from daemon.classify.effective_fields import effective_fields
from daemon.classify.model import RequestFields
from daemon.cli.arguments import UsageError, load_args_config
from daemon.progress import tracked
from daemon.wiring.app import build_app
from storage import queries
from storage.models import ClassifierExample, FieldExample, MessageKind, Ticket

# The fields a label holds for each type, as in the tuning corpora (tests/data/requests*/labels.json) and as
# `eval` judges them: a request of any other type is labelled with no fields, so that a reading staff corrected
# away (a "course change" that was an e-learning question) teaches no change to the training scripts.
LABELLED_FIELDS = {
    "course_data": ("course_code", "course_name", "changes"),
    "announcement": ("course_code", "course_name", "title", "scope", "publish_at"),
}
LABELS = "labels.json"


class LabelEntry(TypedDict):
    """One entry of labels.json, as evaluation.read_labels and scripts/build_*.py read it."""

    type: str
    fields: dict[str, Any]
    lang: NotRequired[str]
    note: str


@dataclass(frozen=True)
class Exported:
    tickets: int
    type_examples: int
    field_examples: int
    skipped: tuple[int, ...]  # taught tickets whose request is no longer in the record


def taught_ticket_numbers(session: Session) -> list[int]:
    """Every ticket with at least one #type or #set example, in number order."""
    numbers = set(session.exec(select(ClassifierExample.ticket_id)).all())
    numbers |= set(session.exec(select(FieldExample.ticket_id)).all())
    return sorted(number for number in numbers if number is not None)


def label_of(
    ticket: Ticket, fields: RequestFields, types: Sequence[ClassifierExample], sets: Sequence[FieldExample]
) -> LabelEntry:
    """The label of the ticket's request: its type after the corrections, its fields as staff corrected them, its
    language, and a note of what was taught (no address)."""
    read = fields.as_json_dict()
    kept = {key: read[key] for key in LABELLED_FIELDS.get(ticket.type, ()) if key in read}
    if "changes" in kept:
        # A change named without its value was asked of the requester: a label holds only values.
        kept["changes"] = {name: value for name, value in kept["changes"].items() if value.strip()}
        if not kept["changes"]:
            del kept["changes"]
    taught = [f"#type {example.type}" + (f" (was {p})" if (p := example.previous_type) else "") for example in types]
    taught += [f"#set {example.field} {example.value}" for example in sets]
    label = LabelEntry(type=ticket.type, fields=kept, note="taught by staff: " + "; ".join(taught))
    if ticket.language:
        label["lang"] = ticket.language
    return label


def refuse_unless_new_or_empty(directory: Path) -> None:
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"examples export: {directory} is not a directory")
    if directory.is_dir() and any(directory.iterdir()):
        raise UsageError(f"examples export: {directory} is not empty; give a new or empty directory")


def export_examples(session: Session, directory: Path) -> Exported:
    """Write the request of every taught ticket, then labels.json: a directory without labels.json is not a corpus,
    so one left half-written by a failure is never read as one."""
    refuse_unless_new_or_empty(directory)
    numbers = taught_ticket_numbers(session)
    labels: dict[str, LabelEntry] = {}
    type_examples = field_examples = 0
    skipped: list[int] = []
    if not numbers:
        return Exported(0, 0, 0, ())
    directory.mkdir(parents=True, exist_ok=True)
    for number in tracked(numbers, "examples export", len(numbers), "ticket"):
        ticket = session.get(Ticket, number)
        request = queries.first_message_of_ticket(session, number, MessageKind.REQUEST) if ticket else None
        if ticket is None or request is None:
            skipped.append(number)
            continue
        types = session.exec(
            select(ClassifierExample).where(ClassifierExample.ticket_id == number).order_by(col(ClassifierExample.id))
        ).all()
        sets = session.exec(
            select(FieldExample).where(FieldExample.ticket_id == number).order_by(col(FieldExample.id))
        ).all()
        name = f"{len(labels) + 1:04d}-{number}.eml"
        path = directory / name
        path.write_bytes(request.raw)
        # `eval` dates a message without a Date header by its file's time: the time it arrived, as the daemon did.
        arrived = request.received_at.timestamp()
        os.utime(path, (arrived, arrived))
        # The exported mail is the first request: its label leaves out values the requester gave in later replies.
        labels[name] = label_of(ticket, effective_fields(session, ticket, from_replies=False), types, sets)
        type_examples += len(types)
        field_examples += len(sets)
    if not labels:
        return Exported(0, 0, 0, tuple(skipped))
    partial = directory / f".{LABELS}.partial"
    partial.write_text(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    partial.replace(directory / LABELS)
    return Exported(len(labels), type_examples, field_examples, tuple(skipped))


def cmd_examples(args: argparse.Namespace) -> int:
    directory = Path(args.directory)
    refuse_unless_new_or_empty(directory)  # before the config and the database: the quickest answer first
    app = build_app(load_args_config(args), mail=False)
    with Session(app.engine) as session:
        exported = export_examples(session, directory)
    if not exported.tickets and not exported.skipped:
        print("no ticket was corrected with #type or #set: nothing written")
        return 0
    print(
        f"{exported.tickets} ticket(s) with {exported.type_examples + exported.field_examples} example(s) "
        f"({exported.type_examples} #type, {exported.field_examples} #set) written to {directory}"
    )
    if exported.skipped:
        shown = ", ".join(f"#{number}" for number in exported.skipped)
        print(f"skipped {len(exported.skipped)} taught ticket(s) whose request is no longer stored: {shown}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"examples": cmd_examples}
