"""Store staff type corrections as classifier examples and load them back for classification."""

from __future__ import annotations

import json
from datetime import datetime

from sqlmodel import Session, col, func, select

from daemon.classify.memory import NO_EXAMPLES, Example, ExampleMemory
from daemon.classify.model import RequestType
from daemon.ticket_record import record_event
from storage import queries
from storage.models import ClassifierExample, EventKind, MessageKind, Ticket


def correct_type(session: Session, ticket: Ticket, new_type: RequestType, actor: str, now: datetime) -> None:
    """Change a ticket's type and keep its request text as an example of the right type."""
    assert ticket.id is not None
    request = queries.first_message_of_ticket(session, ticket.id, MessageKind.REQUEST)
    text = f"{ticket.subject}\n{request.new_text if request else ''}"
    previous = ticket.type
    session.add(
        ClassifierExample(
            ticket_id=ticket.id, text=text, type=new_type, previous_type=previous, taught_by=actor, created_at=now
        )
    )
    reasons = json.loads(ticket.reasons_json or "[]")
    ticket.type = new_type
    ticket.needs_triage = False
    ticket.reasons_json = json.dumps([f"corrected by {actor} from {previous}", *reasons], ensure_ascii=False)
    ticket.updated_at = now
    session.add(ticket)
    record_event(
        session,
        ticket_id=ticket.id,
        at=now,
        kind=EventKind.TYPE_CORRECTED,
        actor=actor,
        detail=f"{previous} -> {new_type}",
    )


class ExampleCache:
    """Examples reloaded only when their count changes, so each message does not re-read them all."""

    def __init__(self, limit: int = 2000) -> None:
        self.limit = limit
        self.count = -1
        self.examples = NO_EXAMPLES

    def load(self, session: Session) -> ExampleMemory:
        count = int(session.exec(select(func.count()).select_from(ClassifierExample)).one())
        if count != self.count:
            rows = session.exec(
                select(ClassifierExample).order_by(col(ClassifierExample.id).desc()).limit(self.limit)
            ).all()
            self.examples = ExampleMemory(
                Example(row.text, RequestType(row.type), f"ticket #{row.ticket_id}") for row in rows
            )
            self.count = count
        return self.examples
