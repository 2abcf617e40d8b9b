"""A requester's reply that completes their request: the values it gives for missing fields are kept as an event,
overlaid like #set, previewed again, and a reply that makes the request complete is thanked once."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlmodel import Session

from daemon.classify.completeness import missing_items
from daemon.classify.effective_fields import FieldValue, effective_fields, set_by_staff
from daemon.classify.model import RequestFields, RequestType
from daemon.classify.reply_fields import read_reply
from daemon.outgoing.to_requester import ToRequester
from daemon.staff.field_set import preview_again, valid_value
from daemon.ticket_record import record_event
from parsers.message import ParsedMessage
from parsers.subject import clean_subject
from storage.models import EventKind, Ticket, TicketStatus

log = logging.getLogger(__name__)

_COMPLETABLE = (RequestType.COURSE_DATA, RequestType.ANNOUNCEMENT)


@dataclass(frozen=True)
class ReplyFieldSettings:
    """What reading a reply needs from the configuration: the subject tag and the helpdesk's time zone."""

    tag: str
    zone: tzinfo


def take_fields_from_reply(
    session: Session,
    to_requester: ToRequester,
    settings: ReplyFieldSettings,
    ticket: Ticket,
    parsed: ParsedMessage,
    new_text: str,
    received_at: datetime,
) -> tuple[FieldValue, ...]:
    """Read the requester's reply on an open course-data or announcement ticket whose request lacked fields; keep
    what it gives (never over a #set) and say what was taken. The requester hears back only when the request
    has just become complete."""
    assert ticket.id is not None
    if (
        ticket.type not in _COMPLETABLE
        or ticket.status != TicketStatus.OPEN
        or parsed.from_addr != ticket.requester
        or not new_text.strip()
    ):
        return ()
    request_type = RequestType(ticket.type)
    before = effective_fields(session, ticket)
    read = read_reply(
        request_type,
        RequestFields.from_json(ticket.fields_json),
        before,
        set_by_staff(session, ticket),
        clean_subject(parsed.subject, settings.tag),
        new_text,
        parsed.date or received_at,
    )
    taken = tuple(
        FieldValue(item.field, checked)
        for item in read
        if (checked := valid_value(item.field, item.value, settings.zone)) is not None
    )
    if not taken:
        return ()
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
    return taken
