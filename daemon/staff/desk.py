"""Carry out an authenticated staff reply: relay its text, apply its #commands, record the response time."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlmodel import Session

from daemon.config import Config
from daemon.outgoing.mail_settings import AUTO_REPLY_WINDOW
from daemon.outgoing.to_requester import ToRequester
from daemon.outgoing.to_staff import ToStaff
from daemon.sla import record_first_response
from daemon.staff.authentication import StaffCheck
from daemon.staff.commands.parsing import StaffReply, parse_staff_reply
from daemon.staff.commands.registry import STAFF_WORDING, CommandStep, UnknownCommand, find
from daemon.ticket_record import IncomingMail, record_event, store_incoming
from parsers.message import ParsedMessage
from storage import queries
from storage.models import EventKind, MessageKind, Ticket

log = logging.getLogger(__name__)


def _event(
    session: Session, ticket: Ticket, now: datetime, kind: EventKind, actor: str, detail: str, message_id: str
) -> None:
    record_event(session, ticket_id=ticket.id, at=now, kind=kind, actor=actor, detail=detail, message_id=message_id)


class StaffDesk:
    def __init__(self, config: Config, to_requester: ToRequester, to_staff: ToStaff) -> None:
        self.config = config
        self.to_requester = to_requester
        self.to_staff = to_staff
        self.calendar = config.calendar()

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
            _event(
                session, ticket, mail.received_at, EventKind.STAFF_UNAUTHENTICATED, actor, check.how, parsed.message_id
            )
            log.warning(
                "ticket %s message %s: mail from staff address %s not authenticated (%s); no action",
                ticket.id,
                parsed.message_id,
                actor,
                check.how,
            )
            unapplied = parse_staff_reply(new_text)
            not_done = [f"#{command.verb} {command.argument}".strip() for command in unapplied.commands]
            if unapplied.text:
                not_done.append(STAFF_WORDING.filled("command_problems", "not_relayed"))
            self._tell_staff(session, ticket, actor, stored.message_id, "command-refused", not_done=not_done, now=now)
            return f"unauthenticated staff mail from {actor}: stored, nothing done"
        reply = parse_staff_reply(new_text)
        problems = list(reply.problems)
        for name in dict.fromkeys(command.verb for command in reply.commands):
            spec = find(name)
            if not isinstance(spec, UnknownCommand) and spec.problems is not None:
                problems += spec.problems(ticket, reply, self.config)
        internal = reply.has("internal")
        kind = MessageKind.INTERNAL if internal or problems else MessageKind.STAFF_REPLY
        stored = store_incoming(session, mail, parsed, ticket.id, kind, reply.text)
        if problems:
            self._tell_staff(session, ticket, actor, stored.message_id, "command-problem", problems=problems, now=now)
            _event(
                session,
                ticket,
                mail.received_at,
                EventKind.STAFF_COMMAND_REJECTED,
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
        cap = self.config.helpdesk.auto_reply_cap_per_hour
        if queries.auto_replies_since(session, [staff], now - AUTO_REPLY_WINDOW).get(staff, 0) >= cap:
            log.warning("ticket %s: no reply to %s about %s, %d this hour already", ticket.id, staff, event, cap)
            return
        self.to_staff.not_applied(session, ticket, staff, reply_to, event, **context)

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
        spam = reply.has("spam")
        if internal:
            _event(session, ticket, at, EventKind.INTERNAL_NOTE, actor, reply.text[:500], parsed.message_id)
            done.append("internal note stored")
        elif reply.text and not spam:
            self.to_requester.relay(session, ticket, reply.text, parsed.from_name or actor, parsed.attachments)
            self._responded(ticket, at)
            _event(
                session, ticket, at, EventKind.STAFF_REPLY, actor, f"relayed to {ticket.requester}", parsed.message_id
            )
            done.append("relayed to requester")
        step = CommandStep(
            session,
            ticket,
            reply,
            actor,
            parsed.message_id,
            mail.received_at,
            now,
            self.to_requester,
            self.config,
            self.calendar,
        )
        for command in reply.commands:
            spec = find(command.verb)
            if isinstance(spec, UnknownCommand):  # the parser reports these; a caller building commands may not
                done.append(f"unknown command #{spec.name}")
                continue
            outcome = spec.run(step, command.argument)
            if outcome:
                done.append(outcome)
        return done or ["nothing to do"]
