"""Take one raw message through parse, screen, thread, classify and store, in one transaction."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from daemon.classify.corrections import ExampleCache
from daemon.classify.memory import ExampleMemory
from daemon.classify.message_text import body_parts, classify_message
from daemon.clock import Clock
from daemon.config import Config
from daemon.errors import storage_unavailable_is_transient
from daemon.outgoing.mail_layer import Outgoing
from daemon.outgoing.reply_address import signed_ticket
from daemon.pipeline.conversation import ThreadMatch, find_thread
from daemon.pipeline.follow_up import handle_followup
from daemon.pipeline.new_tickets import NewRequest, TicketOpener
from daemon.pipeline.outcome import IngestResult, Outcome
from daemon.pipeline.parse_worker import Reading, Unreadable, read_all
from daemon.pipeline.quarantine import Quarantine
from daemon.pipeline.requester_fields import ReplyFieldSettings
from daemon.staff.authentication import check_staff
from daemon.staff.desk import StaffDesk
from daemon.ticket_record import IncomingMail, store_incoming
from parsers.addresses import as_sent_by_reply_to
from parsers.automail import LOOP_HEADER, ScreeningContext, ScreeningVerdict, relayed_for_person, screen
from parsers.language import detect_language
from parsers.message import ParsedMessage
from parsers.subject import find_ticket_number
from storage import queries
from storage.mail_tables import StoredMessage
from storage.models import MessageKind, Ticket, TicketStatus

log = logging.getLogger(__name__)


class Pipeline:
    """Stores each message exactly once and plans the replies it needs, all or nothing."""

    def __init__(
        self,
        config: Config,
        engine: Engine,
        clock: Clock,
        outgoing: Outgoing,
        reply_key: bytes | None = None,
    ):
        self.config = config
        self.engine = engine
        self.clock = clock
        self.outgoing = outgoing
        self.reply_key = reply_key
        self.staff_desk = StaffDesk(config, outgoing.to_requester, outgoing.to_staff)
        self.opener = TicketOpener(config, outgoing)
        self.calendar = config.calendar()
        self.example_cache = ExampleCache()
        self.screening = ScreeningContext(config.own_addresses(), config.helpdesk.address)
        self.quarantine = Quarantine(engine, clock, outgoing.to_requester, self.screening)
        self.reply_fields = ReplyFieldSettings(config.helpdesk.tag, config.helpdesk.zone)

    def ingest(self, mail: IncomingMail, *, replacing: int | None = None) -> IngestResult:
        """One message, as a batch of one. Raise TransientError when storage is unavailable; everything else ends
        in a stored outcome.

        `replacing`: the row of this same mail in quarantine, deleted in the same transaction (quarantine retry)."""
        try:
            # A quarantine retry replaces the row that holds this very mailbox reference.
            if mail.source_ref and replacing is None:
                with storage_unavailable_is_transient(), Session(self.engine) as session:
                    if queries.message_by_source_ref(session, mail.source_ref) is not None:
                        return IngestResult(Outcome.DUPLICATE, "", detail="mailbox reference already stored")
            (result,) = self.ingest_batch([mail]) if replacing is None else self._commit_batch([mail], None, replacing)
        except IntegrityError:
            # Another instance (or a retry) committed the same message first: that copy is the one.
            return IngestResult(Outcome.DUPLICATE, "", detail="stored concurrently")
        return result

    def ingest_batch(
        self, mails: Sequence[IncomingMail], readings: Sequence[Reading] | None = None
    ) -> list[IngestResult]:
        """Many messages in one transaction, at a backlog's pace; all stored or none.

        Raise TransientError when storage is unavailable; any other error means: take them one at a time."""
        return self._commit_batch(mails, readings, None)

    def _commit_batch(
        self, mails: Sequence[IncomingMail], readings: Sequence[Reading] | None, replacing: int | None
    ) -> list[IngestResult]:
        with storage_unavailable_is_transient(), Session(self.engine) as session:
            if replacing is not None:
                session.execute(delete(StoredMessage).where(col(StoredMessage.id) == replacing))
            results = self._ingest_together(session, mails, readings or read_all([mail.raw for mail in mails]))
            session.commit()
        for result in results:
            if result.outcome is Outcome.NEW_TICKET:
                log.info("ticket %s message %s: new %s ticket", result.ticket_id, result.message_id, result.detail)
        return results

    def _ingest_together(
        self, session: Session, mails: Sequence[IncomingMail], readings: Sequence[Reading]
    ) -> list[IngestResult]:
        parsed_mails = list(zip(mails, readings, strict=True))
        seen = queries.stored_message_ids(
            session, [parsed.message_id for _, parsed in parsed_mails if not isinstance(parsed, Unreadable)]
        )
        examples = self.examples(session)
        results: list[IngestResult | None] = []
        waiting: list[tuple[int, NewRequest]] = []

        def open_waiting() -> None:
            numbers = self.opener.open(session, [request for _, request in waiting], self.clock.now())
            for (index, request), number in zip(waiting, numbers, strict=True):
                results[index] = IngestResult(
                    Outcome.NEW_TICKET, request.parsed.message_id, number, request.classification.type
                )
            waiting.clear()

        for mail, parsed in parsed_mails:
            if isinstance(parsed, Unreadable):
                results.append(self.quarantine.row(session, mail, parsed.reason))
                continue
            if parsed.message_id in seen:
                results.append(IngestResult(Outcome.DUPLICATE, parsed.message_id, detail="Message-ID already stored"))
                continue
            seen.add(parsed.message_id)
            if self._may_belong_to_a_ticket(parsed):
                open_waiting()  # so that a reply to a request of this same batch finds its ticket
            route = self._route(session, parsed, mail.received_at)
            if route.is_new:
                waiting.append((len(results), self._new_request(mail, route, examples)))
                results.append(None)
            else:
                open_waiting()
                results.append(self._handle(session, mail, route))
        open_waiting()
        done = [result for result in results if result is not None]
        assert len(done) == len(results)
        return done

    def _may_belong_to_a_ticket(self, parsed: ParsedMessage) -> bool:
        """Whether threading has anything to look up; without it a human's mail is a new request."""
        return bool(
            parsed.in_reply_to
            or parsed.references
            or find_ticket_number(parsed.subject, self.config.helpdesk.tag) is not None
            or (self.reply_key and signed_ticket(parsed, self.config.helpdesk.address, self.reply_key) is not None)
        )

    def _route(self, session: Session, parsed: ParsedMessage, received_at: datetime) -> Route:
        verdict = screen(parsed, self.screening)
        parsed = without_private_headers(parsed)
        if not verdict.is_machine and relayed_for_person(parsed, self.screening):
            log.info("message %s: relayed by %s for %s", parsed.message_id, parsed.from_addr, parsed.reply_to)
            parsed = as_sent_by_reply_to(parsed)
        thread = find_thread(session, parsed, self.config.helpdesk.tag)
        if thread.ticket_id is None and self.reply_key is not None:
            signed = signed_ticket(parsed, self.config.helpdesk.address, self.reply_key)
            if signed is not None and session.get(Ticket, signed) is not None:
                thread = replace(thread, ticket_id=signed)
        ticket = session.get(Ticket, thread.ticket_id) if thread.ticket_id is not None else None
        if ticket is not None and not verdict.is_machine and self._closed_long_ago(ticket, received_at):
            return Route(parsed, verdict, thread, None, linked=ticket.id)
        return Route(parsed, verdict, thread, ticket)

    def _handle(self, session: Session, mail: IncomingMail, route: Route) -> IngestResult:
        """Machine mail, or a message on an existing ticket."""
        parsed, thread = route.parsed, route.thread
        parts = body_parts(parsed)
        if route.verdict.is_machine:
            summary = route.verdict.summary
            store_incoming(session, mail, parsed, thread.ticket_id, MessageKind.AUTO, parts.new, summary)
            log.info(
                "ticket %s message %s: screened as machine mail (%s)", thread.ticket_id, parsed.message_id, summary
            )
            return IngestResult(Outcome.SCREENED, parsed.message_id, thread.ticket_id, summary)
        ticket = route.ticket
        assert ticket is not None
        settings = self.config.staff
        check = check_staff(
            parsed,
            settings.addresses,
            settings.trusted_authserv_ids,
            self.config.helpdesk.address,
            self.reply_key,
            ticket.id,
        )
        if check.is_staff_address:
            detail = self.staff_desk.handle(session, mail, parsed, ticket, check, parts.new, self.clock.now())
        else:
            detail = handle_followup(
                session,
                self.outgoing,
                mail,
                parsed,
                ticket,
                parts.new,
                thread.threaded_by,
                self.clock.now(),
                self.reply_fields,
            )
        return IngestResult(Outcome.FOLLOWUP, parsed.message_id, ticket.id, detail)

    def _closed_long_ago(self, ticket: Ticket, received_at: datetime) -> bool:
        """Long ago as seen from the message's own arrival, so a loaded history threads as it did then."""
        if ticket.status != TicketStatus.CLOSED or ticket.closed_at is None:
            return False
        return received_at - ticket.closed_at > timedelta(days=self.config.helpdesk.reopen_days)

    def examples(self, session: Session) -> ExampleMemory:
        """Staff corrections the classifier learns from."""
        return self.example_cache.load(session)

    def _new_request(self, mail: IncomingMail, route: Route, examples: ExampleMemory) -> NewRequest:
        parsed = route.parsed
        result, parts = classify_message(parsed, self.config.helpdesk.tag, mail.received_at, examples)
        if parsed.sender_problem:
            unclear = f"sender unclear ({parsed.sender_problem}): no receipt sent"
            result = replace(result, needs_triage=True, reasons=(unclear, *result.reasons))
        language = detect_language(f"{parsed.subject}\n{parts.for_classification}", self.config.helpdesk.language)
        return NewRequest(mail, parsed, result, parts.for_classification, language, route.linked)


@dataclass(frozen=True)
class Route:
    """Where a message goes: machine mail, a message on `ticket`, or (no ticket) a new request."""

    parsed: ParsedMessage
    verdict: ScreeningVerdict
    thread: ThreadMatch
    ticket: Ticket | None
    linked: int | None = None

    @property
    def is_new(self) -> bool:
        return not self.verdict.is_machine and self.ticket is None


def without_private_headers(parsed: ParsedMessage) -> ParsedMessage:
    """Headers only we may set (X-Helpdesk-*) mean nothing in mail that reached us from outside."""
    kept = tuple(
        (name, value)
        for name, value in parsed.headers
        if not name.lower().startswith("x-helpdesk-") and name.lower() != LOOP_HEADER.lower()
    )
    return replace(parsed, headers=kept) if len(kept) != len(parsed.headers) else parsed
