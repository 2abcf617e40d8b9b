"""A requester's reply that completes their request: the values it gives for missing fields, or for a staff question,
are kept as an event, overlaid like #set, previewed again, and a reply that makes the request complete is thanked
once; a reply saying the request is no longer needed is kept as an event for staff, who decide."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlmodel import Session

from daemon.classify.completeness import missing_items
from daemon.classify.effective_fields import FieldValue, effective_fields, set_by_staff
from daemon.classify.message_text import body_parts
from daemon.classify.model import RequestFields, RequestType
from daemon.classify.our_answer import read_answer, withdraws
from daemon.classify.our_question import Asked, asked_by_staff, asked_in
from daemon.classify.reply_fields import read_reply
from daemon.outgoing.to_requester import ToRequester
from daemon.staff.field_set import preview_again, valid_value
from daemon.ticket_record import record_event
from parsers.message import ParsedMessage
from parsers.subject import clean_subject
from storage import queries
from storage.models import EventKind, MessageKind, Ticket, TicketStatus

log = logging.getLogger(__name__)

_COMPLETABLE = (RequestType.COURSE_DATA, RequestType.ANNOUNCEMENT)


@dataclass(frozen=True)
class ReplyFieldSettings:
    """What reading a reply needs from the configuration: the subject tag and the helpdesk's time zone."""

    tag: str
    zone: tzinfo


@dataclass(frozen=True)
class ReplyReading:
    """What a reply did to its request: the values taken, or that the requester no longer needs it."""

    given: tuple[FieldValue, ...] = ()
    withdrawn: bool = False


def _staff_question(session: Session, ticket: Ticket) -> Asked | None:
    """The one field staff's last mail to the requester asked the value of ("Kelas yang mana, Bu?")."""
    assert ticket.id is not None
    replies = [m for m in queries.messages_of_ticket(session, ticket.id) if m.kind == MessageKind.STAFF_REPLY]
    return asked_by_staff(replies[-1].new_text) if replies else None


def _answered(
    session: Session, ticket: Ticket, before: RequestFields, staff: frozenset[str], new_text: str, subject: str
) -> tuple[FieldValue, ...]:
    """Values given as the answer to the latest question we asked: staff's, else the receipt's (the items the
    request still lacks)."""
    request_type = RequestType(ticket.type)
    asked = _staff_question(session, ticket)
    if asked is None:
        # What the ticket still lacks (a #set fills a field, so staff's values are never asked again).
        asked = Asked(request_type, (), missing_items(request_type, before))
    given = read_answer(asked, new_text, before.course_code, subject)
    return tuple(item for item in given if item.field not in staff)


def take_fields_from_reply(
    session: Session,
    to_requester: ToRequester,
    settings: ReplyFieldSettings,
    ticket: Ticket,
    parsed: ParsedMessage,
    new_text: str,
    received_at: datetime,
) -> ReplyReading:
    """Read the reply on an open course-data or announcement ticket: from the requester, or from someone answering
    the helpdesk's mail they quote (a colleague the question was passed to). Keep what it gives (never over a #set)
    and say what was taken; the requester hears back only when the request has just become complete. A reply that
    gives nothing but withdraws the request is recorded for staff; the ticket stays open until they decide."""
    assert ticket.id is not None
    if (
        ticket.type not in _COMPLETABLE
        or ticket.status != TicketStatus.OPEN
        or not new_text.strip()
        or (parsed.from_addr != ticket.requester and asked_in(body_parts(parsed).quoted) is None)
    ):
        return ReplyReading()
    request_type = RequestType(ticket.type)
    before = effective_fields(session, ticket)
    staff = set_by_staff(session, ticket)
    subject = clean_subject(parsed.subject, settings.tag)
    # The answer to what we asked first; then the request's own reading, which also takes a later correction.
    read = _answered(session, ticket, before, staff, new_text, subject) or read_reply(
        request_type,
        RequestFields.from_json(ticket.fields_json),
        before,
        staff,
        subject,
        new_text,
        parsed.date or received_at,
    )
    taken = tuple(
        FieldValue(item.field, checked)
        for item in read
        if (checked := valid_value(item.field, item.value, settings.zone)) is not None
    )
    if not taken:
        if not withdraws(new_text, announcement=request_type is RequestType.ANNOUNCEMENT):
            return ReplyReading()
        record_event(
            session,
            ticket_id=ticket.id,
            at=received_at,
            kind=EventKind.WITHDRAWN,
            actor=parsed.from_addr,
            detail="the requester says the request is no longer needed; left open for staff",
            message_id=parsed.message_id,
        )
        log.info("ticket %s message %s: requester withdrew the request", ticket.id, parsed.message_id)
        return ReplyReading(withdrawn=True)
    record_event(
        session,
        ticket_id=ticket.id,
        at=received_at,
        kind=EventKind.FIELDS_FROM_REQUESTER,
        actor=parsed.from_addr,
        detail=json.dumps({"values": {item.field: item.value for item in taken}}, ensure_ascii=False),
        message_id=parsed.message_id,
    )
    for item in taken:
        if item.field == "course_code":
            ticket.course_code = item.value
    session.add(ticket)
    session.flush()
    # The course first: a new course means the preview reads another course from Moodle.
    preview_again(session, ticket, min(taken, key=lambda item: not item.field.startswith("course")))
    after = effective_fields(session, ticket)
    log.info("ticket %s message %s: requester gave %s", ticket.id, parsed.message_id, ", ".join(i.field for i in taken))
    completed = bool(missing_items(request_type, before)) and not missing_items(request_type, after)
    if completed and to_requester.fields_complete(session, ticket, after) is None:
        log.warning("ticket %s message %s: completion thanks not sent, rate limit", ticket.id, parsed.message_id)
    return ReplyReading(given=taken)
