"""Named queries over the record, so no stage writes SQL of its own."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlmodel import Session, col, func, select

from storage.mail_tables import MailboxCheckpoint, OutboxItem, OutboxStatus, StoredMessage
from storage.models import Event, MessageKind, Ticket


def message_by_message_id(session: Session, message_id: str) -> StoredMessage | None:
    return session.exec(select(StoredMessage).where(StoredMessage.message_id == message_id)).first()


def message_by_source_ref(session: Session, source_ref: str) -> StoredMessage | None:
    return session.exec(select(StoredMessage).where(StoredMessage.source_ref == source_ref)).first()


def source_ref_kinds(session: Session, refs: Sequence[str]) -> dict[str, str]:
    """Which of these mailbox references are already committed, and as what kind of message."""
    found: dict[str, str] = {}
    for start in range(0, len(refs), 500):
        chunk = list(refs[start : start + 500])
        rows = session.exec(
            select(StoredMessage.source_ref, StoredMessage.kind).where(col(StoredMessage.source_ref).in_(chunk))
        )
        found.update({ref: kind for ref, kind in rows if ref is not None})
    return found


def stored_message_ids(session: Session, message_ids: Sequence[str]) -> set[str]:
    """Which of these Message-IDs are stored already."""
    found: set[str] = set()
    for start in range(0, len(message_ids), 500):
        chunk = list(message_ids[start : start + 500])
        found.update(session.exec(select(StoredMessage.message_id).where(col(StoredMessage.message_id).in_(chunk))))
    return found


def ticket_for_message_ids(session: Session, message_ids: Iterable[str]) -> int | None:
    """The ticket of the most recent stored or sent message among these Message-IDs."""
    wanted = [item for item in message_ids if item]
    if not wanted:
        return None
    return session.exec(
        select(StoredMessage.ticket_id)
        .where(col(StoredMessage.message_id).in_(wanted), col(StoredMessage.ticket_id).is_not(None))
        .order_by(col(StoredMessage.id).desc())
    ).first()


def first_message_of_ticket(session: Session, ticket_id: int, kind: MessageKind) -> StoredMessage | None:
    return session.exec(
        select(StoredMessage)
        .where(StoredMessage.ticket_id == ticket_id, StoredMessage.kind == kind)
        .order_by(col(StoredMessage.id))
    ).first()


def messages_of_ticket(session: Session, ticket_id: int) -> Sequence[StoredMessage]:
    return session.exec(
        select(StoredMessage).where(StoredMessage.ticket_id == ticket_id).order_by(col(StoredMessage.id))
    ).all()


def events_of_ticket(session: Session, ticket_id: int) -> Sequence[Event]:
    return session.exec(select(Event).where(Event.ticket_id == ticket_id).order_by(col(Event.id))).all()


def auto_replies_since(session: Session, recipients: Sequence[str], since: datetime) -> dict[str, int]:
    """How many automatic replies we planned to each of these addresses since a moment (the loop cap)."""
    if not recipients:
        return {}
    rows = session.exec(
        select(StoredMessage.auto_recipient, func.count())
        .where(col(StoredMessage.auto_recipient).in_(list(recipients)), col(StoredMessage.received_at) >= since)
        .group_by(col(StoredMessage.auto_recipient))
    )
    return {recipient: int(count) for recipient, count in rows if recipient is not None}


def notices_since(session: Session, ticket_id: int, since: datetime) -> int:
    count = session.exec(
        select(func.count())
        .select_from(StoredMessage)
        .where(
            StoredMessage.ticket_id == ticket_id,
            StoredMessage.kind == MessageKind.NOTICE,
            col(StoredMessage.received_at) >= since,
        )
    ).one()
    return int(count)


def due_outbox_items(session: Session, now: datetime, limit: int) -> list[tuple[int, str]]:
    """The outbox items due for sending, oldest first, with their kind (which says who they go to)."""
    rows = session.exec(
        select(OutboxItem.id, OutboxItem.kind)
        .where(OutboxItem.status == OutboxStatus.PENDING, col(OutboxItem.next_attempt_at) <= now)
        .order_by(col(OutboxItem.id))
        .limit(limit)
    )
    return [(item_id, kind) for item_id, kind in rows if item_id is not None]


def tickets(session: Session, status: str | None = None) -> Sequence[Ticket]:
    query = select(Ticket).order_by(col(Ticket.id))
    if status:
        query = query.where(Ticket.status == status)
    return session.exec(query).all()


def checkpoint(session: Session, mailbox: str) -> MailboxCheckpoint | None:
    return session.exec(select(MailboxCheckpoint).where(MailboxCheckpoint.mailbox == mailbox)).first()


def quarantined_messages(session: Session, row_id: int | None = None) -> Sequence[StoredMessage]:
    """Mail that could not be taken in, oldest first (or the one row `row_id`)."""
    query = select(StoredMessage).where(StoredMessage.kind == MessageKind.QUARANTINED).order_by(col(StoredMessage.id))
    if row_id is not None:
        query = query.where(StoredMessage.id == row_id)
    return session.exec(query).all()


def unsent_outbox_items(session: Session, *, failed_only: bool = False) -> Sequence[OutboxItem]:
    """Outgoing mail not sent yet: waiting (perhaps for a retry) and failed for good, oldest first."""
    wanted = [OutboxStatus.FAILED] if failed_only else [OutboxStatus.PENDING, OutboxStatus.FAILED]
    return session.exec(select(OutboxItem).where(col(OutboxItem.status).in_(wanted)).order_by(col(OutboxItem.id))).all()


def retries_waiting(session: Session) -> tuple[int, datetime | None, int]:
    """Outgoing mail that failed at least once and waits for its next attempt: how many, the next attempt's
    time, and how many failed for good."""
    count, first = session.exec(
        select(func.count(), func.min(OutboxItem.next_attempt_at)).where(
            OutboxItem.status == OutboxStatus.PENDING, col(OutboxItem.attempts) > 0
        )
    ).one()
    failed = session.exec(select(func.count()).where(OutboxItem.status == OutboxStatus.FAILED)).one()
    return int(count), first, int(failed)


def withhold_outbox_items(session: Session, ticket_ids: Iterable[int], after_id: int) -> int:
    """Mark the mail queued for these tickets after outbox row `after_id` as withheld; how many rows."""
    items = session.exec(
        select(OutboxItem).where(
            col(OutboxItem.ticket_id).in_(list(ticket_ids)),
            col(OutboxItem.id) > after_id,
            col(OutboxItem.status) == OutboxStatus.PENDING,
        )
    ).all()
    for item in items:
        item.status = OutboxStatus.WITHHELD
        session.add(item)
    return len(items)


def last_outbox_id(session: Session) -> int:
    return session.exec(select(func.max(OutboxItem.id))).one() or 0
