"""SQLModel tables of the helpdesk record: tickets, their history, what staff taught, jobs, purges and Moodle work."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from storage.column_types import UTCDateTime, utc_column


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
    WITHDRAWN = "withdrawn"  # the requester says the request is no longer needed; staff decide
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
    acked_at: datetime | None = utc_column()
    first_response_at: datetime | None = utc_column()
    resolved_at: datetime | None = utc_column()
    closed_at: datetime | None = utc_column(index=True)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    response_minutes_wall: float | None = None
    response_minutes_working: float | None = None
    reminded_at: datetime | None = utc_column()
    escalated_at: datetime | None = utc_column()


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
    acked_at: datetime | None = utc_column()
    first_response_at: datetime | None = utc_column()
    resolved_at: datetime | None = utc_column()
    closed_at: datetime | None = utc_column()
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
    approved_at: datetime | None = utc_column()
    run_at: datetime | None = utc_column()
    done_at: datetime | None = utc_column()
    error: str | None = Field(default=None, sa_type=Text)
    attempts: int = 0
