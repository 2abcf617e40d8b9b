"""Mail to the person who asked: the receipt, the too-large notice, staff answers, resolutions, rating thanks."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from daemon.classify.completeness import missing_items
from daemon.classify.model import RequestFields, RequestType
from daemon.clock import Clock
from daemon.outgoing.composer import OutgoingAttachment, OutgoingMail
from daemon.outgoing.mail_context import MessageBrief, TicketBrief, field_lines
from daemon.outgoing.mail_settings import AUTO_REPLY_WINDOW, MailSettings
from daemon.outgoing.outbox_writer import OutboxWriter
from daemon.outgoing.renderer import Renderer
from daemon.sla import promised_by
from daemon.wording import Wording
from parsers.message import AttachmentInfo, ParsedMessage
from parsers.subject import clean_subject, tagged_subject
from storage import queries
from storage.mail_tables import StoredMessage
from storage.models import Direction, MessageKind, Ticket

LOW_RATING = 2  # a rating of 1 or 2 out of 5 is a complaint, not a compliment
# What the requester has seen of the thread; internal notes and staff notices are never among them.
_REQUESTER_VISIBLE = {
    MessageKind.REQUEST,
    MessageKind.FOLLOWUP,
    MessageKind.ACK,
    MessageKind.STAFF_REPLY,
    MessageKind.RESOLUTION,
    MessageKind.RATING,
}


@dataclass(frozen=True)
class ServicePromise:
    """What the receipt may promise: the target inside service hours, else when the unit opens and answers."""

    service_hours: str
    in_hours: bool
    holiday: str | None
    opens_at: str
    respond_by: str


class ToRequester:
    def __init__(self, renderer: Renderer, writer: OutboxWriter, settings: MailSettings, clock: Clock) -> None:
        self.renderer = renderer
        self.writer = writer
        self.settings = settings
        self.clock = clock

    def _thread(self, session: Session, ticket: Ticket) -> tuple[str | None, tuple[str, ...]]:
        """(In-Reply-To, References) so the requester's client files our mail under their own thread."""
        assert ticket.id is not None
        visible = [
            message
            for message in queries.messages_of_ticket(session, ticket.id)
            if message.kind in _REQUESTER_VISIBLE
            and (message.direction == Direction.OUT or message.from_addr == ticket.requester)
        ]
        theirs = [message for message in visible if message.direction == Direction.IN]
        in_reply_to = theirs[-1].message_id if theirs else None
        return in_reply_to, tuple(message.message_id for message in visible)

    def wording(self, language: str) -> Wording:
        return Wording(language, self.settings.zone)

    def service_promise(self, arrival: datetime, language: str) -> ServicePromise:
        wording = self.wording(language)
        calendar = self.settings.calendar
        opens = calendar.next_opening(arrival)
        local_day = arrival.astimezone(self.settings.zone).date()
        return ServicePromise(
            service_hours=wording.hours(calendar.week),
            in_hours=opens <= arrival,
            holiday=calendar.holiday_name(local_day, language),
            opens_at=wording.when(opens),
            respond_by=wording.when(promised_by(arrival, self.settings.first_response_minutes, calendar)),
        )

    def _subject(self, ticket: Ticket) -> str:
        assert ticket.id is not None
        return tagged_subject(ticket.subject, self.settings.ticket_tag, ticket.id)

    def ack_mail(
        self, ticket: TicketBrief, request: MessageBrief, fields: RequestFields, outage_since: datetime | None = None
    ) -> OutgoingMail:
        """The requester's receipt: ticket number, what we understood, when to expect an answer.

        An e-learning support request during a known e-learning outage is told so, and since when."""
        language = ticket.language
        wording = self.wording(language)
        outage = outage_since is not None and ticket.type == RequestType.ELEARNING_SUPPORT
        body = self.renderer.render(
            "ticket",
            "ack",
            "requester",
            language,
            requester_name=ticket.requester_name,
            tag=self.settings.tag(ticket.id),
            request_type=ticket.type,
            fields=field_lines(fields, wording),
            missing=[wording.label("missing", key) for key in missing_items(RequestType(ticket.type), fields)],
            sla_minutes=self.settings.first_response_minutes,
            helpdesk_name=self.settings.helpdesk_name,
            **asdict(self.service_promise(ticket.created_at, language)),
            outage_since=wording.when(outage_since) if outage else "",
        )
        return OutgoingMail(
            to=(request.from_addr,),
            subject=tagged_subject(ticket.subject, self.settings.ticket_tag, ticket.id),
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
            >= self.settings.auto_reply_cap_per_hour
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
            helpdesk_name=self.settings.helpdesk_name,
        )
        mail = OutgoingMail(
            to=(recipient,),
            subject=Wording(language).subject("reply", subject=parsed.subject)[:200],
            body=body,
            in_reply_to=None if parsed.message_id_generated else parsed.message_id,
            references=() if parsed.message_id_generated else (parsed.message_id,),
            auto_submitted="auto-replied",
        )
        return self.writer.queue(session, mail, MessageKind.ACK, None)

    def relay(
        self, session: Session, ticket: Ticket, text: str, staff_name: str, attachments: tuple[AttachmentInfo, ...]
    ) -> StoredMessage:
        """A staff member's words to the requester, from the helpdesk address, as a human reply."""
        assert ticket.id is not None
        body = self.renderer.render(
            "ticket",
            "relay",
            "requester",
            ticket.language,
            text=text,
            staff_name=staff_name,
            helpdesk_name=self.settings.helpdesk_name,
            tag=self.settings.tag(ticket.id),
        )
        in_reply_to, references = self._thread(session, ticket)
        unnamed = Wording(ticket.language).label("mail", "attachment")
        mail = OutgoingMail(
            to=(ticket.requester,),
            subject=self._subject(ticket),
            body=body,
            in_reply_to=in_reply_to,
            references=references,
            auto_submitted=None,
            attachments=tuple(
                OutgoingAttachment(item.filename or unnamed, item.content_type, item.content) for item in attachments
            ),
        )
        return self.writer.queue(session, mail, MessageKind.STAFF_REPLY, ticket.id)

    def automatic(
        self,
        session: Session,
        ticket: Ticket,
        event: str,
        message_kind: MessageKind,
        auto_submitted: str,
        /,
        **context: Any,
    ) -> StoredMessage:
        """An automatic mail from template ticket/<event>.requester.<lang>, in the requester's own thread."""
        assert ticket.id is not None
        body = self.renderer.render(
            "ticket",
            event,
            "requester",
            ticket.language,
            requester_name=ticket.requester_name,
            tag=self.settings.tag(ticket.id),
            helpdesk_name=self.settings.helpdesk_name,
            **context,
        )
        in_reply_to, references = self._thread(session, ticket)
        mail = OutgoingMail(
            to=(ticket.requester,),
            subject=self._subject(ticket),
            body=body,
            in_reply_to=in_reply_to,
            references=references,
            auto_submitted=auto_submitted,
        )
        return self.writer.queue(session, mail, message_kind, ticket.id)

    def resolution(self, session: Session, ticket: Ticket) -> StoredMessage:
        return self.automatic(
            session,
            ticket,
            "resolution",
            MessageKind.RESOLUTION,
            "auto-generated",
            subject=clean_subject(ticket.subject, self.settings.ticket_tag),
            request_type=ticket.type,
        )

    def fields_complete(self, session: Session, ticket: Ticket, fields: RequestFields) -> StoredMessage | None:
        """A short thanks when the requester's reply completed what the receipt asked for, with what we now know;
        nothing when the requester's hourly cap of automatic replies is reached."""
        since = self.clock.now() - AUTO_REPLY_WINDOW
        if queries.auto_replies_since(session, [ticket.requester], since).get(ticket.requester, 0) >= (
            self.settings.auto_reply_cap_per_hour
        ):
            return None
        return self.automatic(
            session,
            ticket,
            "fields-complete",
            MessageKind.ACK,
            "auto-replied",
            fields=self._complete_lines(fields, self.wording(ticket.language)),
        )

    @staticmethod
    def _complete_lines(fields: RequestFields, wording: Wording) -> list[tuple[str, str]]:
        """What the request now says, an announcement's text included (it was what the receipt asked for)."""
        text = [(wording.label("fields", "text"), fields.text)] if fields.text and fields.text.strip() else []
        return field_lines(fields, wording) + text

    def rating_reply(self, session: Session, ticket: Ticket, rating: int) -> StoredMessage:
        """Thanks for a good rating; for a rating of 1 or 2, an apology and the promise that staff will follow up."""
        event = "rating-low" if rating <= LOW_RATING else "rating-thanks"
        return self.automatic(session, ticket, event, MessageKind.RATING, "auto-replied", rating=rating)
