"""The fields a ticket is acted on with: the classified ones, overlaid by the values staff set (#set events)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlmodel import Session, col, select

from daemon.classify.model import RequestFields
from storage.models import Event, EventKind, Ticket


@dataclass(frozen=True)
class FieldValue:
    """One field staff set: `course_code`, ..., or `changes.<name>`, with its checked value."""

    field: str
    value: str


def overlay(fields: RequestFields, item: FieldValue) -> RequestFields:
    """The fields with one staff-set value in place of (or beside) the classified one."""
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


def effective_fields(session: Session, ticket: Ticket) -> RequestFields:
    """The classified fields overlaid by every #set on the ticket, in the order staff sent them."""
    fields = RequestFields.from_json(ticket.fields_json)
    if ticket.id is None:
        return fields
    events = session.exec(
        select(Event).where(Event.ticket_id == ticket.id, Event.kind == EventKind.FIELD_SET).order_by(col(Event.id))
    ).all()
    for event in events:
        detail = json.loads(event.detail)
        fields = overlay(fields, FieldValue(str(detail["field"]), str(detail["value"])))
    return fields
