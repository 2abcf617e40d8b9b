"""Plan the mail a staff action causes: relayed replies, resolutions, rating thanks, command problems."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from daemon.outgoing.composer import OutgoingAttachment, OutgoingMail
from daemon.outgoing.planner import ReplyPlanner
from parsers.message import AttachmentInfo
from parsers.subject import clean_subject, tagged_subject
from storage import queries
from storage.models import Direction, MessageKind, StoredMessage, Ticket

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


NOT_APPLIED_SUBJECTS = {
    "command-problem": "Perintah tidak dipahami",
    "command-refused": "Balasan tidak dijalankan",
}


class RelayPlanner:
    def __init__(self, planner: ReplyPlanner) -> None:
        self.planner = planner
        self.config = planner.config

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

    def _subject(self, ticket: Ticket) -> str:
        assert ticket.id is not None
        return tagged_subject(ticket.subject, self.config.helpdesk.tag, ticket.id)

    def relay(
        self, session: Session, ticket: Ticket, text: str, staff_name: str, attachments: tuple[AttachmentInfo, ...]
    ) -> StoredMessage:
        """A staff member's words to the requester, from the helpdesk address, as a human reply."""
        assert ticket.id is not None
        body = self.planner.renderer.render(
            "ticket",
            "relay",
            "requester",
            ticket.language,
            text=text,
            staff_name=staff_name,
            helpdesk_name=self.config.helpdesk.name,
            tag=self.planner.tag(ticket.id),
        )
        in_reply_to, references = self._thread(session, ticket)
        mail = OutgoingMail(
            to=(ticket.requester,),
            subject=self._subject(ticket),
            body=body,
            in_reply_to=in_reply_to,
            references=references,
            auto_submitted=None,
            attachments=tuple(
                OutgoingAttachment(item.filename or "lampiran", item.content_type, item.content) for item in attachments
            ),
        )
        return self.planner.queue(session, mail, MessageKind.STAFF_REPLY, ticket.id)

    def to_requester(
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
        body = self.planner.renderer.render(
            "ticket",
            event,
            "requester",
            ticket.language,
            requester_name=ticket.requester_name,
            tag=self.planner.tag(ticket.id),
            helpdesk_name=self.config.helpdesk.name,
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
        return self.planner.queue(session, mail, message_kind, ticket.id)

    def resolution(self, session: Session, ticket: Ticket) -> StoredMessage:
        return self.to_requester(
            session,
            ticket,
            "resolution",
            MessageKind.RESOLUTION,
            "auto-generated",
            subject=clean_subject(ticket.subject, self.config.helpdesk.tag),
            request_type=ticket.type,
        )

    def rating_reply(self, session: Session, ticket: Ticket, rating: int) -> StoredMessage:
        """Thanks for a good rating; for a rating of 1 or 2, an apology and the promise that staff will follow up."""
        event = "rating-low" if rating <= LOW_RATING else "rating-thanks"
        return self.to_requester(session, ticket, event, MessageKind.RATING, "auto-replied", rating=rating)

    def low_rating_notice(self, session: Session, ticket: Ticket, rating: int, text: str) -> None:
        """Staff hear of a rating of 1 or 2 at once, on the ticket's own notice thread, in their language."""
        assert ticket.id is not None
        first = queries.first_message_of_ticket(session, ticket.id, MessageKind.NOTICE)
        for language, recipients in self.config.staff.notify_by_language().items():
            body = self.planner.renderer.render(
                "ticket",
                "low-rating",
                "staff",
                language,
                tag=self.planner.tag(ticket.id),
                rating=rating,
                text=text,
                requester=f"{ticket.requester_name} <{ticket.requester}>",
                request_type=ticket.type,
                subject=clean_subject(ticket.subject, self.config.helpdesk.tag),
                assignee=ticket.assignee or "",
                resolved_at=ticket.resolved_at,
            )
            label = "Low rating" if language == "en" else "Penilaian rendah"
            mail = OutgoingMail(
                to=recipients,
                subject=f"{self.planner.tag(ticket.id)} {label}: {rating}/5",
                body=body,
                in_reply_to=first.message_id if first else None,
                references=(first.message_id,) if first else (),
                auto_submitted="auto-generated",
                reply_to=self.planner.reply_address(ticket.id),
            )
            self.planner.queue(session, mail, MessageKind.NOTICE, ticket.id)

    def not_applied(
        self, session: Session, ticket: Ticket, staff: str, reply_to: str, event: str, /, **context: Any
    ) -> StoredMessage:
        """Tell a staff address what of its reply was not done and why (template ticket/<event>.staff.id)."""
        assert ticket.id is not None
        body = self.planner.renderer.render("ticket", event, "staff", "id", tag=self.planner.tag(ticket.id), **context)
        mail = OutgoingMail(
            to=(staff,),
            subject=f"{self.planner.tag(ticket.id)} {NOT_APPLIED_SUBJECTS[event]}",
            body=body,
            in_reply_to=reply_to,
            references=(reply_to,),
            auto_submitted="auto-replied",
        )
        return self.planner.queue(session, mail, MessageKind.NOTICE, ticket.id)
