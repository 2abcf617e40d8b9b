"""Typed rows of the tables the daemon writes, and the one way to write them: one at a time, or many in a round trip."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Generic, TypeVar

from sqlalchemy import Table, insert
from sqlmodel import Session, SQLModel

from storage.mail_tables import Attachment, OutboxItem, OutboxStatus, StoredMessage
from storage.models import Direction, Event, EventKind, MessageKind, MoodleOperation, Ticket

M = TypeVar("M", bound=SQLModel)


@dataclass(frozen=True)
class Row(Generic[M]):
    """The columns of one new row of `model()`; the database fills the id."""

    @classmethod
    def model(cls) -> type[M]:
        raise NotImplementedError(cls.__name__)  # each row below names its table

    def columns(self) -> dict[str, object]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


@dataclass(frozen=True)
class MessageRow(Row[StoredMessage]):
    """A `message` row: a message that reached us or one we will send, raw bytes whole."""

    ticket_id: int | None
    direction: Direction
    kind: MessageKind
    message_id: str
    received_at: datetime
    raw: bytes
    size: int
    source_ref: str | None = None
    channel: str = "email"
    from_addr: str = ""
    from_name: str = ""
    to_addrs: str = ""
    subject: str = ""
    in_reply_to: str | None = None
    references: str = ""
    new_text: str = ""
    screening_reason: str | None = None
    auto_recipient: str | None = None
    error: str | None = None

    @classmethod
    def model(cls) -> type[StoredMessage]:
        return StoredMessage


@dataclass(frozen=True)
class AttachmentRow(Row[Attachment]):
    message_row_id: int
    filename: str
    content_type: str
    size: int
    sha256: str

    @classmethod
    def model(cls) -> type[Attachment]:
        return Attachment


@dataclass(frozen=True)
class TicketRow(Row[Ticket]):
    type: str
    requester: str
    requester_name: str
    subject: str
    language: str
    channel: str
    confidence: float
    needs_triage: bool
    fields_json: str
    reasons_json: str
    course_code: str | None
    linked_ticket_id: int | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def model(cls) -> builtins.type[Ticket]:  # `type` is a column here
        return Ticket


@dataclass(frozen=True)
class EventRow(Row[Event]):
    """One line of a ticket's history (or the daemon's, without a ticket)."""

    at: datetime
    kind: EventKind
    ticket_id: int | None = None
    actor: str = ""
    detail: str = ""
    message_id: str | None = None

    @classmethod
    def model(cls) -> type[Event]:
        return Event


@dataclass(frozen=True)
class OutboxRow(Row[OutboxItem]):
    message_row_id: int
    ticket_id: int | None
    kind: MessageKind
    envelope_from: str
    recipients: str
    created_at: datetime
    next_attempt_at: datetime
    status: OutboxStatus = OutboxStatus.PENDING

    @classmethod
    def model(cls) -> type[OutboxItem]:
        return OutboxItem


@dataclass(frozen=True)
class MoodleOperationRow(Row[MoodleOperation]):
    ticket_id: int
    site: str
    kind: str
    state: str

    @classmethod
    def model(cls) -> type[MoodleOperation]:
        return MoodleOperation


def add(session: Session, row: Row[M]) -> M:
    """One new row inside the caller's transaction (its id is known after the next flush)."""
    record = row.model()(**row.columns())
    session.add(record)
    return record


def _table(model: type[SQLModel]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def insert_returning_ids(session: Session, rows: Sequence[Row[M]]) -> list[int]:
    """Ids of the new rows (all of one table), in the order of `rows` (SQLAlchemy's insertmanyvalues keeps it)."""
    if not rows:
        return []
    table = _table(rows[0].model())
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [int(row[0]) for row in session.execute(statement, [row.columns() for row in rows])]


def insert_all(session: Session, rows: Sequence[Row[M]]) -> None:
    """Many new rows of one table in one statement."""
    if rows:
        session.execute(insert(_table(rows[0].model())), [row.columns() for row in rows])
