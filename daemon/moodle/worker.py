"""Carry out Moodle operations outside any intake transaction: preview, apply, read back, resolve or report."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, or_, select

from daemon.classify.effective_fields import effective_fields
from daemon.classify.model import RequestFields
from daemon.clock import Clock
from daemon.config import Config
from daemon.moodle.client import MoodleClient, MoodleError, MoodleTransportError
from daemon.moodle.plans import announcement_body, applied, before_after, plan_course_update
from daemon.moodle.staff_mail import MoodleStaffMail
from daemon.outgoing.mail_layer import Outgoing
from daemon.sla import record_first_response
from daemon.ticket_record import record_event
from storage.models import EventKind, MessageKind, MoodleOperation, Ticket, TicketStatus

log = logging.getLogger(__name__)
ACTIVE = ("preview", "approved", "running")


def compact_code(code: str) -> str:
    """The course code without spaces or hyphens, upper case: "if-302" -> "IF302"."""
    return re.sub(r"[\s-]+", "", code).upper()


class CourseChoiceError(Exception):
    def __init__(self, wanted: str, candidates: list[dict[str, Any]]) -> None:
        super().__init__(wanted)
        self.wanted = wanted
        self.candidates = candidates


class MoodleWorker:
    def __init__(
        self, config: Config, engine: Engine, outgoing: Outgoing, clients: dict[str, MoodleClient], clock: Clock
    ) -> None:
        self.config = config
        self.engine = engine
        self.to_requester = outgoing.to_requester
        self.clients = clients
        self.clock = clock
        self.calendar = config.calendar()
        self.staff_mail = MoodleStaffMail(config, outgoing.to_staff)

    def run_pass(self) -> int:
        now = self.clock.now()
        with Session(self.engine) as session:
            due = session.exec(
                select(MoodleOperation.id)
                .where(
                    col(MoodleOperation.state).in_(ACTIVE),
                    or_(col(MoodleOperation.run_at).is_(None), col(MoodleOperation.run_at) <= now),
                )
                .order_by(col(MoodleOperation.id))
            ).all()
        for operation_id in due:
            assert operation_id is not None
            try:
                self._run(operation_id)
            except MoodleTransportError as error:
                log.warning("moodle operation %s: %s; will read back and retry", operation_id, error)
        return len(due)

    def _course(self, client: MoodleClient, site_name: str, operation: MoodleOperation, fields: RequestFields) -> int:
        if operation.course_id is not None:
            return operation.course_id
        site = self.config.moodle.all_sites()[site_name]
        if operation.kind == "announcement" and fields.scope == "site":
            return site.site_course_id
        wanted = fields.course_code or fields.course_name or ""
        # People write "IF-302", "if 302" or "IF302"; Moodle stores one of them, usually the compact one.
        spellings = dict.fromkeys([fields.course_code, compact_code(fields.course_code)] if fields.course_code else [])
        for code in spellings:
            for field_name in site.course_lookup:
                found = client.courses_by_field(field_name, code)
                if len(found) == 1:
                    return int(found[0]["id"])
                if len(found) > 1:
                    raise CourseChoiceError(wanted, found)
        raise CourseChoiceError(wanted, [])

    def _run(self, operation_id: int) -> None:
        with Session(self.engine) as session:
            operation = session.get(MoodleOperation, operation_id)
            assert operation is not None
            ticket = session.get(Ticket, operation.ticket_id)
            assert ticket is not None and ticket.id is not None
            fields = effective_fields(session, ticket)
            payload = json.loads(operation.payload_json or "{}")
            client = self.clients[operation.site]
            try:
                course_id = self._course(client, operation.site, operation, fields)
            except CourseChoiceError as need:
                self.staff_mail.preview(
                    session,
                    ticket,
                    operation,
                    candidates=need.candidates,
                    not_found=not need.candidates,
                    wanted=need.wanted,
                )
                operation.state = "previewed" if operation.state == "preview" else "needs_course"
                session.add(operation)
                session.commit()
                return
            except MoodleError as error:
                self._fail(session, ticket, operation, error)
                return
            operation.course_id = course_id
            try:
                if operation.state == "preview":
                    self._preview(session, client, ticket, operation, fields, payload)
                elif operation.kind == "course_update":
                    self._apply_course(session, client, ticket, operation, fields)
                else:
                    self._announce(session, client, ticket, operation, fields, payload)
            except MoodleError as error:
                session.rollback()
                self._fail(
                    session,
                    session.get(Ticket, ticket.id) or ticket,
                    session.get(MoodleOperation, operation_id) or operation,
                    error,
                )

    def _preview(
        self,
        session: Session,
        client: MoodleClient,
        ticket: Ticket,
        operation: MoodleOperation,
        fields: RequestFields,
        payload: dict[str, Any],
    ) -> None:
        assert operation.course_id is not None
        course = client.course(operation.course_id)
        context: dict[str, Any] = {
            "course_name": course.get("fullname", ""),
            "course_url": client.course_url(operation.course_id),
        }
        if operation.kind == "course_update":
            plan = plan_course_update(fields)
            context.update(
                rows=before_after(course, plan.changes),
                by_hand=plan.by_hand,
                incomplete=not (plan.changes or plan.by_hand),
            )
        else:
            forum = self._news_forum(client, operation.course_id)
            subject, _ = announcement_body(fields.title, payload.get("text") or fields.text, ticket.subject)
            context.update(
                forum_name=forum["name"],
                scope=fields.scope or "course",
                title=subject,
                publish_at=fields.publish_at or "",
                text=payload.get("text") or fields.text or "",
            )
        self.staff_mail.preview(session, ticket, operation, **context)
        operation.state = "previewed"
        session.add(operation)
        session.commit()

    def _news_forum(self, client: MoodleClient, course_id: int) -> dict[str, Any]:
        news = [forum for forum in client.forums(course_id) if forum.get("type") == "news"]
        if not news:
            raise MoodleError("nonewsforum", f"course {course_id} has no announcements (news) forum")
        return news[0]

    def _start(self, session: Session, operation: MoodleOperation) -> None:
        """Mark the write as in flight before making it, so a crash leads to a read-back, not a repeat."""
        operation.state = "running"
        operation.attempts += 1
        session.add(operation)
        session.commit()

    def _apply_course(
        self, session: Session, client: MoodleClient, ticket: Ticket, operation: MoodleOperation, fields: RequestFields
    ) -> None:
        assert operation.course_id is not None
        plan = plan_course_update(fields)
        if not plan.changes:
            raise MoodleError(
                "nothingtoapply",
                "nothing in this request can be changed on the course record: "
                + ", ".join(label for label, _ in plan.by_hand),
            )
        before = client.course(operation.course_id)
        if not (operation.state == "running" and applied(before, plan.changes)):
            self._start(session, operation)
            client.update_course(operation.course_id, plan.changes)
        if not applied(client.course(operation.course_id), plan.changes):
            raise MoodleError("readbackmismatch", "Moodle accepted the update but the course does not show it")
        changed = [(key, str(before.get(key, "")), value) for key, value in plan.changes.items()]
        self._done(
            session,
            ticket,
            operation,
            {"changed": changed, "course_url": client.course_url(operation.course_id), "by_hand": list(plan.by_hand)},
        )

    def _announce(
        self,
        session: Session,
        client: MoodleClient,
        ticket: Ticket,
        operation: MoodleOperation,
        fields: RequestFields,
        payload: dict[str, Any],
    ) -> None:
        assert operation.course_id is not None
        forum = self._news_forum(client, operation.course_id)
        subject, message = announcement_body(fields.title, payload.get("text") or fields.text, ticket.subject)
        posted = [
            d
            for d in client.discussions(int(forum["id"]))
            if d.get("subject") == subject and d.get("message") == message
        ]
        if not posted:
            self._start(session, operation)
            discussion_id = client.add_discussion(int(forum["id"]), subject, message)
            posted = [
                d for d in client.discussions(int(forum["id"])) if int(d.get("discussion", d["id"])) == discussion_id
            ]
            if not posted:
                raise MoodleError("readbackmismatch", "the new discussion is not in the forum")
        discussion_id = int(posted[0].get("discussion", posted[0]["id"]))
        self._done(
            session,
            ticket,
            operation,
            {"title": subject, "discussion_url": client.discussion_url(discussion_id), "discussion_id": discussion_id},
        )

    def _done(self, session: Session, ticket: Ticket, operation: MoodleOperation, result: dict[str, Any]) -> None:
        assert ticket.id is not None
        now = self.clock.now()
        operation.state, operation.done_at, operation.error = "applied", now, None
        operation.result_json = json.dumps(result, ensure_ascii=False)
        ticket.status, ticket.resolved_at, ticket.updated_at = TicketStatus.RESOLVED, now, now
        record_first_response(ticket, now, self.calendar)
        self.to_requester.automatic(
            session,
            ticket,
            "moodle-done",
            MessageKind.RESOLUTION,
            "auto-generated",
            kind=operation.kind,
            changed=result.get("changed", []),
            course_url=result.get("course_url", ""),
            by_hand=result.get("by_hand", []),
            title=result.get("title", ""),
            discussion_url=result.get("discussion_url", ""),
        )
        record_event(
            session,
            ticket_id=ticket.id,
            at=now,
            kind=EventKind.MOODLE_APPLIED,
            actor=operation.approved_by,
            detail=f"{operation.kind} on {operation.site}: {operation.result_json[:500]}",
        )
        session.add_all([operation, ticket])
        session.commit()
        log.info("ticket %s: moodle %s applied on %s", ticket.id, operation.kind, operation.site)

    def _fail(self, session: Session, ticket: Ticket, operation: MoodleOperation, error: MoodleError) -> None:
        assert ticket.id is not None
        now = self.clock.now()
        operation.state, operation.error, operation.done_at = "failed", str(error), now
        record_event(
            session,
            ticket_id=ticket.id,
            at=now,
            kind=EventKind.MOODLE_FAILED,
            actor=operation.approved_by,
            detail=f"{operation.kind} on {operation.site}: {error}",
        )
        self.staff_mail.failure(session, ticket, operation, error)
        session.add(operation)
        session.commit()
        log.error("ticket %s: moodle %s failed: %s", ticket.id, operation.kind, error)
