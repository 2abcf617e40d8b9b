"""The fields a ticket is acted on with: the classified ones, overlaid by the values the requester gave in replies
(fields_from_requester events) and, above those, by the values staff set (#set events)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlmodel import Session, col, select

from daemon.classify.model import RequestFields
from storage.models import Event, EventKind, Ticket


@dataclass(frozen=True)
class FieldValue:
    """One field staff set or the requester gave: `course_code`, ..., or `changes.<name>`, with its checked value."""

    field: str
    value: str


def overlay(fields: RequestFields, item: FieldValue) -> RequestFields:
    """The fields with one given value in place of (or beside) the classified one."""
    if item.field.startswith("changes."):
        name = item.field.removeprefix("changes.")
        kept = tuple((key, value) for key, value in fields.changes if key != name)
        return replace(fields, changes=(*kept, (name, item.value)))
    setters: dict[str, Callable[[str], RequestFields]] = {
        "course_code": lambda value: replace(fields, course_code=value),
        "course_name": lambda value: replace(fields, course_name=value),
        "title": lambda value: replace(fields, title=value),
        "text": lambda value: replace(fields, text=value),
        "scope": lambda value: replace(fields, scope=value),
        "publish_at": lambda value: replace(fields, publish_at=value),
    }
    return setters[item.field](item.value)


def _events(session: Session, ticket_id: int, kind: EventKind) -> list[Event]:
    return list(
        session.exec(select(Event).where(Event.ticket_id == ticket_id, Event.kind == kind).order_by(col(Event.id)))
    )


def requester_values(event: Event) -> tuple[FieldValue, ...]:
    """The values one fields_from_requester event holds."""
    values = json.loads(event.detail)["values"]
    return tuple(FieldValue(str(field), str(value)) for field, value in values.items())


def set_by_staff(session: Session, ticket: Ticket) -> frozenset[str]:
    """The fields staff gave with #set: a requester's reply never overwrites them."""
    if ticket.id is None:
        return frozenset()
    return frozenset(
        str(json.loads(event.detail)["field"]) for event in _events(session, ticket.id, EventKind.FIELD_SET)
    )


def effective_fields(session: Session, ticket: Ticket, *, from_replies: bool = True) -> RequestFields:
    """The classified fields overlaid by every value the requester gave (the latest wins), then by every #set, in
    the order staff sent them: what staff set always wins. `from_replies=False` leaves out the requester's later
    replies: what the first request asked, as staff corrected it (a labelled example of that request)."""
    fields = RequestFields.from_json(ticket.fields_json)
    if ticket.id is None:
        return fields
    for event in _events(session, ticket.id, EventKind.FIELDS_FROM_REQUESTER) if from_replies else ():
        for item in requester_values(event):
            fields = overlay(fields, item)
    for event in _events(session, ticket.id, EventKind.FIELD_SET):
        detail = json.loads(event.detail)
        fields = overlay(fields, FieldValue(str(detail["field"]), str(detail["value"])))
    return fields
