"""SQLModel tables of the mail itself: every message in and out, its attachments, the outbox, how far intake read."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.column_types import CompressedBytes, UTCDateTime, utc_column


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    # Written for a message loaded from the past (`ingest --received-at`): kept in the record, never sent,
    # because the requester of a 2020 request must not get a receipt today.
    WITHHELD = "withheld"


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
    sent_at: datetime | None = utc_column()


class MailboxCheckpoint(SQLModel, table=True):
    """How far intake has read a mailbox folder, per UIDVALIDITY."""

    __tablename__ = "mailbox_checkpoint"
    __table_args__ = (UniqueConstraint("mailbox", name="uq_checkpoint_mailbox"),)

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=500)
    uidvalidity: int = 0
    last_uid: int = 0
    updated_at: datetime = Field(sa_type=UTCDateTime)
