"""Send what the outbox holds, record each attempt, back off on temporary failures."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from daemon.clock import Clock
from daemon.errors import TransientError
from daemon.mailers import Mailer, MailSession, PermanentSendError, SendError, TemporarySendError
from storage import queries
from storage.models import Event, MessageKind, OutboxItem, OutboxStatus, StoredMessage, Ticket

log = logging.getLogger(__name__)

FIRST_RETRY = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)


@dataclass(frozen=True)
class OutboxReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, ... capped at one hour."""
    wait: timedelta = FIRST_RETRY * (2 ** min(max(attempts - 1, 0), 20))
    return min(wait, LONGEST_WAIT)


class OutboxSender:
    def __init__(self, engine: Engine, mailer: Mailer, clock: Clock, max_attempts: int) -> None:
        self.engine = engine
        self.mailer = mailer
        self.clock = clock
        self.max_attempts = max_attempts

    def run_pass(self, limit: int = 500) -> OutboxReport:
        """Send every due item once; one SMTP connection for the pass."""
        try:
            with Session(self.engine) as session:
                due = [item.id for item in queries.due_outbox(session, self.clock.now(), limit)]
        except OperationalError as error:
            raise TransientError(f"storage unavailable: {error.orig}") from error
        if not due:
            return OutboxReport()
        sent = retrying = failed = 0
        try:
            with self.mailer.session() as connection:
                for item_id in due:
                    assert item_id is not None
                    outcome = self._send_one(item_id, connection)
                    sent += outcome == "sent"
                    retrying += outcome == "retry"
                    failed += outcome == "failed"
        except SendError as error:
            # The server could not be reached or refused the login: every item waits for the next pass.
            log.warning("outbox: %d message(s) wait, mail server unavailable: %s", len(due) - sent, error)
            for item_id in due[sent + retrying + failed :]:
                assert item_id is not None
                self._record_failure(item_id, TemporarySendError(str(error)))
            retrying += len(due) - sent - retrying - failed
        return OutboxReport(sent, retrying, failed)

    def _send_one(self, item_id: int, connection: MailSession) -> str:
        with Session(self.engine) as session:
            item = session.get(OutboxItem, item_id)
            if item is None or item.status != OutboxStatus.PENDING:
                return "skipped"
            message = session.get(StoredMessage, item.message_row_id)
            assert message is not None
            raw, message_id = message.raw, message.message_id
            recipients = [address for address in item.recipients.split("\n") if address]
            envelope_from = item.envelope_from
            ticket_id, kind = item.ticket_id, item.kind
        try:
            connection.send(envelope_from, recipients, raw)
        except SendError as error:
            return self._record_failure(item_id, error)
        self._record_sent(item_id)
        log.info("ticket %s message %s: sent %s to %s", ticket_id, message_id, kind, ", ".join(recipients))
        return "sent"

    def _record_sent(self, item_id: int) -> None:
        now = self.clock.now()
        with Session(self.engine) as session:
            item = session.get(OutboxItem, item_id)
            assert item is not None
            item.status = OutboxStatus.SENT
            item.sent_at = now
            item.attempts += 1
            session.add(item)
            if item.kind == MessageKind.ACK and item.ticket_id is not None:
                ticket = session.get(Ticket, item.ticket_id)
                if ticket is not None and ticket.acked_at is None:
                    # The SLA counts the moment the server accepted the receipt, not when it was planned.
                    ticket.acked_at = now
                    session.add(ticket)
            session.commit()

    def _record_failure(self, item_id: int, error: SendError) -> str:
        now = self.clock.now()
        with Session(self.engine) as session:
            item = session.get(OutboxItem, item_id)
            assert item is not None
            item.attempts += 1
            item.last_error = str(error)[:2000]
            permanent = isinstance(error, PermanentSendError) or item.attempts >= self.max_attempts
            if permanent:
                item.status = OutboxStatus.FAILED
                session.add(
                    Event(
                        ticket_id=item.ticket_id,
                        at=now,
                        kind="send_failed",
                        detail=f"{item.kind} to {item.recipients}: {error}",
                    )
                )
                log.error("ticket %s outbox %s: %s failed for good: %s", item.ticket_id, item.id, item.kind, error)
            else:
                item.next_attempt_at = now + backoff(item.attempts)
                log.warning("ticket %s outbox %s: %s will be retried: %s", item.ticket_id, item.id, item.kind, error)
            session.add(item)
            session.commit()
        return "failed" if permanent else "retry"
