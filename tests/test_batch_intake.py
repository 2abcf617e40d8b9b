"""A fetched batch stored in one transaction decides exactly as one message at a time would."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from daemon.clock import FixedClock
from daemon.config import Config
from daemon.intake.runner import IntakeRunner
from daemon.pipeline.ingest import Pipeline
from daemon.pipeline.outcome import Outcome
from daemon.ticket_record import IncomingMail
from storage.mail_tables import OutboxItem, StoredMessage
from storage.models import Event, MessageKind, Ticket
from tests.fakes import FakeMailbox, ScriptedMailer
from tests.test_pipeline import app_with, request, sent_messages


def test_a_reply_within_the_same_batch_joins_the_ticket_it_answers(local_config: Config, clock: FixedClock) -> None:
    app = app_with(local_config, clock, ScriptedMailer())
    first = request("b1", "Perubahan nama MK Basis Data")
    other = request("b2", "Pengumuman UTS", "Mohon umumkan jadwal UTS IF101 Algoritma di e-learning.")
    correction = request(
        "b3", "Re: Perubahan nama MK Basis Data", "Maaf, kodenya IF202.", extra="In-Reply-To: <b1@mail.gmail.com>\r\n"
    )
    results = app.pipeline.ingest_batch(
        [IncomingMail(raw, clock.now(), f"ref-{n}") for n, raw in enumerate((first, other, correction))]
    )
    assert [result.outcome for result in results] == [Outcome.NEW_TICKET, Outcome.NEW_TICKET, Outcome.FOLLOWUP]
    assert results[2].ticket_id == results[0].ticket_id == 1
    assert results[1].ticket_id == 2


def test_duplicates_and_broken_mail_in_a_batch_get_their_own_outcomes(local_config: Config, clock: FixedClock) -> None:
    app = app_with(local_config, clock, ScriptedMailer())
    broken = b"\x00\x01 this is not mail \xff" * 10
    mails = [request("d1"), request("d1"), broken, request("d2", "Pengumuman", "Mohon umumkan libur.")]
    results = app.pipeline.ingest_batch([IncomingMail(raw, clock.now(), f"ref-{n}") for n, raw in enumerate(mails)])
    outcomes = [result.outcome for result in results]
    assert outcomes[0] is Outcome.NEW_TICKET and outcomes[1] is Outcome.DUPLICATE and outcomes[3] is Outcome.NEW_TICKET
    assert outcomes[2] is Outcome.QUARANTINED
    with Session(app.engine) as session:
        stored = session.exec(select(StoredMessage.source_ref).where(StoredMessage.direction == "in")).all()
        assert sorted(ref for ref in stored if ref) == ["ref-0", "ref-2", "ref-3"]


def test_the_hourly_cap_counts_receipts_planned_earlier_in_the_same_batch(
    local_config: Config, clock: FixedClock
) -> None:
    mailer = ScriptedMailer()
    app = app_with(local_config, clock, mailer)
    mails = [IncomingMail(request(f"c{n}", f"Permintaan {n}"), clock.now(), f"ref-{n}") for n in range(5)]
    app.pipeline.ingest_batch(mails)
    app.outbox.run_pass()
    acks = [m for m in sent_messages(mailer) if m["Auto-Submitted"] == "auto-replied"]
    notices = [m for m in sent_messages(mailer) if m["Auto-Submitted"] == "auto-generated"]
    assert len(acks) == local_config.helpdesk.auto_reply_cap_per_hour == 3
    assert len(notices) == 5  # staff hear of every ticket
    assert [m["Subject"].split("]")[0] for m in acks] == ["[P4M #1", "[P4M #2", "[P4M #3"]
    with Session(app.engine) as session:
        assert session.exec(select(func.count()).select_from(Event).where(Event.kind == "ack_suppressed")).one() == 2


def test_a_batch_is_stored_whole_or_not_at_all(local_config: Config, clock: FixedClock) -> None:
    app = app_with(local_config, clock, ScriptedMailer())
    app.pipeline.ingest(IncomingMail(request("w1"), clock.now(), "ref-taken"))
    # The second mailbox reference was committed by another instance meanwhile: the batch must leave no trace.
    batch = [IncomingMail(request("w2"), clock.now(), "ref-new"), IncomingMail(request("w3"), clock.now(), "ref-taken")]
    with pytest.raises(IntegrityError):
        app.pipeline.ingest_batch(batch)
    with Session(app.engine) as session:
        assert session.exec(select(func.count()).select_from(Ticket)).one() == 1
        assert session.exec(select(func.count()).select_from(OutboxItem)).one() == 2
        assert (
            session.exec(
                select(func.count()).select_from(StoredMessage).where(col(StoredMessage.kind) == MessageKind.REQUEST)
            ).one()
            == 1
        )


class BatchesFail(Pipeline):
    """A pipeline whose whole-batch path breaks, as an unforeseen message or a concurrent writer would make it
    (a message on its own is a batch of one, which goes through)."""

    def ingest_batch(self, mails, readings=None):  # type: ignore[no-untyped-def]
        if len(mails) > 1:
            raise RuntimeError("batch broke")
        return super().ingest_batch(mails, readings)


def test_when_a_batch_fails_as_a_whole_each_message_is_taken_on_its_own(
    local_config: Config, clock: FixedClock
) -> None:
    app = app_with(local_config, clock, ScriptedMailer())
    pipeline = BatchesFail(local_config, app.engine, clock, app.outgoing)
    mailbox = FakeMailbox()
    for n in range(3):
        mailbox.deliver(request(f"f{n}", f"Permintaan {n}"))
    mailbox.deliver(b"\x00 not mail at all \xff" * 4)
    runner = IntakeRunner(mailbox, pipeline, app.engine, batch_size=10, max_message_bytes=10**6)
    report = runner.run_pass()
    assert report.count(Outcome.NEW_TICKET) == 3 and report.count(Outcome.QUARANTINED) == 1
    assert report.summary() == "4 messages (new_ticket 3, quarantined 1)"
    assert not mailbox.inbox and len(mailbox.processed) == 3 and len(mailbox.quarantined) == 1
