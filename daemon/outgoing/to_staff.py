"""Mail to staff: notices of new tickets and messages, command problems, SLA alerts, and any other notice."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlmodel import Session

from daemon.classify.completeness import missing_items
from daemon.classify.effective_fields import FieldValue
from daemon.classify.model import RequestFields, RequestType
from daemon.clock import Clock
from daemon.outgoing.attached_files import AttachedFile
from daemon.outgoing.composer import OutgoingMail
from daemon.outgoing.mail_context import MessageBrief, TicketBrief, field_lines
from daemon.outgoing.mail_settings import AUTO_REPLY_WINDOW, MailSettings
from daemon.outgoing.outbox_writer import OutboxWriter
from daemon.outgoing.renderer import Renderer
from daemon.sla import promised_by
from daemon.wording import Wording
from parsers.subject import clean_subject
from storage import queries
from storage.mail_tables import StoredMessage
from storage.models import MessageKind, Ticket

log = logging.getLogger(__name__)

# One line of a ticket's history in a staff notice: when, the event's code, who.
HistoryLine = tuple[datetime, str, str]

STAFF_LANGUAGE = "id"


class ToStaff:
    def __init__(self, renderer: Renderer, writer: OutboxWriter, settings: MailSettings, clock: Clock) -> None:
        self.renderer = renderer
        self.writer = writer
        self.settings = settings
        self.clock = clock
        self.wording = self.words(STAFF_LANGUAGE)

    def words(self, language: str) -> Wording:
        return Wording(language, self.settings.zone)

    def notify(
        self,
        session: Session,
        ticket: Ticket,
        message: StoredMessage,
        fields: RequestFields,
        *,
        event: str,
        attachments: tuple[AttachedFile, ...],
        history: tuple[HistoryLine, ...] = (),
        read_from_reply: tuple[FieldValue, ...] = (),
    ) -> StoredMessage | None:
        """A notice to staff.notify (one mail per language they read), threaded under the ticket's first notice;
        `read_from_reply`: the values the requester's message gave for missing fields."""
        assert ticket.id is not None
        if not self.settings.staff.notify:
            return None
        if event != "new" and queries.notices_since(session, ticket.id, self.clock.now() - AUTO_REPLY_WINDOW) >= 10:
            # Ten notices an hour on one ticket is a conversation staff already watch, or a robot: stop telling.
            log.warning(
                "ticket %s message %s: staff notice suppressed, notice cap reached", ticket.id, message.message_id
            )
            return None
        first_notice = queries.first_message_of_ticket(session, ticket.id, MessageKind.NOTICE)
        mails = self.notice_mails(
            TicketBrief.of(ticket),
            MessageBrief.of(message),
            fields,
            event=event,
            attachments=attachments,
            history=history,
            first_notice=first_notice.message_id if first_notice else None,
            read_from_reply=read_from_reply,
        )
        rows = [self.writer.queue(session, mail, MessageKind.NOTICE, ticket.id) for mail in mails]
        return rows[0] if rows else None

    def notice_mails(
        self,
        ticket: TicketBrief,
        message: MessageBrief,
        fields: RequestFields,
        *,
        event: str,
        attachments: tuple[AttachedFile, ...],
        history: tuple[HistoryLine, ...] = (),
        first_notice: str | None = None,
        read_from_reply: tuple[FieldValue, ...] = (),
    ) -> tuple[OutgoingMail, ...]:
        """What staff read about a new ticket or a new message on one, one mail per staff language."""
        settings = self.settings
        due = promised_by(ticket.created_at, settings.first_response_minutes, settings.calendar)
        topic = clean_subject(ticket.subject, settings.ticket_tag)
        mails: list[OutgoingMail] = []
        for language, recipients in settings.staff.notify_by_language().items():
            wording = self.words(language)
            body = self.renderer.render(
                "ticket",
                "notice",
                "staff",
                language,
                event=event,
                tag=settings.tag(ticket.id),
                requester=f"{ticket.requester_name} <{ticket.requester}>",
                sender=f"{message.from_name} <{message.from_addr}>",
                request_type=ticket.type,
                needs_triage=ticket.needs_triage,
                confidence=ticket.confidence,
                reasons=[wording.reason(reason) for reason in ticket.reasons[:4]],
                status=ticket.status,
                received_at=message.received_at,
                due_at=due,
                sla_minutes=settings.first_response_minutes,
                fields=field_lines(fields, wording),
                missing=[wording.label("missing", key) for key in missing_items(RequestType(ticket.type), fields)],
                attachments=attachments,
                subject=message.subject,
                text=message.new_text,
                history=history,
                read_from_reply=[(wording.label("read_fields", item.field), item.value) for item in read_from_reply],
            )
            mails.append(
                OutgoingMail(
                    to=recipients,
                    subject=wording.subject(
                        {"new": "notice_new", "withdrawn": "notice_withdrawn"}.get(event, "notice_message"),
                        tag=settings.tag(ticket.id),
                        topic=topic,
                    ),
                    body=body,
                    in_reply_to=first_notice,
                    references=(first_notice,) if first_notice else (),
                    auto_submitted="auto-generated",
                    reply_to=settings.reply_address(ticket.id),
                )
            )
        return tuple(mails)

    def low_rating_notice(self, session: Session, ticket: Ticket, rating: int, text: str) -> None:
        """Staff hear of a rating of 1 or 2 at once, on the ticket's own notice thread, in their language."""
        assert ticket.id is not None
        for language, recipients in self.settings.staff.notify_by_language().items():
            self.notice(
                session,
                ticket.id,
                "low-rating",
                "low_rating",
                recipients,
                language=language,
                threaded=True,
                subject_values={"rating": rating},
                rating=rating,
                text=text,
                requester=f"{ticket.requester_name} <{ticket.requester}>",
                request_type=ticket.type,
                subject=clean_subject(ticket.subject, self.settings.ticket_tag),
                assignee=ticket.assignee or "",
                resolved_at=ticket.resolved_at,
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
        """A reminder (`event` "reminder") or escalation ("escalation"): no response yet, in each reader's language."""
        assert ticket.id is not None
        kind = MessageKind.REMINDER if event == "reminder" else MessageKind.ESCALATION
        for language, recipients in self.settings.staff.by_language(to).items():
            self.notice(
                session,
                ticket.id,
                event,
                event,
                recipients,
                language=language,
                message_kind=kind,
                elapsed=round(elapsed),
                requester=ticket.requester,
                request_type=ticket.type,
                subject=ticket.subject,
                received_at=ticket.created_at,
                due_at=due,
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
        language: str = STAFF_LANGUAGE,
        message_kind: MessageKind = MessageKind.NOTICE,
        threaded: bool = False,
        subject_values: dict[str, object] | None = None,
        **context: object,
    ) -> StoredMessage | None:
        """Staff mail from template ticket/<template>.staff.<language> under the [subjects] line `subject` (its
        {tag} and `subject_values` filled in); threaded under the ticket's first notice when asked. Nothing when
        there is nobody to tell."""
        if not to:
            return None
        tag = self.settings.tag(ticket_id)
        body = self.renderer.render("ticket", template, "staff", language, **{"tag": tag, **context})
        first = queries.first_message_of_ticket(session, ticket_id, MessageKind.NOTICE) if threaded else None
        mail = OutgoingMail(
            to=to,
            subject=self.words(language).subject(subject, tag=tag, **(subject_values or {})),
            body=body,
            in_reply_to=first.message_id if first else None,
            references=(first.message_id,) if first else (),
            auto_submitted="auto-generated",
            reply_to=self.settings.reply_address(ticket_id),
        )
        return self.writer.queue(session, mail, message_kind, ticket_id)
