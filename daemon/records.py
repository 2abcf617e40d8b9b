"""Store an incoming message row (raw bytes whole) with its attachment list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from parsers.message import ParsedMessage
from storage.models import Attachment, Direction, Event, MessageKind, StoredMessage


@dataclass(frozen=True)
class IncomingMail:
    """Raw bytes as they arrived, with where and when."""

    raw: bytes
    received_at: datetime
    source_ref: str | None = None
    channel: str = "email"


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
    row = StoredMessage(
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
        size=parsed.size,
        received_at=mail.received_at,
        raw=mail.raw,
        error="; ".join(parsed.defects)[:2000] or None,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    for item in parsed.attachments:
        session.add(
            Attachment(
                message_row_id=row.id,
                filename=item.filename,
                content_type=item.content_type,
                size=item.size,
                sha256=item.sha256,
            )
        )
    return row


def record_event(
    session: Session,
    *,
    ticket_id: int | None = None,
    at: datetime,
    kind: str,
    actor: str = "",
    detail: str = "",
    message_id: str | None = None,
) -> None:
    """One line of a ticket's history (or the daemon's, without a ticket)."""
    session.add(Event(ticket_id=ticket_id, at=at, kind=kind, actor=actor, detail=detail, message_id=message_id))
