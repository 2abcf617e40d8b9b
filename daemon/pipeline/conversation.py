"""Find the ticket a message belongs to: subject tag first, then the Message-IDs it replies to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session

from parsers.message import ParsedMessage
from parsers.subject import find_ticket_number
from storage import queries
from storage.models import Ticket


class ThreadedBy(StrEnum):
    TAG = "tag"
    REFERENCES = "references"
    NEW = "new"


@dataclass(frozen=True)
class ThreadMatch:
    ticket_id: int | None
    threaded_by: ThreadedBy


def find_thread(session: Session, message: ParsedMessage, tag: str) -> ThreadMatch:
    number = find_ticket_number(message.subject, tag)
    if number is not None and session.get(Ticket, number) is not None:
        return ThreadMatch(number, ThreadedBy.TAG)
    replied_to = ([message.in_reply_to] if message.in_reply_to else []) + list(reversed(message.references))
    ticket_id = queries.ticket_for_message_ids(session, replied_to)
    if ticket_id is not None:
        return ThreadMatch(ticket_id, ThreadedBy.REFERENCES)
    return ThreadMatch(None, ThreadedBy.NEW)
