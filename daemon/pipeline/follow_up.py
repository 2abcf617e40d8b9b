"""Handle a non-staff message on an existing ticket: a rating, a reopening reply, or more information."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlmodel import Session

from daemon.classify.effective_fields import effective_fields
from daemon.outgoing.attached_files import attached_files
from daemon.outgoing.mail_layer import Outgoing
from daemon.outgoing.to_requester import LOW_RATING
from daemon.outgoing.to_staff import HistoryLine
from daemon.pipeline.rating import read_rating
from daemon.pipeline.requester_fields import ReplyFieldSettings, take_fields_from_reply
from daemon.ticket_record import IncomingMail, record_event, store_incoming
from parsers.message import ParsedMessage
from storage import queries
from storage.models import EventKind, MessageKind, Ticket, TicketStatus

log = logging.getLogger(__name__)


def history_lines(session: Session, ticket: Ticket, limit: int = 8) -> tuple[HistoryLine, ...]:
    """The ticket's last events (when, what, who), for staff notices."""
    assert ticket.id is not None
    return tuple((event.at, event.kind, event.actor) for event in queries.events_of_ticket(session, ticket.id)[-limit:])


def handle_followup(
    session: Session,
    outgoing: Outgoing,
    mail: IncomingMail,
    parsed: ParsedMessage,
    ticket: Ticket,
    new_text: str,
    threaded_by: str,
    now: datetime,
    settings: ReplyFieldSettings,
) -> str:
    """Store it on the ticket and say what happened (for the log and the ingest result)."""
    assert ticket.id is not None
    rating = read_rating(new_text) if parsed.from_addr == ticket.requester else None
    if rating is not None and ticket.status in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
        store_incoming(session, mail, parsed, ticket.id, MessageKind.RATING, new_text)
        ticket.satisfaction = rating
        ticket.updated_at = now
        session.add(ticket)
        record_event(
            session,
            ticket_id=ticket.id,
            at=mail.received_at,
            kind=EventKind.RATED,
            actor=parsed.from_addr,
            detail=f"satisfaction {rating}/5",
            message_id=parsed.message_id,
        )
        outgoing.to_requester.rating_reply(session, ticket, rating)
        if rating <= LOW_RATING:
            outgoing.to_staff.low_rating_notice(session, ticket, rating, new_text)
            record_event(
                session,
                ticket_id=ticket.id,
                at=mail.received_at,
                kind=EventKind.LOW_RATING,
                actor=parsed.from_addr,
                detail=f"staff told of satisfaction {rating}/5",
                message_id=parsed.message_id,
            )
            log.warning("ticket %s message %s: low rating %d/5, staff notified", ticket.id, parsed.message_id, rating)
        log.info("ticket %s message %s: rated %d/5", ticket.id, parsed.message_id, rating)
        return f"satisfaction {rating}/5"
    message = store_incoming(session, mail, parsed, ticket.id, MessageKind.FOLLOWUP, new_text)
    detail = f"message from {parsed.from_addr} (threaded by {threaded_by})"
    # Read before a reply to a resolved ticket reopens it: only an open request is being completed.
    reading = take_fields_from_reply(
        session, outgoing.to_requester, settings, ticket, parsed, new_text, mail.received_at
    )
    if reading.given:
        detail += "; gave " + ", ".join(item.field for item in reading.given)
    if reading.withdrawn:
        detail += "; says the request is no longer needed"
    if ticket.status in (TicketStatus.RESOLVED, TicketStatus.CLOSED) and parsed.from_addr == ticket.requester:
        detail += f"; reopened from {ticket.status}"
        record_event(
            session,
            ticket_id=ticket.id,
            at=mail.received_at,
            kind=EventKind.REOPENED,
            actor=parsed.from_addr,
            detail=f"requester replied to a {ticket.status} ticket",
            message_id=parsed.message_id,
        )
        ticket.status = TicketStatus.OPEN
        ticket.resolved_at = None
        ticket.closed_at = None
    ticket.updated_at = now
    session.add(ticket)
    record_event(
        session,
        ticket_id=ticket.id,
        at=mail.received_at,
        kind=EventKind.FOLLOWUP,
        actor=parsed.from_addr,
        detail=detail,
        message_id=parsed.message_id,
    )
    outgoing.to_staff.notify(
        session,
        ticket,
        message,
        effective_fields(session, ticket),
        event="withdrawn" if reading.withdrawn else "followup",
        attachments=attached_files(parsed.attachments),
        history=history_lines(session, ticket),
        read_from_reply=reading.given,
    )
    log.info("ticket %s message %s: %s", ticket.id, parsed.message_id, detail)
    return detail
