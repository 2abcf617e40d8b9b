"""Turn a staff member's #approve into a Moodle operation record (no Moodle call here: the worker makes it)."""

from __future__ import annotations

import json
import re
from datetime import datetime

from sqlmodel import Session, col, select

from daemon.classify.effective_fields import effective_fields
from daemon.classify.model import RequestType
from daemon.config import Config
from daemon.staff.commands.parsing import StaffReply
from daemon.ticket_record import record_event
from daemon.wording import Wording
from storage.models import EventKind, MoodleOperation, Ticket

KINDS = {RequestType.COURSE_DATA.value: "course_update", RequestType.ANNOUNCEMENT.value: "announcement"}
_ARGUMENT = re.compile(r"(\w+)\s*=\s*(\S+)")


def _arguments(text: str) -> dict[str, str]:
    return {key.lower(): value for key, value in _ARGUMENT.findall(text)}


def approval_problems(ticket: Ticket, reply: StaffReply, config: Config) -> list[str]:
    words = Wording("id")  # staff read the desk's answers in Indonesian
    sites = config.moodle.all_sites()
    if not sites:
        return [words.filled("command_problems", "approve_no_moodle")]
    if ticket.type not in KINDS:
        return [words.filled("command_problems", "approve_wrong_type", type=words.label("types", ticket.type))]
    arguments = _arguments(reply.argument("approve") or "")
    problems = []
    if "course" in arguments and not arguments["course"].isdigit():
        problems.append(words.filled("command_problems", "approve_course_id", course=arguments["course"]))
    if "site" in arguments and arguments["site"] not in sites:
        problems.append(
            words.filled("command_problems", "approve_unknown_site", site=arguments["site"], sites=", ".join(sites))
        )
    return problems


def latest_operation(session: Session, ticket_id: int) -> MoodleOperation | None:
    return session.exec(
        select(MoodleOperation).where(MoodleOperation.ticket_id == ticket_id).order_by(col(MoodleOperation.id).desc())
    ).first()


def approve(
    session: Session, ticket: Ticket, reply: StaffReply, argument: str, actor: str, now: datetime, config: Config
) -> str:
    """Record the approval once; a repeated #approve while it runs or after it applied changes nothing."""
    assert ticket.id is not None
    arguments = _arguments(argument)
    operation = latest_operation(session, ticket.id)
    if operation is not None and operation.state in ("approved", "running", "applied"):
        record_event(
            session,
            ticket_id=ticket.id,
            at=now,
            kind=EventKind.APPROVE_REPEATED,
            actor=actor,
            detail=f"operation {operation.id} is already {operation.state}",
        )
        return f"approval ignored: already {operation.state}"
    sites = config.moodle.all_sites()
    site = arguments.get("site") or (operation.site if operation else next(iter(sites)))
    if operation is None or operation.state not in ("preview", "previewed", "needs_course", "failed"):
        operation = MoodleOperation(ticket_id=ticket.id, site=site, kind=KINDS[ticket.type], state="approved")
    fields = effective_fields(session, ticket)
    payload = json.loads(operation.payload_json or "{}")
    if reply.argument("text"):
        payload["text"] = reply.argument("text")
    publish_at = datetime.fromisoformat(fields.publish_at) if fields.publish_at else None
    operation.site, operation.state, operation.approved_by, operation.approved_at = site, "approved", actor, now
    operation.payload_json = json.dumps(payload, ensure_ascii=False)
    operation.run_at = publish_at if operation.kind == "announcement" and publish_at and publish_at > now else now
    operation.error = None
    if "course" in arguments:
        operation.course_id = int(arguments["course"])
    session.add(operation)
    record_event(
        session,
        ticket_id=ticket.id,
        at=now,
        kind=EventKind.MOODLE_APPROVED,
        actor=actor,
        detail=f"{operation.kind} on {site}, run at {operation.run_at.isoformat()}"
        + (f", course {operation.course_id}" if operation.course_id else ""),
    )
    return f"approved {operation.kind} on {site}"
