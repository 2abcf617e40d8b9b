"""Plan outgoing mail: render it, store it and queue it in the outbox, inside the caller's transaction."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from daemon.classify.completeness import missing_items
from daemon.classify.model import RequestFields, RequestType
from daemon.clock import Clock, TokenSource
from daemon.config import Config
from daemon.outgoing.composer import OutgoingMail, Sender, compose, make_message_id
from daemon.outgoing.mail_context import MessageBrief, TicketBrief
from daemon.outgoing.renderer import Renderer
from daemon.outgoing.reply_address import signed_reply_address
from daemon.outgoing.staged_mail import StagedMail
from daemon.wording import Wording
from parsers.message import ParsedMessage
from parsers.subject import clean_subject, tagged_subject
from storage import queries
from storage.models import MessageKind, OutboxItem, StoredMessage, Ticket

log = logging.getLogger(__name__)

AUTO_REPLY_WINDOW = timedelta(hours=1)
# One line of a ticket's history in a staff notice: when, the event's code, who.
HistoryLine = tuple[datetime, str, str]


def field_lines(fields: RequestFields, wording: Wording) -> list[tuple[str, str]]:
    """Extracted fields as (label, value) lines a person can read, in their language."""
    found: list[tuple[str, str | None]] = [("course_code", fields.course_code), ("course_name", fields.course_name)]
    found += list(fields.changes)
    found += [("title", fields.title), ("scope", fields.scope), ("publish_at", fields.publish_at)]
    return [
        (wording.label("fields", key), wording.field_value(key, value))
        for key, value in found
        if value and value.strip()
    ]


class ReplyPlanner:
    def __init__(
        self, config: Config, renderer: Renderer, clock: Clock, tokens: TokenSource, reply_key: bytes | None = None
    ) -> None:
        self.reply_key = reply_key
        self.config = config
        self.renderer = renderer
        self.clock = clock
        self.tokens = tokens
        self.sender = Sender(config.helpdesk.address, config.helpdesk.name, config.helpdesk.address)
        self.calendar = config.calendar()

    def wording(self, language: str) -> Wording:
        return Wording(language, self.config.helpdesk.zone)

    def service_promise(self, arrival: datetime, language: str) -> dict[str, Any]:
        """What the receipt may promise: the target inside service hours, else when the unit opens and answers."""
        wording = self.wording(language)
        calendar = self.calendar
        opens = calendar.next_opening(arrival)
        local_day = arrival.astimezone(self.config.helpdesk.zone).date()
        return {
            "service_hours": wording.hours(calendar.week),
            "in_hours": opens <= arrival,
            "holiday": calendar.holiday_name(local_day, language),
            "opens_at": wording.when(opens),
            "respond_by": wording.when(opens + timedelta(minutes=self.config.sla.first_response_minutes)),
        }

    def reply_address(self, ticket_id: int) -> str:
        """Where staff replies go: a per-ticket signed address when a key is configured."""
        if self.reply_key is None:
            return self.config.helpdesk.address
        return signed_reply_address(self.config.helpdesk.address, self.reply_key, ticket_id)

    def tag(self, ticket_id: int) -> str:
        return f"[{self.config.helpdesk.tag} #{ticket_id}]"

    def stage(self, mail: OutgoingMail, kind: MessageKind, ticket_id: int | None) -> StagedMail:
        """The exact bytes we will send, with where they go: not yet stored."""
        now = self.clock.now()
        message_id = make_message_id(self.tokens.token(), ticket_id, self.config.helpdesk.domain)
        raw = compose(mail, self.sender, message_id, now.astimezone(self.config.helpdesk.zone))
        automatic = mail.auto_submitted is not None
        envelope_from = "" if automatic and self.config.outgoing.null_sender_for_auto else self.config.helpdesk.address
        return StagedMail(
            mail=mail,
            kind=kind,
            ticket_id=ticket_id,
            message_id=message_id,
            raw=raw,
            sender=self.sender,
            envelope_from=envelope_from,
            at=now,
        )

    def queue(self, session: Session, mail: OutgoingMail, kind: MessageKind, ticket_id: int | None) -> StoredMessage:
        """Store the exact bytes we will send and an outbox row pointing at them."""
        staged = self.stage(mail, kind, ticket_id)
        row = StoredMessage(**staged.message_values())
        session.add(row)
        session.flush()
        assert row.id is not None
        session.add(OutboxItem(**staged.outbox_values(row.id)))
        return row

    def ack_mail(self, ticket: TicketBrief, request: MessageBrief, fields: RequestFields) -> OutgoingMail:
        """The requester's receipt: ticket number, what we understood, when to expect an answer."""
        language = ticket.language
        wording = self.wording(language)
        missing = missing_items(RequestType(ticket.type), fields)
        body = self.renderer.render(
            "ticket",
            "ack",
            "requester",
            language,
            requester_name=ticket.requester_name,
            tag=self.tag(ticket.id),
            request_type=ticket.type,
            fields=field_lines(fields, wording),
            missing=[wording.label("missing", key) for key in missing],
            sla_minutes=self.config.sla.first_response_minutes,
            helpdesk_name=self.config.helpdesk.name,
            **self.service_promise(ticket.created_at, language),
        )
        return OutgoingMail(
            to=(request.from_addr,),
            subject=tagged_subject(ticket.subject, self.config.helpdesk.tag, ticket.id),
            body=body,
            in_reply_to=request.message_id,
            references=(*request.references.split(), request.message_id),
            auto_submitted="auto-replied",
        )

    def too_large(
        self, session: Session, parsed: ParsedMessage, size: int, limit: int, language: str
    ) -> StoredMessage | None:
        recipient = parsed.reply_address
        if (
            queries.auto_replies_since(session, [recipient], self.clock.now() - AUTO_REPLY_WINDOW).get(recipient, 0)
            >= self.config.helpdesk.auto_reply_cap_per_hour
        ):
            return None
        body = self.renderer.render(
            "ticket",
            "too-large",
            "requester",
            language,
            requester_name=parsed.from_name,
            subject=parsed.subject,
            size_mb=round(size / 1048576, 1),
            limit_mb=round(limit / 1048576, 1),
            helpdesk_name=self.config.helpdesk.name,
        )
        mail = OutgoingMail(
            to=(recipient,),
            subject=f"Re: {parsed.subject}"[:200],
            body=body,
            in_reply_to=None if parsed.message_id_generated else parsed.message_id,
            references=() if parsed.message_id_generated else (parsed.message_id,),
            auto_submitted="auto-replied",
        )
        return self.queue(session, mail, MessageKind.ACK, None)

    def notify_staff(
        self,
        session: Session,
        ticket: Ticket,
        message: StoredMessage,
        fields: RequestFields,
        *,
        event: str,
        attachments: tuple[str, ...],
        history: tuple[HistoryLine, ...] = (),
    ) -> StoredMessage | None:
        """A notice to staff.notify, threaded under the ticket's first notice."""
        assert ticket.id is not None
        if not self.config.staff.notify:
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
        )
        rows = [self.queue(session, mail, MessageKind.NOTICE, ticket.id) for mail in mails]
        return rows[0] if rows else None

    def notice_mails(
        self,
        ticket: TicketBrief,
        message: MessageBrief,
        fields: RequestFields,
        *,
        event: str,
        attachments: tuple[str, ...],
        history: tuple[HistoryLine, ...] = (),
        first_notice: str | None = None,
    ) -> tuple[OutgoingMail, ...]:
        """What staff read about a new ticket or a new message on one, one mail per staff language."""
        due = ticket.created_at + timedelta(minutes=self.config.sla.first_response_minutes)
        topic = clean_subject(ticket.subject, self.config.helpdesk.tag)
        mails: list[OutgoingMail] = []
        for language, recipients in self.config.staff.notify_by_language().items():
            wording = self.wording(language)
            body = self.renderer.render(
                "ticket",
                "notice",
                "staff",
                language,
                event=event,
                tag=self.tag(ticket.id),
                requester=f"{ticket.requester_name} <{ticket.requester}>",
                sender=f"{message.from_name} <{message.from_addr}>",
                request_type=ticket.type,
                needs_triage=ticket.needs_triage,
                confidence=ticket.confidence,
                reasons=[wording.reason(reason) for reason in ticket.reasons[:4]],
                status=ticket.status,
                received_at=message.received_at,
                due_at=due,
                sla_minutes=self.config.sla.first_response_minutes,
                fields=field_lines(fields, wording),
                missing=[wording.label("missing", key) for key in missing_items(RequestType(ticket.type), fields)],
                attachments=attachments,
                subject=message.subject,
                text=message.new_text,
                history=history,
            )
            if language == "en":
                prefix = "New" if event == "new" else "New message"
            else:
                prefix = "Baru" if event == "new" else "Pesan baru"
            mails.append(
                OutgoingMail(
                    to=recipients,
                    subject=f"{self.tag(ticket.id)} {prefix}: {topic}",
                    body=body,
                    in_reply_to=first_notice,
                    references=(first_notice,) if first_notice else (),
                    auto_submitted="auto-generated",
                    reply_to=self.reply_address(ticket.id),
                )
            )
        return tuple(mails)
