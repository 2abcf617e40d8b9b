"""Ticket records as plain JSON-ready values for the CLI, in the helpdesk's time zone."""

from __future__ import annotations

import json
from datetime import datetime, tzinfo
from typing import Any

from sqlmodel import Session, col, select

from daemon.classify.effective_fields import effective_fields
from storage import queries
from storage.models import MoodleOperation, Ticket


def iso(moment: datetime | None, zone: tzinfo) -> str | None:
    return None if moment is None else moment.astimezone(zone).isoformat(timespec="seconds")


def ticket_summary(ticket: Ticket, tag: str, zone: tzinfo) -> dict[str, Any]:
    return {
        "number": ticket.id,
        "tag": f"[{tag} #{ticket.id}]",
        "type": ticket.type,
        "status": ticket.status,
        "requester": ticket.requester,
        "requester_name": ticket.requester_name,
        "subject": ticket.subject,
        "language": ticket.language,
        "channel": ticket.channel,
        "confidence": ticket.confidence,
        "needs_triage": ticket.needs_triage,
        "course_code": ticket.course_code,
        "assignee": ticket.assignee,
        "linked_ticket": ticket.linked_ticket_id,
        "created_at": iso(ticket.created_at, zone),
        "acked_at": iso(ticket.acked_at, zone),
        "first_response_at": iso(ticket.first_response_at, zone),
        "resolved_at": iso(ticket.resolved_at, zone),
        "closed_at": iso(ticket.closed_at, zone),
    }


def ticket_detail(session: Session, ticket: Ticket, tag: str, zone: tzinfo) -> dict[str, Any]:
    assert ticket.id is not None
    detail = ticket_summary(ticket, tag, zone)
    detail["fields"] = effective_fields(session, ticket).as_json_dict()
    detail["classified_fields"] = json.loads(ticket.fields_json or "{}")
    detail["reasons"] = json.loads(ticket.reasons_json or "[]")
    detail["satisfaction"] = ticket.satisfaction
    detail["messages"] = [
        {
            "direction": message.direction,
            "kind": message.kind,
            "message_id": message.message_id,
            "from": message.from_addr,
            "to": message.to_addrs,
            "subject": message.subject,
            "at": iso(message.received_at, zone),
            "screening_reason": message.screening_reason,
        }
        for message in queries.messages_of_ticket(session, ticket.id)
    ]
    detail["events"] = [
        {"at": iso(event.at, zone), "kind": event.kind, "actor": event.actor, "detail": event.detail}
        for event in queries.events_of_ticket(session, ticket.id)
    ]
    detail["operations"] = [
        {
            "site": op.site,
            "kind": op.kind,
            "state": op.state,
            "course_id": op.course_id,
            "approved_by": op.approved_by,
            "approved_at": iso(op.approved_at, zone),
            "done_at": iso(op.done_at, zone),
            "result": json.loads(op.result_json or "{}"),
            "error": op.error,
        }
        for op in session.exec(
            select(MoodleOperation).where(MoodleOperation.ticket_id == ticket.id).order_by(col(MoodleOperation.id))
        ).all()
    ]
    return detail
