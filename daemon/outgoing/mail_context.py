"""What outgoing mail may say about a ticket and a message, whether or not they are ORM rows yet."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from daemon.classify.model import RequestFields
from daemon.wording import Wording
from storage.models import StoredMessage, Ticket


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


def field_lines(fields: RequestFields, wording: Wording) -> list[tuple[str, str]]:
    """Extracted fields as (label, value) lines a person can read, in their language."""
    labels = wording.labels("fields")
    lines: list[tuple[str, str]] = []
    for key in ("course_code", "course_name"):
        value = getattr(fields, key)
        if value:
            lines.append((labels[key], value))
    lines.extend((labels.get(key, key), value) for key, value in fields.changes if value.strip())
    if fields.title:
        lines.append((labels["title"], fields.title))
    if fields.scope:
        lines.append((labels["scope"], labels.get(fields.scope, fields.scope)))
    if fields.publish_at:
        lines.append((labels["publish_at"], fields.publish_at))
    return lines
