"""Retention batch by batch: what changed since the plan is respected, copies are found, a stop leaves the rest."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, col, select

from daemon.records.purge_plan import CopyRemover, MailCopies, plan_purge
from daemon.records.retention import Purge
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import App
from storage.mail_tables import StoredMessage
from storage.models import PurgedTicket, Ticket, TicketStatus

OLD = datetime(2019, 3, 4, 2, 0, tzinfo=UTC)


class Recorder(CopyRemover):
    def __init__(self) -> None:
        self.seen: list[MailCopies] = []

    def remove(self, copies: MailCopies) -> int:
        self.seen.append(copies)
        return len(copies.incoming_ids) + len(copies.outgoing_ids)


def request(key: str) -> bytes:
    return (
        f"From: Pemohon <{key}@students.polibatam.ac.id>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\n"
        f"Subject: Tidak bisa login {key}\r\nMessage-ID: <{key}@students.polibatam.ac.id>\r\n\r\nMohon bantuan.\r\n"
    ).encode()


def old_closed_tickets(app: App, count: int) -> list[int]:
    numbers = []
    for index in range(count):
        result = app.pipeline.ingest(IncomingMail(request(f"old{index}"), OLD))
        assert result.ticket_id is not None
        numbers.append(result.ticket_id)
    with Session(app.engine) as session:
        for ticket in session.exec(select(Ticket)).all():
            ticket.status, ticket.closed_at = TicketStatus.CLOSED, OLD
            session.add(ticket)
        session.commit()
    return numbers


def test_a_ticket_reopened_after_the_plan_stays_and_late_messages_go_with_their_ticket(local_app: App) -> None:
    first, second, third = old_closed_tickets(local_app, 3)
    now = local_app.clock.now()
    with Session(local_app.engine) as session:
        plan = plan_purge(session, now, 5)
        assert plan.ticket_numbers == (first, second, third) and plan.per_year() == ((2019, 3),)
        reopened = session.get(Ticket, second)
        assert reopened is not None
        reopened.status = TicketStatus.OPEN
        session.add(reopened)
        late = StoredMessage(
            ticket_id=third, direction="in", kind="followup", message_id="<late@x>", received_at=now, raw=b"x"
        )
        session.add(late)
        session.commit()
    recorder = Recorder()
    report = Purge(local_app.engine, recorder).run(plan, now)
    assert report.tickets == 2
    with Session(local_app.engine) as session:
        assert [ticket.id for ticket in session.exec(select(Ticket))] == [second]
        assert {row.number for row in session.exec(select(PurgedTicket))} == {first, third}
        assert session.exec(select(StoredMessage).where(col(StoredMessage.ticket_id) == third)).all() == []
    incoming = {message_id for copies in recorder.seen for message_id in copies.incoming_ids}
    assert "<old0@students.polibatam.ac.id>" in incoming and "<late@x>" in incoming
    assert any(copies.outgoing_ids for copies in recorder.seen), "the receipts' copies are looked for too"


def test_a_stop_between_batches_leaves_the_rest_for_next_time(local_app: App) -> None:
    old_closed_tickets(local_app, 3)
    now = local_app.clock.now()
    with Session(local_app.engine) as session:
        plan = plan_purge(session, now, 5)
    batches: list[int] = []
    purge = Purge(
        local_app.engine, on_batch=lambda tickets, _: batches.append(tickets), should_stop=lambda: bool(batches)
    )
    purge.batch = 2
    report = purge.run(plan, now)
    assert batches == [2] and report.tickets == 2
    with Session(local_app.engine) as session:
        assert len(session.exec(select(Ticket)).all()) == 1
