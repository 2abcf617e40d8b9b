"""Classify a reply that answers the helpdesk's own question (pure): it goes on with the request the receipt
understood, with the values it gives for what was asked, or withdraws it; any other reply is left to the rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from daemon.classify.course_code import find_course_code
from daemon.classify.effective_fields import FieldValue
from daemon.classify.fields import extract_fields
from daemon.classify.model import Classification, RequestFields, RequestType
from daemon.classify.our_answer import read_answer, withdraws
from daemon.classify.our_question import Asked, asked_in, asks_for_other_changes
from daemon.classify.reply_fields import read_reply
from daemon.classify.request_under_ask import ask_to_complete

# As sure as a request that names its type: the helpdesk's own mail named it, the reply answers that mail.
CONFIDENCE = 0.9


def _with_values(
    fields: RequestFields, listed: tuple[tuple[str, str], ...], given: tuple[FieldValue, ...]
) -> RequestFields:
    """The request as the receipt listed it, completed by the answer's values (an answer wins over a listing)."""
    values = dict(listed) | {item.field: item.value for item in given}
    changes = dict(fields.changes)
    changes |= {key.removeprefix("changes."): value for key, value in values.items() if key.startswith("changes.")}
    return replace(
        fields,
        course_code=values.get("course_code") or fields.course_code,
        course_name=values.get("course_name") or fields.course_name,
        scope=values.get("scope") or fields.scope,
        title=values.get("title") or fields.title,
        text=values.get("text") or fields.text,
        changes=tuple(changes.items()),
    )


def answer_to_us(subject: str, text: str, context: str, reference: datetime) -> Classification | None:
    """The classification of a reply whose quoted mail is the helpdesk's receipt or a staff question, when the
    reply answers it (gives an asked value) or withdraws the request; None for any other reply."""
    asked = asked_in(context)
    if asked is None:
        return _request_below_ask(subject, text, context, reference)
    if not text.strip():
        return Classification(
            RequestType.OTHER,
            CONFIDENCE,
            ("the helpdesk's mail quoted back with nothing added",),
            RequestFields(),
            True,
        )
    request_type = asked.request_type or RequestType.COURSE_DATA
    if request_type not in (RequestType.COURSE_DATA, RequestType.ANNOUNCEMENT):
        return None
    # The course is the one the quoted mail names, unless the answer names one by its code.
    own_course = text if find_course_code("", text) else ""
    fields, sources = extract_fields(request_type, subject, own_course, reference, context)
    listed = dict(asked.listed)
    code = listed.get("course_code") or fields.course_code
    if request_type is RequestType.ANNOUNCEMENT:
        shown = _with_values(RequestFields(), asked.listed, ())
        given = (
            read_reply(request_type, shown, shown, frozenset(), subject, text, reference)
            if "text" in asked.wanted
            else ()
        )
    else:
        given = read_answer(asked, text, code, subject)
    if given:
        said = ", ".join(f"{item.field} = {item.value!r}" for item in given)
        reason = f"an answer to the helpdesk's question ({', '.join(asked.wanted)}): {said}"
    elif withdraws(text, announcement=request_type is RequestType.ANNOUNCEMENT):
        reason = "a reply withdrawing the request the helpdesk asked about"
    else:
        return None
    # The answer's own words only add what was asked.
    fields = _with_values(
        fields if asks_for_other_changes(context) else replace(fields, changes=()), asked.listed, given
    )
    return Classification(request_type, CONFIDENCE, (reason, *sources), fields)


def _request_below_ask(subject: str, text: str, context: str, reference: datetime) -> Classification | None:
    """A reply to a receipt quoted in part or paraphrased ("Mohon lengkapi: kode MK", "Please provide the new
    enrolment key") above the writer's own request: the changes that request asks for, read there as a request, and
    the value the reply gives for the one new value asked; the reply's own words give the course. None when no
    change is found that the checks keep."""
    ask = ask_to_complete(context)
    if ask is None:
        return None
    requested, sources = (
        extract_fields(RequestType.COURSE_DATA, "", ask.request, reference) if ask.request else (RequestFields(), ())
    )
    answered, answered_sources = extract_fields(RequestType.COURSE_DATA, subject, text, reference)
    code = find_course_code("", text) or requested.course_code
    field = ask.field_asked()
    given = read_answer(Asked(RequestType.COURSE_DATA, (), (f"changes.{field}",)), text, code, subject) if field else ()
    changes = (
        dict(requested.changes)
        | dict(answered.changes)
        | {item.field.removeprefix("changes."): item.value for item in given if item.field.startswith("changes.")}
    )
    if not changes:
        return None
    name = answered.course_name or requested.course_name
    if not (code and name):
        # The course named only in the quoted receipt ("permintaan Anda untuk MK Sistem Operasi (IF2104)").
        quoted, _ = extract_fields(RequestType.COURSE_DATA, subject, text, reference, context)
        code, name = code or quoted.course_code, name or quoted.course_name
    fields = replace(requested, course_code=code, course_name=name, changes=tuple(changes.items()))
    reason = "an answer to the helpdesk's ask to complete the request quoted below it"
    return Classification(RequestType.COURSE_DATA, CONFIDENCE, (reason, *sources, *answered_sources), fields)
