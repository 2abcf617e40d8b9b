"""Requests and responses that came by WhatsApp, phone or the desk instead of by mail, put on the record."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from email.utils import format_datetime

from sqlmodel import Session

from daemon.sla import record_first_response
from daemon.ticket_record import record_event
from daemon.work_calendar import WorkingCalendar
from storage.models import EventKind, Ticket

SUBJECT_LENGTH = 80


class ChannelError(ValueError):
    """A note or a response that cannot be recorded as given."""


@dataclass(frozen=True)
class Note:
    """A request someone took down by hand: who (a phone number or an address), what, by which channel."""

    channel: str
    sender: str
    text: str
    name: str = ""
    subject: str = ""

    @property
    def contact(self) -> str:
        """The requester as the record keeps them: an address as given, a phone number without spaces."""
        if "@" in self.sender:
            return self.sender.strip()
        digits = re.sub(r"[^\d+]", "", self.sender)
        if len(re.sub(r"\D", "", digits)) < 6:
            raise ChannelError(f"--from: {self.sender!r} is neither an e-mail address nor a phone number")
        return digits


def is_message(raw: bytes) -> bool:
    """Whether the bytes are a mail message (with a From header) rather than a plain note."""
    return BytesParser(policy=default).parsebytes(raw, headersonly=True)["From"] is not None


def note_message(note: Note, received: datetime, message_id: str) -> bytes:
    """The note as a message the pipeline stores like any other: kept whole, never screened as machine mail."""
    text = note.text.strip()
    if not text:
        raise ChannelError("the note is empty: write what the requester asked for")
    contact = note.contact
    address = contact if "@" in contact else f"{contact.lstrip('+')}@{note.channel}.invalid"
    first_line = text.splitlines()[0].strip()
    message = EmailMessage()
    message["From"] = f"{note.name or contact} <{address}>" if note.name or "@" not in contact else address
    message["Subject"] = note.subject or first_line[:SUBJECT_LENGTH]
    message["Date"] = format_datetime(received)
    message["Message-ID"] = message_id
    message["X-Channel"] = note.channel
    message.set_content(text)
    return message.as_bytes()


def keep_contact(session: Session, ticket_id: int, note: Note) -> None:
    """A phone number is the requester's contact on the record, not the placeholder address of the note."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is not None and "@" not in note.contact:
        ticket.requester = note.contact
        session.add(ticket)


def record_response(
    session: Session,
    ticket: Ticket,
    at: datetime,
    channel: str,
    by: str,
    calendar: WorkingCalendar,
    now: datetime,
) -> bool:
    """A first response given by phone, WhatsApp or at the desk; False when an earlier one is already recorded."""
    if at < ticket.created_at:
        raise ChannelError(f"--at {at.isoformat()} is before the request arrived ({ticket.created_at.isoformat()})")
    if at > now:
        raise ChannelError(f"--at {at.isoformat()} is in the future")
    first = record_first_response(ticket, at, calendar)
    if by and not ticket.assignee:
        ticket.assignee = by
    ticket.updated_at = now
    session.add(ticket)
    record_event(
        session,
        ticket_id=ticket.id,
        at=at,
        kind=EventKind.RESPONDED,
        actor=by,
        detail=f"response by {channel}" + ("" if first else " (an earlier first response stands)"),
    )
    return first
