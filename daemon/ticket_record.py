"""Store an incoming message row (raw bytes whole) with its attachment list, and lines of a ticket's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from parsers.message import ParsedMessage
from storage.mail_tables import StoredMessage
from storage.models import Direction, EventKind, MessageKind
from storage.rows import AttachmentRow, EventRow, MessageRow, add


@dataclass(frozen=True)
class IncomingMail:
    """Raw bytes as they arrived, with where and when."""

    raw: bytes
    received_at: datetime
    source_ref: str | None = None
    channel: str = "email"


def incoming_row(
    mail: IncomingMail,
    parsed: ParsedMessage,
    ticket_id: int | None,
    kind: MessageKind,
    new_text: str,
    reason: str | None = None,
    direction: Direction = Direction.IN,
) -> MessageRow:
    """The `message` row of a message that reached us, raw bytes whole."""
    return MessageRow(
        ticket_id=ticket_id,
        direction=direction,
        kind=kind,
        message_id=parsed.message_id,
        source_ref=mail.source_ref,
        channel=mail.channel,
        from_addr=parsed.from_addr,
        from_name=parsed.from_name,
        to_addrs=", ".join(parsed.to + parsed.cc),
        subject=parsed.subject,
        in_reply_to=parsed.in_reply_to,
        references=" ".join(parsed.references),
        new_text=new_text,
        screening_reason=reason,
        auto_recipient=None,
        size=parsed.size,
        received_at=mail.received_at,
        raw=mail.raw,
        error="; ".join(parsed.defects)[:2000] or None,
    )


def attachment_rows(message_row_id: int, parsed: ParsedMessage) -> list[AttachmentRow]:
    """The attachment list of a stored message; the bytes stay inside its raw copy."""
    return [
        AttachmentRow(
            message_row_id=message_row_id,
            filename=item.filename,
            content_type=item.content_type,
            size=item.size,
            sha256=item.sha256,
        )
        for item in parsed.attachments
    ]


def store_incoming(
    session: Session,
    mail: IncomingMail,
    parsed: ParsedMessage,
    ticket_id: int | None,
    kind: MessageKind,
    new_text: str,
    reason: str | None = None,
    direction: Direction = Direction.IN,
) -> StoredMessage:
    row = add(session, incoming_row(mail, parsed, ticket_id, kind, new_text, reason, direction))
    session.flush()
    assert row.id is not None
    for attachment in attachment_rows(row.id, parsed):
        add(session, attachment)
    return row


def record_event(
    session: Session,
    *,
    ticket_id: int | None = None,
    at: datetime,
    kind: EventKind,
    actor: str = "",
    detail: str = "",
    message_id: str | None = None,
) -> None:
    """One line of a ticket's history (or the daemon's, without a ticket)."""
    add(session, EventRow(ticket_id=ticket_id, at=at, kind=kind, actor=actor, detail=detail, message_id=message_id))
