"""Staff `#set <field> <value>`: check it, keep it as an event and a labelled example, overlay it on the fields."""

from __future__ import annotations

import json
import re
from datetime import datetime, tzinfo

from sqlmodel import Session

from daemon.classify.effective_fields import FieldValue, effective_fields
from daemon.classify.model import RequestFields
from daemon.staff.moodle_approval import KINDS, latest_operation
from daemon.ticket_record import record_event
from daemon.wording import Wording
from storage import queries
from storage.models import EventKind, FieldExample, MessageKind, MoodleOperation, Ticket

FIELDS = ("course_code", "course_name", "title", "text", "scope", "publish_at")
CHANGES = ("fullname", "shortname", "summary", "lecturer", "class", "semester", "credits", "enrolment_key")
_LONGEST = {"course_name": 254, "title": 255, "changes.fullname": 254, "changes.shortname": 255}
# Course codes as this polytechnic writes them: IF302, TRE3201, IF-2204, KJ-RKS3B, MK3207.IA. Letters and digits,
# parts joined by a hyphen or a dot; the classifier keeps loose shapes ("IF 204", "if-2204") as written.
_CODE = re.compile(r"[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)*")
_CODE_LONGEST = 20
# "IF 302" is the code IF302 written with a space; any other space means the value is not one code.
_SPACED_CODE = re.compile(r"([A-Z]{2,5}) (\d[A-Z0-9.-]*)")
_STAFF_WORDS = Wording("id")  # staff read the desk's answers in Indonesian
_TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H.%M", "%d/%m/%Y %H:%M", "%d/%m/%Y %H.%M")
_EXAMPLES = {
    "course_code": "IF302",
    "scope": "course",
    "publish_at": "2026-12-07 08:00",
    "changes.credits": "3",
}


def _name(word: str) -> str | None:
    word = word.lower()
    if word in FIELDS:
        return word
    change = word.removeprefix("changes.")
    return f"changes.{change}" if change in CHANGES else None


def _refusal(key: str, /, **values: object) -> str:
    return _STAFF_WORDS.filled("command_problems", key, **values)


def _course_code(value: str) -> str:
    """The code in capitals, "IF 302" joined; ValueError says what keeps the value from being a code."""
    value = value.upper()
    if spaced := _SPACED_CODE.fullmatch(value):
        value = spaced.group(1) + spaced.group(2)
    if " " in value:
        raise ValueError(_refusal("set_code_spaces"))
    if not any(character.isdigit() for character in value):
        raise ValueError(_refusal("set_code_digit"))
    if len(value) > _CODE_LONGEST:
        raise ValueError(_refusal("set_code_long", longest=_CODE_LONGEST))
    if not _CODE.fullmatch(value):
        raise ValueError(_refusal("set_code_shape"))
    return value


def _checked(field: str, value: str, zone: tzinfo) -> str:
    """The value as stored; ValueError says, in the staff's words, what is wrong with it."""
    if field == "course_code":
        value = _course_code(value)
    elif field == "scope" and value not in ("course", "site"):
        raise ValueError(_refusal("set_scope"))
    elif field == "publish_at":
        for pattern in _TIME_FORMATS:
            try:
                return datetime.strptime(value, pattern).replace(tzinfo=zone).isoformat()
            except ValueError:
                continue
        raise ValueError(_refusal("set_time"))
    elif field == "changes.credits" and not (value.isdigit() and 1 <= int(value) <= 12):
        raise ValueError(_refusal("set_credits"))
    if len(value) > _LONGEST.get(field, 2000):
        raise ValueError(_refusal("set_too_long", longest=_LONGEST.get(field, 2000)))
    return value


def parse_set(argument: str, zone: tzinfo) -> FieldValue | str:
    """`fullname Pemrograman Web Lanjut` -> the field and its value, or why it cannot be set."""
    word, _, value = argument.strip().partition(" ")
    field = _name(word)
    if field is None:
        known = ", ".join((*FIELDS, *CHANGES))
        return _refusal("set_unknown_field", word=word, known=known)
    value = " ".join(value.split())
    if not value:
        example = _EXAMPLES.get(field) or _refusal("set_example_value")
        return _refusal("set_needs_value", word=word, example=example)
    try:
        return FieldValue(field, _checked(field, value, zone))
    except ValueError as problem:
        return _refusal("bad_argument", name="set", argument=f"{word} {value}", problem=problem)


def valid_value(field: str, value: str, zone: tzinfo) -> str | None:
    """The value as #set would store it, or None when #set would refuse it (a requester's reply is held to the
    same checks as staff)."""
    try:
        return _checked(field, value, zone)
    except ValueError:
        return None


def set_problems(arguments: list[str], zone: tzinfo) -> list[str]:
    return [checked for argument in arguments if isinstance(checked := parse_set(argument, zone), str)]


def _value_of(fields: RequestFields, field: str) -> str:
    if field.startswith("changes."):
        return dict(fields.changes).get(field.removeprefix("changes."), "")
    return str(getattr(fields, field) or "")


def preview_again(session: Session, ticket: Ticket, item: FieldValue) -> None:
    """A changed field deserves a fresh Moodle preview; an approved operation reads the fields when it runs."""
    assert ticket.id is not None
    operation = latest_operation(session, ticket.id)
    if ticket.type not in KINDS or operation is None or operation.state in ("preview", "approved", "running"):
        return
    if operation.state == "applied":
        operation = MoodleOperation(ticket_id=ticket.id, site=operation.site, kind=operation.kind, state="preview")
    operation.state, operation.run_at, operation.error = "preview", None, None
    if item.field in ("course_code", "course_name"):
        operation.course_id = None
    session.add(operation)


def apply_set(session: Session, ticket: Ticket, argument: str, actor: str, now: datetime, zone: tzinfo) -> str:
    """Store one checked #set (an event, a labelled example) and ask for a new preview."""
    assert ticket.id is not None
    item = parse_set(argument, zone)
    assert isinstance(item, FieldValue), "checked by set_problems before anything is applied"
    previous = _value_of(effective_fields(session, ticket), item.field)
    record_event(
        session,
        ticket_id=ticket.id,
        at=now,
        kind=EventKind.FIELD_SET,
        actor=actor,
        detail=json.dumps({"field": item.field, "value": item.value, "previous": previous}, ensure_ascii=False),
    )
    request = queries.first_message_of_ticket(session, ticket.id, MessageKind.REQUEST)
    session.add(
        FieldExample(
            ticket_id=ticket.id,
            text=f"{ticket.subject}\n{request.new_text if request else ''}",
            field=item.field,
            value=item.value,
            previous_value=previous,
            taught_by=actor,
            created_at=now,
        )
    )
    if item.field == "course_code":
        ticket.course_code = item.value
    session.flush()
    preview_again(session, ticket, item)
    return f"set {item.field}"
