"""Keep mail that cannot be taken in, whole and outside any ticket, where staff can look at it."""

from __future__ import annotations

import logging

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from daemon.clock import Clock
from daemon.errors import storage_unavailable_is_transient
from daemon.outgoing.to_requester import ToRequester
from daemon.pipeline.outcome import IngestResult, Outcome
from daemon.ticket_record import IncomingMail, record_event
from parsers.automail import ScreeningContext, screen
from parsers.errors import MalformedMessageError
from parsers.language import detect_language
from parsers.message import generated_message_id, parse_message
from storage import queries
from storage.models import Direction, EventKind, MessageKind
from storage.rows import MessageRow, add

log = logging.getLogger(__name__)


class Quarantine:
    """The raw bytes with the reason, under a Message-ID of their own when theirs cannot be read."""

    def __init__(self, engine: Engine, clock: Clock, to_requester: ToRequester, screening: ScreeningContext) -> None:
        self.engine = engine
        self.clock = clock
        self.to_requester = to_requester
        self.screening = screening

    def too_large(self, mail: IncomingMail, limit: int) -> IngestResult:
        """Quarantine it whole, and tell a human sender politely (machine mail gets no answer)."""
        result = self.keep(mail, f"message of {len(mail.raw)} bytes exceeds the limit of {limit}")
        head = mail.raw[:65536].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
        try:
            parsed = parse_message(head + b"\r\n\r\n(body not read: too large)\r\n")
        except MalformedMessageError:
            return result
        if screen(parsed, self.screening).is_machine or not parsed.from_addr or parsed.sender_problem:
            return result
        with storage_unavailable_is_transient(), Session(self.engine) as session:
            self.to_requester.too_large(session, parsed, len(mail.raw), limit, detect_language(parsed.subject, "id"))
            session.commit()
        return result

    def keep(self, mail: IncomingMail, error: str) -> IngestResult:
        """Keep the raw bytes with the error, outside any ticket, for staff to look at."""
        try:
            with storage_unavailable_is_transient(), Session(self.engine) as session:
                result = self.row(session, mail, error)
                session.commit()
        except IntegrityError:
            return IngestResult(Outcome.QUARANTINED, generated_message_id(mail.raw), detail=error)
        return result

    def row(self, session: Session, mail: IncomingMail, error: str) -> IngestResult:
        """Within the caller's transaction."""
        message_id = generated_message_id(mail.raw)
        if queries.message_by_message_id(session, message_id) is None:
            add(
                session,
                MessageRow(
                    ticket_id=None,
                    direction=Direction.IN,
                    kind=MessageKind.QUARANTINED,
                    message_id=message_id,
                    source_ref=mail.source_ref,
                    channel=mail.channel,
                    error=error[:4000],
                    size=len(mail.raw),
                    received_at=mail.received_at,
                    raw=mail.raw,
                ),
            )
            record_event(
                session, at=self.clock.now(), kind=EventKind.QUARANTINED, detail=error[:1000], message_id=message_id
            )
            session.flush()
        log.error("message %s quarantined: %s", message_id, error)
        return IngestResult(Outcome.QUARANTINED, message_id, detail=error)
