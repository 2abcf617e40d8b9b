"""Mail to staff: notices of new tickets and messages, command problems, SLA alerts, and any other notice."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlmodel import Session

from daemon.classify.completeness import missing_items
from daemon.classify.model import RequestFields, RequestType
from daemon.clock import Clock
from daemon.outgoing.composer import OutgoingMail
from daemon.outgoing.mail_context import MessageBrief, TicketBrief, field_lines
from daemon.outgoing.mail_settings import AUTO_REPLY_WINDOW, MailSettings
from daemon.outgoing.outbox_writer import OutboxWriter
from daemon.outgoing.renderer import Renderer
from daemon.wording import Wording
from parsers.subject import clean_subject
from storage import queries
from storage.models import MessageKind, StoredMessage, Ticket

log = logging.getLogger(__name__)

STAFF_LANGUAGE = "id"


class ToStaff:
    def __init__(self, renderer: Renderer, writer: OutboxWriter, settings: MailSettings, clock: Clock) -> None:
        self.renderer = renderer
        self.writer = writer
        self.settings = settings
        self.clock = clock
        self.wording = Wording(STAFF_LANGUAGE)

    def notify(
        self,
        session: Session,
        ticket: Ticket,
        message: StoredMessage,
        fields: RequestFields,
        *,
        event: str,
        attachments: tuple[str, ...],
        history: tuple[str, ...] = (),
    ) -> StoredMessage | None:
        """A notice to staff.notify, threaded under the ticket's first notice."""
        assert ticket.id is not None
        if not self.settings.staff_notify:
            return None
        if event != "new" and queries.notices_since(session, ticket.id, self.clock.now() - AUTO_REPLY_WINDOW) >= 10:
            # Ten notices an hour on one ticket is a conversation staff already watch, or a robot: stop telling.
            log.warning(
                "ticket %s message %s: staff notice suppressed, notice cap reached", ticket.id, message.message_id
            )
            return None
        first_notice = queries.first_message_of_ticket(session, ticket.id, MessageKind.NOTICE)
        mail = self.notice_mail(
            TicketBrief.of(ticket),
            MessageBrief.of(message),
            fields,
            event=event,
            attachments=attachments,
            history=history,
            first_notice=first_notice.message_id if first_notice else None,
        )
        return self.writer.queue(session, mail, MessageKind.NOTICE, ticket.id)

    def notice_mail(
        self,
        ticket: TicketBrief,
        message: MessageBrief,
        fields: RequestFields,
        *,
        event: str,
        attachments: tuple[str, ...],
        history: tuple[str, ...] = (),
        first_notice: str | None = None,
    ) -> OutgoingMail:
        """What staff read about a new ticket or a new message on one: fields, text, commands."""
        settings = self.settings
        zone = settings.zone
        due = ticket.created_at + timedelta(minutes=settings.first_response_minutes)
        body = self.renderer.render(
            "ticket",
            "notice",
            "staff",
            STAFF_LANGUAGE,
            event=event,
            tag=settings.tag(ticket.id),
            requester=f"{ticket.requester_name} <{ticket.requester}>",
            sender=f"{message.from_name} <{message.from_addr}>",
            request_type=ticket.type,
            type_label=self.wording.label("types", ticket.type),
            needs_triage=ticket.needs_triage,
            confidence=f"{ticket.confidence:.2f}",
            reasons="; ".join(ticket.reasons[:4]) or "-",
            status=ticket.status,
            received_at=message.received_at.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z"),
            due_at=due.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z"),
            sla_minutes=settings.first_response_minutes,
            fields=field_lines(fields, self.wording),
            missing=[self.wording.labels("missing")[key] for key in missing_items(RequestType(ticket.type), fields)],
            attachments=attachments,
            subject=message.subject,
            text=message.new_text,
            history=history,
        )
        topic = clean_subject(ticket.subject, settings.ticket_tag)
        return OutgoingMail(
            to=settings.staff_notify,
            subject=self.wording.subject(
                "notice_new" if event == "new" else "notice_message", tag=settings.tag(ticket.id), topic=topic
            ),
            body=body,
            in_reply_to=first_notice,
            references=(first_notice,) if first_notice else (),
            auto_submitted="auto-generated",
            reply_to=settings.reply_address(ticket.id),
        )

    def not_applied(
        self, session: Session, ticket: Ticket, staff: str, reply_to: str, event: str, /, **context: object
    ) -> StoredMessage:
        """Tell a staff address what of its reply was not done and why (template ticket/<event>.staff.id:
        command-problem, command-refused), in answer to that reply."""
        assert ticket.id is not None
        tag = self.settings.tag(ticket.id)
        body = self.renderer.render("ticket", event, "staff", STAFF_LANGUAGE, **{"tag": tag, **context})
        mail = OutgoingMail(
            to=(staff,),
            subject=self.wording.subject(event.replace("-", "_"), tag=tag),
            body=body,
            in_reply_to=reply_to,
            references=(reply_to,),
            auto_submitted="auto-replied",
        )
        return self.writer.queue(session, mail, MessageKind.NOTICE, ticket.id)

    def sla_alert(
        self, session: Session, ticket: Ticket, event: str, to: tuple[str, ...], elapsed: float, due: datetime
    ) -> None:
        """A reminder (`event` "reminder") or escalation ("escalation"): no response yet on this ticket."""
        assert ticket.id is not None
        zone = self.settings.zone
        kind = MessageKind.REMINDER if event == "reminder" else MessageKind.ESCALATION
        self.notice(
            session,
            ticket.id,
            event,
            event,
            to,
            message_kind=kind,
            elapsed=round(elapsed),
            requester=ticket.requester,
            request_type=ticket.type,
            subject=ticket.subject,
            received_at=ticket.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            due_at=due.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            sla_minutes=self.settings.first_response_minutes,
            assignee=ticket.assignee,
        )

    def notice(
        self,
        session: Session,
        ticket_id: int,
        template: str,
        subject: str,
        to: tuple[str, ...],
        /,
        *,
        message_kind: MessageKind = MessageKind.NOTICE,
        threaded: bool = False,
        **context: object,
    ) -> StoredMessage | None:
        """Staff mail from template ticket/<template>.staff.<lang> under the [subjects] line `subject`; threaded
        under the ticket's first notice when asked. Nothing when there is nobody to tell."""
        if not to:
            return None
        tag = self.settings.tag(ticket_id)
        body = self.renderer.render("ticket", template, "staff", STAFF_LANGUAGE, **{"tag": tag, **context})
        first = queries.first_message_of_ticket(session, ticket_id, MessageKind.NOTICE) if threaded else None
        mail = OutgoingMail(
            to=to,
            subject=self.wording.subject(subject, tag=tag),
            body=body,
            in_reply_to=first.message_id if first else None,
            references=(first.message_id,) if first else (),
            auto_submitted="auto-generated",
            reply_to=self.settings.reply_address(ticket_id),
        )
        return self.writer.queue(session, mail, message_kind, ticket_id)
