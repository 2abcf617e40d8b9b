"""Open a ticket for each new request of a run, with its receipt and staff notice, in a few bulk inserts."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from daemon.classify.model import Classification, RequestType
from daemon.config import Config
from daemon.outgoing.attached_files import attached_files
from daemon.outgoing.mail_context import MessageBrief, TicketBrief
from daemon.outgoing.mail_layer import Outgoing
from daemon.outgoing.mail_settings import AUTO_REPLY_WINDOW
from daemon.outgoing.staged_mail import StagedMail
from daemon.staff.moodle_approval import KINDS
from daemon.ticket_record import IncomingMail, attachment_rows, incoming_row
from parsers.message import ParsedMessage
from storage import queries
from storage.availability import known_outage
from storage.models import EventKind, MessageKind, TicketStatus
from storage.rows import EventRow, MoodleOperationRow, TicketRow, insert_all, insert_returning_ids

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NewRequest:
    """A message that starts a ticket, read and classified, not yet stored."""

    mail: IncomingMail
    parsed: ParsedMessage
    classification: Classification
    new_text: str
    language: str
    linked: int | None = None

    def ticket_brief(self, ticket_id: int) -> TicketBrief:
        result, parsed = self.classification, self.parsed
        return TicketBrief(
            id=ticket_id,
            type=result.type,
            requester=parsed.from_addr,
            requester_name=parsed.from_name,
            subject=parsed.subject,
            language=self.language,
            confidence=result.confidence,
            needs_triage=result.needs_triage,
            reasons=result.reasons,
            status=TicketStatus.OPEN,
            created_at=self.mail.received_at,
        )

    def message_brief(self) -> MessageBrief:
        parsed = self.parsed
        return MessageBrief(
            message_id=parsed.message_id,
            references=" ".join(parsed.references),
            from_addr=parsed.from_addr,
            from_name=parsed.from_name,
            subject=parsed.subject,
            new_text=self.new_text,
            received_at=self.mail.received_at,
        )


class TicketOpener:
    """One statement per table for a whole run: a backlog of thousands costs a few round trips per batch."""

    def __init__(self, config: Config, outgoing: Outgoing) -> None:
        self.config = config
        self.outgoing = outgoing

    def open(self, session: Session, requests: Sequence[NewRequest], now: datetime) -> list[int]:
        """The new tickets' numbers, in the order of `requests`."""
        if not requests:
            return []
        ticket_ids = insert_returning_ids(session, [self._ticket_row(request, now) for request in requests])
        request_rows = [
            incoming_row(request.mail, request.parsed, ticket_id, MessageKind.REQUEST, request.new_text)
            for request, ticket_id in zip(requests, ticket_ids, strict=True)
        ]
        request_row_ids = insert_returning_ids(session, request_rows)
        insert_all(
            session,
            [
                row
                for request, row_id in zip(requests, request_row_ids, strict=True)
                for row in attachment_rows(row_id, request.parsed)
            ],
        )
        events = [
            self._created_event(request, ticket_id) for request, ticket_id in zip(requests, ticket_ids, strict=True)
        ]
        staged, suppressed = self._replies(session, requests, ticket_ids, now)
        staged_row_ids = insert_returning_ids(session, [mail.message_row() for mail in staged])
        insert_all(session, [mail.outbox_row(row_id) for mail, row_id in zip(staged, staged_row_ids, strict=True)])
        insert_all(session, events + suppressed)
        insert_all(session, self._moodle_previews(requests, ticket_ids))
        return ticket_ids

    def _ticket_row(self, request: NewRequest, now: datetime) -> TicketRow:
        result = request.classification
        parsed = request.parsed
        return TicketRow(
            type=result.type,
            requester=parsed.from_addr,
            requester_name=parsed.from_name,
            subject=parsed.subject,
            language=request.language,
            channel=request.mail.channel,
            confidence=result.confidence,
            needs_triage=result.needs_triage,
            fields_json=result.fields.to_json(),
            reasons_json=json.dumps(list(result.reasons), ensure_ascii=False),
            course_code=result.fields.course_code,
            linked_ticket_id=request.linked,
            created_at=request.mail.received_at,
            updated_at=now,
        )

    @staticmethod
    def _created_event(request: NewRequest, ticket_id: int) -> EventRow:
        result = request.classification
        linked = request.linked
        return EventRow(
            ticket_id=ticket_id,
            at=request.mail.received_at,
            kind=EventKind.CREATED,
            actor=request.parsed.from_addr,
            detail=f"type {result.type} ({result.confidence:.2f}) via {request.mail.channel}"
            + (f", follows closed ticket #{linked}" if linked else ""),
            message_id=request.parsed.message_id,
        )

    def _replies(
        self, session: Session, requests: Sequence[NewRequest], ticket_ids: Sequence[int], now: datetime
    ) -> tuple[list[StagedMail], list[EventRow]]:
        """Receipts (within each address's hourly cap, counting this run), staff notices, and suppressed receipts."""
        cap = self.config.helpdesk.auto_reply_cap_per_hour
        recipients = sorted({request.parsed.from_addr for request in requests if request.mail.channel == "email"})
        counts = Counter(queries.auto_replies_since(session, recipients, now - AUTO_REPLY_WINDOW))
        staged: list[StagedMail] = []
        suppressed: list[EventRow] = []
        elearning = any(request.classification.type == RequestType.ELEARNING_SUPPORT for request in requests)
        watched = [probe.name for probe in self.config.availability.probe if probe.elearning]
        outage_since = known_outage(session, watched) if elearning else None
        for request, ticket_id in zip(requests, ticket_ids, strict=True):
            brief, incoming = request.ticket_brief(ticket_id), request.message_brief()
            fields = request.classification.fields
            recipient = incoming.from_addr
            if request.parsed.sender_problem:
                detail = f"no receipt: {request.parsed.sender_problem}"
                suppressed.append(
                    EventRow(
                        ticket_id=ticket_id,
                        at=now,
                        kind=EventKind.ACK_WITHHELD,
                        detail=detail,
                        message_id=incoming.message_id,
                    )
                )
                log.warning("ticket %s message %s: %s", ticket_id, incoming.message_id, detail)
            elif request.mail.channel == "email" and counts[recipient] >= cap:
                detail = f"{counts[recipient]} automatic replies to {recipient} in the last hour"
                suppressed.append(
                    EventRow(
                        ticket_id=ticket_id,
                        at=now,
                        kind=EventKind.ACK_SUPPRESSED,
                        detail=detail,
                        message_id=incoming.message_id,
                    )
                )
                log.warning(
                    "ticket %s message %s: acknowledgement suppressed, rate limit for %s",
                    ticket_id,
                    incoming.message_id,
                    recipient,
                )
            elif request.mail.channel == "email":
                counts[recipient] += 1
                ack = self.outgoing.to_requester.ack_mail(brief, incoming, fields, outage_since)
                staged.append(self.outgoing.writer.stage(ack, MessageKind.ACK, ticket_id))
            if self.config.staff.notify:
                attachments = attached_files(request.parsed.attachments)
                for notice in self.outgoing.to_staff.notice_mails(
                    brief, incoming, fields, event="new", attachments=attachments
                ):
                    staged.append(self.outgoing.writer.stage(notice, MessageKind.NOTICE, ticket_id))
        return staged, suppressed

    def _moodle_previews(self, requests: Sequence[NewRequest], ticket_ids: Sequence[int]) -> list[MoodleOperationRow]:
        """The worker reads each course from Moodle and sends staff the before/after preview."""
        sites = self.config.moodle.all_sites()
        if not sites:
            return []
        site = next(iter(sites))
        return [
            MoodleOperationRow(ticket_id, site, KINDS[request.classification.type], "preview")
            for request, ticket_id in zip(requests, ticket_ids, strict=True)
            if request.classification.type in KINDS
        ]
