"""Send what the outbox holds, record each attempt, back off on temporary failures."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum

from sqlalchemy import Connection, Engine, bindparam, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from daemon.clock import Clock
from daemon.errors import storage_unavailable_is_transient
from daemon.outgoing.mailers import Mailer, MailSession, PermanentSendError, SendError, TemporarySendError
from daemon.ticket_record import record_event
from storage import queries
from storage.mail_tables import OutboxItem, OutboxStatus, StoredMessage
from storage.models import EventKind, MessageKind, Ticket

log = logging.getLogger(__name__)

FIRST_RETRY = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
# Mail to staff; everything else goes to requesters (receipts, answers, resolutions).
STAFF_KINDS = frozenset({MessageKind.NOTICE, MessageKind.REMINDER, MessageKind.ESCALATION, MessageKind.DIGEST})


class SendOutcome(Enum):
    """What became of one outbox item in a pass."""

    SENT = "sent"
    RETRY = "retry"  # a temporary failure: tried again after a backoff
    FAILED = "failed"  # refused for good, or out of attempts
    SKIPPED = "skipped"  # no longer pending (another pass or instance sent it)


@dataclass(frozen=True)
class OutboxReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0

    def __add__(self, other: OutboxReport) -> OutboxReport:
        return OutboxReport(self.sent + other.sent, self.retrying + other.retrying, self.failed + other.failed)


def split_into_lanes(due: list[tuple[int, str]], connections: int) -> list[list[int]]:
    """The items of a round, one list per connection: requesters' mail on one, staff's on the other.

    Each connection waits for the server's answer to every command, so two of them send a backlog about twice
    as fast; and keeping all requesters' mail on one means a crash still re-sends at most one receipt."""
    if connections == 1:
        lanes = [[item_id for item_id, _ in due]]
    else:
        lanes = [
            [item_id for item_id, kind in due if kind not in STAFF_KINDS],
            [item_id for item_id, kind in due if kind in STAFF_KINDS],
        ]
    return [lane for lane in lanes if lane]


# Built once: a backlog sends thousands of messages, and building a statement costs more than running it.
_DUE_ITEM = (
    sa_select(
        col(OutboxItem.status),
        col(OutboxItem.recipients),
        col(OutboxItem.envelope_from),
        col(OutboxItem.ticket_id),
        col(OutboxItem.kind),
        col(StoredMessage.raw),
        col(StoredMessage.message_id),
    )
    .join(StoredMessage, col(StoredMessage.id) == col(OutboxItem.message_row_id))
    .where(col(OutboxItem.id) == bindparam("item_id"))
)
_MARK_SENT = (
    update(OutboxItem)
    .where(col(OutboxItem.id) == bindparam("item_id"))
    .values(status=OutboxStatus.SENT, sent_at=bindparam("at"), attempts=OutboxItem.attempts + 1)
)
_MARK_ACKED = (
    update(Ticket)
    .where(col(Ticket.id) == bindparam("ticket"), col(Ticket.acked_at).is_(None))
    .values(acked_at=bindparam("at"))
)


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, ... capped at one hour."""
    wait: timedelta = FIRST_RETRY * (2 ** min(max(attempts - 1, 0), 20))
    return min(wait, LONGEST_WAIT)


class OutboxSender:
    def __init__(self, engine: Engine, mailer: Mailer, clock: Clock, max_attempts: int, connections: int = 2) -> None:
        self.engine = engine
        self.mailer = mailer
        self.clock = clock
        self.max_attempts = max_attempts
        self.connections = connections
        self.handled = 0  # messages sent or given up on since start: the sending thread's sign of progress
        self._counting = threading.Lock()

    def run_pass(
        self, *, limit: int = 500, rounds: int = 100, should_stop: Callable[[], bool] = lambda: False
    ) -> OutboxReport:
        """Send everything due, `limit` at a time, until nothing due is left."""
        total = OutboxReport()
        for _ in range(rounds):
            report = self._run_round(limit, should_stop)
            total += report
            if report.sent + report.failed < limit or should_stop():
                break
        return total

    def _run_round(self, limit: int, should_stop: Callable[[], bool]) -> OutboxReport:
        with storage_unavailable_is_transient(), Session(self.engine) as session:
            due = queries.due_outbox_items(session, self.clock.now(), limit)
        if not due:
            return OutboxReport()
        first, *others = split_into_lanes(due, self.connections)
        reports: list[OutboxReport] = []
        failures: list[Exception] = []

        def send(lane: list[int]) -> None:
            try:
                reports.append(self._send_lane(lane, should_stop))
            except Exception as error:  # handed to the caller, which logs it like any failed pass
                failures.append(error)

        # Daemon threads, not an executor's: a send hung on a silent server must not hold up the exit.
        threads = [threading.Thread(target=send, args=(lane,), name="outbox-lane", daemon=True) for lane in others]
        for thread in threads:
            thread.start()
        send(first)
        for thread in threads:
            thread.join()  # never two passes over one lane: each could send an item the other is sending
        if failures:
            raise failures[0]
        return sum(reports, OutboxReport())

    def _send_lane(self, due: list[int], should_stop: Callable[[], bool]) -> OutboxReport:
        """Send `due` in order on one connection."""
        sent = retrying = failed = handled = 0
        try:
            with self.mailer.session() as connection, self.engine.connect() as database:
                for item_id in due:
                    if should_stop():
                        break
                    outcome = self._send_one(item_id, connection, database)
                    handled += 1
                    with self._counting:
                        self.handled += 1
                    sent += outcome is SendOutcome.SENT
                    retrying += outcome is SendOutcome.RETRY
                    failed += outcome is SendOutcome.FAILED
        except SendError as error:
            # The server could not be reached or refused the login: every item waits for the next pass.
            log.warning("outbox: %d message(s) wait, mail server unavailable: %s", len(due) - handled, error)
            for item_id in due[handled:]:
                self._record_failure(item_id, TemporarySendError(str(error)))
            retrying += len(due) - handled
        return OutboxReport(sent, retrying, failed)

    def _send_one(self, item_id: int, connection: MailSession, database: Connection) -> SendOutcome:
        row = database.execute(_DUE_ITEM, {"item_id": item_id}).first()
        database.rollback()  # end the read before the (slow) send
        if row is None or row[0] != OutboxStatus.PENDING:
            return SendOutcome.SKIPPED
        _, recipients_text, envelope_from, ticket_id, kind, raw, message_id = row
        recipients = [address for address in recipients_text.split("\n") if address]
        try:
            connection.send(envelope_from, recipients, raw)
        except SendError as error:
            return self._record_failure(item_id, error)
        self._record_sent(database, item_id, ticket_id, kind)
        log.info("ticket %s message %s: sent %s to %s", ticket_id, message_id, kind, ", ".join(recipients))
        return SendOutcome.SENT

    def _record_sent(self, database: Connection, item_id: int, ticket_id: int | None, kind: str) -> None:
        """One small transaction per message, so a crash re-sends at most the one in flight."""
        now = self.clock.now()
        database.execute(_MARK_SENT, {"item_id": item_id, "at": now})
        if kind == MessageKind.ACK and ticket_id is not None:
            # The SLA counts the moment the server accepted the receipt, not when it was planned.
            database.execute(_MARK_ACKED, {"ticket": ticket_id, "at": now})
        database.commit()

    def _record_failure(self, item_id: int, error: SendError) -> SendOutcome:
        now = self.clock.now()
        with Session(self.engine) as session:
            item = session.get(OutboxItem, item_id)
            assert item is not None
            item.attempts += 1
            item.last_error = str(error)[:2000]
            permanent = isinstance(error, PermanentSendError) or item.attempts >= self.max_attempts
            if permanent:
                item.status = OutboxStatus.FAILED
                record_event(
                    session,
                    ticket_id=item.ticket_id,
                    at=now,
                    kind=EventKind.SEND_FAILED,
                    detail=f"{item.kind} to {item.recipients}: {error}",
                )
                log.error("ticket %s outbox %s: %s failed for good: %s", item.ticket_id, item.id, item.kind, error)
            else:
                item.next_attempt_at = now + backoff(item.attempts)
                log.warning("ticket %s outbox %s: %s will be retried: %s", item.ticket_id, item.id, item.kind, error)
            session.add(item)
            session.commit()
        return SendOutcome.FAILED if permanent else SendOutcome.RETRY
