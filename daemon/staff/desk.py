"""Carry out an authenticated staff reply: relay its text, apply its #commands, record the response time."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlmodel import Session

from daemon.classify.corrections import correct_type
from daemon.classify.model import RequestType
from daemon.outgoing.planner import AUTO_REPLY_WINDOW, ReplyPlanner
from daemon.outgoing.staff_action_mail import RelayPlanner
from daemon.sla import record_first_response
from daemon.staff.authentication import StaffCheck
from daemon.staff.commands import StaffReply, Verb, parse_staff_reply
from daemon.staff.field_set import apply_set, set_problems
from daemon.staff.moodle_approval import approval_problems, approve
from daemon.ticket_record import IncomingMail, record_event, store_incoming
from parsers.message import ParsedMessage
from storage import queries
from storage.models import MessageKind, Ticket, TicketStatus

log = logging.getLogger(__name__)


def _event(
    session: Session, ticket: Ticket, now: datetime, kind: str, actor: str, detail: str, message_id: str
) -> None:
    record_event(session, ticket_id=ticket.id, at=now, kind=kind, actor=actor, detail=detail, message_id=message_id)


class StaffDesk:
    def __init__(self, planner: ReplyPlanner) -> None:
        self.planner = planner
        self.relays = RelayPlanner(planner)
        self.calendar = planner.config.calendar()

    def handle(
        self,
        session: Session,
        mail: IncomingMail,
        parsed: ParsedMessage,
        ticket: Ticket,
        check: StaffCheck,
        new_text: str,
        now: datetime,
    ) -> str:
        assert ticket.id is not None
        actor = parsed.from_addr
        if not check.authenticated:
            # Looks like staff, cannot prove it: keep it on the record, act on nothing, tell the real address.
            stored = store_incoming(
                session,
                mail,
                parsed,
                ticket.id,
                MessageKind.FOLLOWUP,
                new_text,
                f"unauthenticated staff address: {check.how}",
            )
            _event(session, ticket, mail.received_at, "staff_unauthenticated", actor, check.how, parsed.message_id)
            log.warning(
                "ticket %s message %s: mail from staff address %s not authenticated (%s); no action",
                ticket.id,
                parsed.message_id,
                actor,
                check.how,
            )
            unapplied = parse_staff_reply(new_text)
            not_done = [f"#{command.verb.value} {command.argument}".strip() for command in unapplied.commands]
            if unapplied.text:
                not_done.append("meneruskan balasan Anda ke pemohon")
            self._tell_staff(session, ticket, actor, stored.message_id, "command-refused", not_done=not_done, now=now)
            return f"unauthenticated staff mail from {actor}: stored, nothing done"
        reply = parse_staff_reply(new_text)
        problems = list(reply.problems) + set_problems(reply.arguments(Verb.SET), self.planner.config.helpdesk.zone)
        if reply.has(Verb.APPROVE):
            problems += approval_problems(ticket, reply, self.planner.config)
        internal = reply.has(Verb.INTERNAL)
        kind = MessageKind.INTERNAL if internal or problems else MessageKind.STAFF_REPLY
        stored = store_incoming(session, mail, parsed, ticket.id, kind, reply.text)
        if problems:
            self._tell_staff(session, ticket, actor, stored.message_id, "command-problem", problems=problems, now=now)
            _event(
                session,
                ticket,
                mail.received_at,
                "staff_command_rejected",
                actor,
                "; ".join(problems),
                parsed.message_id,
            )
            log.warning(
                "ticket %s message %s: commands from %s rejected: %s",
                ticket.id,
                parsed.message_id,
                actor,
                "; ".join(problems),
            )
            return "commands not understood; nothing done"
        done = self._apply(session, ticket, reply, parsed, mail, now, internal)
        ticket.updated_at = now
        session.add(ticket)
        log.info("ticket %s message %s: staff %s: %s", ticket.id, parsed.message_id, actor, ", ".join(done))
        return ", ".join(done)

    def _tell_staff(
        self, session: Session, ticket: Ticket, staff: str, reply_to: str, event: str, now: datetime, **context: Any
    ) -> None:
        """A short reply saying what was not done and why; capped per address and hour, so it can never loop."""
        cap = self.planner.config.helpdesk.auto_reply_cap_per_hour
        if queries.auto_replies_since(session, [staff], now - AUTO_REPLY_WINDOW).get(staff, 0) >= cap:
            log.warning("ticket %s: no reply to %s about %s, %d this hour already", ticket.id, staff, event, cap)
            return
        self.relays.not_applied(session, ticket, staff, reply_to, event, **context)

    def _responded(self, ticket: Ticket, at: datetime) -> None:
        record_first_response(ticket, at, self.calendar)

    def _apply(
        self,
        session: Session,
        ticket: Ticket,
        reply: StaffReply,
        parsed: ParsedMessage,
        mail: IncomingMail,
        now: datetime,
        internal: bool,
    ) -> list[str]:
        actor = parsed.from_addr
        # Every state change takes the message's own time: a history loaded with --received-at keeps its dates.
        at = mail.received_at
        done: list[str] = []
        spam = reply.has(Verb.SPAM)
        if internal:
            _event(session, ticket, at, "internal_note", actor, reply.text[:500], parsed.message_id)
            done.append("internal note stored")
        elif reply.text and not spam:
            self.relays.relay(session, ticket, reply.text, parsed.from_name or actor, parsed.attachments)
            self._responded(ticket, at)
            _event(session, ticket, at, "staff_reply", actor, f"relayed to {ticket.requester}", parsed.message_id)
            done.append("relayed to requester")
        for command in reply.commands:
            verb = command.verb
            if verb is Verb.TYPE:
                correct_type(session, ticket, RequestType(command.argument), actor, at)
                done.append(f"type {command.argument}")
            elif verb is Verb.SET:
                zone = self.planner.config.helpdesk.zone
                done.append(apply_set(session, ticket, command.argument, actor, at, zone))
            elif verb is Verb.ASSIGN:
                ticket.assignee = command.argument
                _event(session, ticket, at, "assigned", actor, command.argument, parsed.message_id)
                done.append(f"assigned to {command.argument}")
            elif verb is Verb.RESOLVE and not spam:
                ticket.status = TicketStatus.RESOLVED
                ticket.resolved_at = at
                self._responded(ticket, at)
                self.relays.resolution(session, ticket)
                _event(session, ticket, at, "resolved", actor, "", parsed.message_id)
                done.append("resolved")
            elif verb is Verb.CLOSE:
                ticket.status = TicketStatus.CLOSED
                ticket.closed_at = at
                _event(session, ticket, at, "closed", actor, "", parsed.message_id)
                done.append("closed")
            elif verb is Verb.REOPEN:
                ticket.status = TicketStatus.OPEN
                ticket.resolved_at = ticket.closed_at = None
                _event(session, ticket, at, "reopened", actor, "", parsed.message_id)
                done.append("reopened")
            elif verb is Verb.APPROVE:
                done.append(approve(session, ticket, reply, command.argument, actor, now, self.planner.config))
            elif verb is Verb.SPAM:
                ticket.status = TicketStatus.SPAM
                ticket.closed_at = at
                _event(session, ticket, at, "spam", actor, "", parsed.message_id)
                done.append("marked spam")
        return done or ["nothing to do"]
