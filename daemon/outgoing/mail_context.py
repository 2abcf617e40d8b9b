"""What outgoing mail may say about a ticket and a message, whether or not they are ORM rows yet."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from daemon.classify.model import RequestFields
from daemon.wording import Wording
from storage.mail_tables import StoredMessage
from storage.models import Ticket


@dataclass(frozen=True)
class TicketBrief:
    id: int
    type: str
    requester: str
    requester_name: str
    subject: str
    language: str
    confidence: float
    needs_triage: bool
    reasons: tuple[str, ...]
    status: str
    created_at: datetime

    @classmethod
    def of(cls, ticket: Ticket) -> TicketBrief:
        assert ticket.id is not None
        return cls(
            id=ticket.id,
            type=ticket.type,
            requester=ticket.requester,
            requester_name=ticket.requester_name,
            subject=ticket.subject,
            language=ticket.language,
            confidence=ticket.confidence,
            needs_triage=ticket.needs_triage,
            reasons=tuple(str(item) for item in json.loads(ticket.reasons_json or "[]")),
            status=ticket.status,
            created_at=ticket.created_at,
        )


@dataclass(frozen=True)
class MessageBrief:
    message_id: str
    references: str
    from_addr: str
    from_name: str
    subject: str
    new_text: str
    received_at: datetime

    @classmethod
    def of(cls, message: StoredMessage) -> MessageBrief:
        return cls(
            message_id=message.message_id,
            references=message.references,
            from_addr=message.from_addr,
            from_name=message.from_name,
            subject=message.subject,
            new_text=message.new_text,
            received_at=message.received_at,
        )


def _indented(value: str) -> str:
    first, *rest = value.split("\n")
    return "\n".join([first, *(f"    {line}" if line.strip() else "" for line in rest)])


def field_lines(fields: RequestFields, wording: Wording) -> list[tuple[str, str]]:
    """Extracted fields as (label, value) lines a person can read, in their language."""
    found: list[tuple[str, str | None]] = [("course_code", fields.course_code), ("course_name", fields.course_name)]
    found += list(fields.changes)
    found += [("title", fields.title), ("scope", fields.scope), ("publish_at", fields.publish_at)]
    # A description of several paragraphs stays readable under its "- label:" line: its lines are indented.
    return [
        (wording.label("fields", key), _indented(wording.field_value(key, value)))
        for key, value in found
        if value and value.strip()
    ]
