"""SQLModel tables of the helpdesk record."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Index, LargeBinary, Text, TypeDecorator, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC: the same on SQLite and PostgreSQL."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class CompressedBytes(TypeDecorator[bytes]):
    """Raw mail kept whole, zlib-compressed on disk."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: bytes | None, dialect: Dialect) -> bytes | None:
        return None if value is None else zlib.compress(value, 6)

    def process_result_value(self, value: bytes | None, dialect: Dialect) -> bytes | None:
        return None if value is None else zlib.decompress(value)


class TicketStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    CLOSED = "closed"
    SPAM = "spam"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class MessageKind(StrEnum):
    REQUEST = "request"
    FOLLOWUP = "followup"
    ACK = "ack"
    NOTICE = "notice"
    STAFF_REPLY = "staff_reply"
    INTERNAL = "internal"
    RESOLUTION = "resolution"
    RATING = "rating"
    REMINDER = "reminder"
    ESCALATION = "escalation"
    DIGEST = "digest"
    AVAILABILITY = "availability"
    AUTO = "auto"
    QUARANTINED = "quarantined"


class EventKind(StrEnum):
    """What a line of history records; stored as these strings, which reports and retention match on."""

    CREATED = "created"
    ACK_SUPPRESSED = "ack_suppressed"
    ACK_WITHHELD = "ack_withheld"  # no one clear sender address to send a receipt to
    FOLLOWUP = "followup"
    RATED = "rated"
    LOW_RATING = "low_rating"  # a rating of 1 or 2: staff were told at once
    RESPONDED = "responded"  # a first response given outside mail (helpdesk tickets respond)
    REOPENED = "reopened"
    STAFF_REPLY = "staff_reply"
    STAFF_UNAUTHENTICATED = "staff_unauthenticated"
    STAFF_COMMAND_REJECTED = "staff_command_rejected"
    INTERNAL_NOTE = "internal_note"
    ASSIGNED = "assigned"
    TYPE_CORRECTED = "type_corrected"
    FIELD_SET = "field_set"
    FIELDS_FROM_REQUESTER = "fields_from_requester"  # values read from the requester's reply
    RESOLVED = "resolved"
    CLOSED = "closed"
    SPAM = "spam"
    APPROVE_REPEATED = "approve_repeated"
    MOODLE_APPROVED = "moodle_approved"
    MOODLE_APPLIED = "moodle_applied"
    MOODLE_FAILED = "moodle_failed"
    QUARANTINED = "quarantined"
    SEND_FAILED = "send_failed"
    PURGE = "purge"
    QUARANTINE_RETRY = "quarantine_retry"
    OUTBOX_RETRY = "outbox_retry"


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    # Written for a message loaded from the past (`ingest --received-at`): kept in the record, never sent,
    # because the requester of a 2020 request must not get a receipt today.
    WITHHELD = "withheld"


def _utc(*, index: bool = False) -> Any:
    return Field(default=None, sa_type=UTCDateTime, nullable=True, index=index)


class Ticket(SQLModel, table=True):
    __tablename__ = "ticket"

    id: int | None = Field(default=None, primary_key=True)
    type: str = Field(index=True)
    status: str = Field(default=TicketStatus.OPEN, index=True)
    requester: str = Field(index=True)
    requester_name: str = ""
    subject: str = Field(default="", sa_type=Text)
    language: str = "id"
    channel: str = "email"
    confidence: float = 0.0
    needs_triage: bool = False
    fields_json: str = Field(default="{}", sa_type=Text)
    reasons_json: str = Field(default="[]", sa_type=Text)
    course_code: str | None = Field(default=None, index=True)
    assignee: str | None = None
    linked_ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    satisfaction: int | None = None
    created_at: datetime = Field(sa_type=UTCDateTime, index=True)
    acked_at: datetime | None = _utc()
    first_response_at: datetime | None = _utc()
    resolved_at: datetime | None = _utc()
    closed_at: datetime | None = _utc(index=True)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    response_minutes_wall: float | None = None
    response_minutes_working: float | None = None
    reminded_at: datetime | None = _utc()
    escalated_at: datetime | None = _utc()


class StoredMessage(SQLModel, table=True):
    """Every message in or out, raw bytes kept whole."""

    __tablename__ = "message"
    __table_args__ = (
        Index("ix_message_ticket_direction", "ticket_id", "direction"),
        Index("ix_message_auto_recipient", "auto_recipient", "received_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    direction: str
    kind: str
    message_id: str = Field(unique=True, max_length=998)
    source_ref: str | None = Field(default=None, unique=True, max_length=1000)
    channel: str = "email"
    from_addr: str = Field(default="", index=True)
    from_name: str = ""
    to_addrs: str = Field(default="", sa_type=Text)
    subject: str = Field(default="", sa_type=Text)
    in_reply_to: str | None = Field(default=None, max_length=998)
    references: str = Field(default="", sa_type=Text)
    new_text: str = Field(default="", sa_type=Text)
    screening_reason: str | None = None
    auto_recipient: str | None = Field(default=None, max_length=320)
    error: str | None = Field(default=None, sa_type=Text)
    size: int = 0
    received_at: datetime = Field(sa_type=UTCDateTime, index=True)
    raw: bytes = Field(sa_type=CompressedBytes)


class Attachment(SQLModel, table=True):
    """What a message carries; the bytes themselves stay inside the raw message."""

    __tablename__ = "attachment"

    id: int | None = Field(default=None, primary_key=True)
    message_row_id: int = Field(foreign_key="message.id", index=True)
    filename: str = ""
    content_type: str = ""
    size: int = 0
    sha256: str = ""


class OutboxItem(SQLModel, table=True):
    """An outgoing message waiting to be sent, with its delivery attempts."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    message_row_id: int = Field(foreign_key="message.id", unique=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    kind: str
    envelope_from: str = ""
    recipients: str = Field(sa_type=Text)
    status: str = Field(default=OutboxStatus.PENDING)
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(sa_type=UTCDateTime)
    next_attempt_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime | None = _utc()


class MailboxCheckpoint(SQLModel, table=True):
    """How far intake has read a mailbox folder, per UIDVALIDITY."""

    __tablename__ = "mailbox_checkpoint"
    __table_args__ = (UniqueConstraint("mailbox", name="uq_checkpoint_mailbox"),)

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=500)
    uidvalidity: int = 0
    last_uid: int = 0
    updated_at: datetime = Field(sa_type=UTCDateTime)


class Event(SQLModel, table=True):
    """One line of the ticket's history (or of the daemon's, when ticket_id is empty)."""

    __tablename__ = "event"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    at: datetime = Field(sa_type=UTCDateTime, index=True)
    kind: str = Field(index=True)
    actor: str = ""
    detail: str = Field(default="", sa_type=Text)
    message_id: str | None = None


class ClassifierExample(SQLModel, table=True):
    """A request text with the type staff gave it (#type), for the classifier to learn from."""

    __tablename__ = "classifier_example"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    text: str = Field(sa_type=Text)
    type: str
    previous_type: str = ""
    taught_by: str = ""
    created_at: datetime = Field(sa_type=UTCDateTime)


class FieldExample(SQLModel, table=True):
    """A request text with a field value staff set (#set): a labelled example of what the request asked."""

    __tablename__ = "field_example"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    text: str = Field(sa_type=Text)
    field: str
    value: str = Field(sa_type=Text)
    previous_value: str = Field(default="", sa_type=Text)
    taught_by: str = ""
    created_at: datetime = Field(sa_type=UTCDateTime)


class JobRun(SQLModel, table=True):
    """The last successful run of a scheduled job, and the last period it covered."""

    __tablename__ = "job_run"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=100)
    last_success_at: datetime = Field(sa_type=UTCDateTime)
    last_key: str = ""


class PurgedTicket(SQLModel, table=True):
    """What the reports need of a purged ticket, with nothing that names a person."""

    __tablename__ = "purged_ticket"

    number: int = Field(primary_key=True)
    type: str
    channel: str
    status: str
    course_code: str | None = None
    satisfaction: int | None = None
    reopened: int = 0
    created_at: datetime = Field(sa_type=UTCDateTime, index=True)
    acked_at: datetime | None = _utc()
    first_response_at: datetime | None = _utc()
    resolved_at: datetime | None = _utc()
    closed_at: datetime | None = _utc()
    response_minutes_wall: float | None = None
    response_minutes_working: float | None = None
    purged_at: datetime = Field(sa_type=UTCDateTime)


class MoodleOperation(SQLModel, table=True):
    """One change on Moodle for a ticket, from preview through staff approval to applied-and-read-back."""

    __tablename__ = "moodle_operation"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    site: str
    kind: str
    state: str = Field(index=True)
    course_id: int | None = None
    payload_json: str = Field(default="{}", sa_type=Text)
    result_json: str = Field(default="{}", sa_type=Text)
    approved_by: str = ""
    approved_at: datetime | None = _utc()
    run_at: datetime | None = _utc()
    done_at: datetime | None = _utc()
    error: str | None = Field(default=None, sa_type=Text)
    attempts: int = 0
