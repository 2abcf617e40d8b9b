"""The pipeline's decisions on SQLite with a fixed clock, fake mailbox and scripted mailer."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path

from sqlmodel import Session, select

from daemon.clock import CountingTokens, FixedClock
from daemon.config import Config
from daemon.intake.runner import IntakeRunner
from daemon.outgoing.mailers import PermanentSendError, TemporarySendError
from daemon.pipeline.outcome import Outcome
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import App, build_app
from storage.mail_tables import OutboxItem, OutboxStatus, StoredMessage
from storage.models import Event, MessageKind, Ticket, TicketStatus
from tests.fakes import FakeMailbox, ScriptedMailer

REQUEST = (
    "From: Budi Santoso <budi.santoso@polibatam.ac.id>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\n"
    "Subject: {subject}\r\nMessage-ID: <{mid}@mail.gmail.com>\r\n{extra}"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
)


def request(mid: str, subject: str = "Perubahan nama MK Basis Data", body: str = "", extra: str = "") -> bytes:
    body = body or "Mohon ubah nama mata kuliah IF201 Basis Data menjadi Sistem Basis Data. Terima kasih."
    return REQUEST.format(mid=mid, subject=subject, body=body, extra=extra).encode()


def app_with(config: Config, clock: FixedClock, mailer: ScriptedMailer) -> App:
    return build_app(config, clock=clock, tokens=CountingTokens(), mailer=mailer)


def sent_messages(mailer: ScriptedMailer):  # type: ignore[no-untyped-def]
    return [message_from_bytes(raw, policy=policy.default) for _, _, raw in mailer.sent]


def receipt_and_notice(mailer: ScriptedMailer):  # type: ignore[no-untyped-def]
    """The two go out on connections of their own, so in either order."""
    messages = sent_messages(mailer)
    assert len(messages) == 2
    (receipt,) = [message for message in messages if message["Auto-Submitted"] == "auto-replied"]
    (notice,) = [message for message in messages if message is not receipt]
    return receipt, notice


def test_new_request_gets_ticket_ack_and_notice(local_config: Config, clock: FixedClock) -> None:
    mailer = ScriptedMailer()
    app = app_with(local_config, clock, mailer)
    result = app.pipeline.ingest(IncomingMail(request("a1"), clock.now(), "ref-1"))
    assert result.outcome is Outcome.NEW_TICKET
    clock.advance(seconds=2)
    assert app.outbox.run_pass().sent == 2
    ack, notice = receipt_and_notice(mailer)
    assert ack["Subject"] == "[P4M #1] Perubahan nama MK Basis Data"
    assert ack["In-Reply-To"] == "<a1@mail.gmail.com>"
    assert ack["Auto-Submitted"] == "auto-replied"
    assert "Kami memahami permintaan Anda sebagai: perubahan data identitas mata kuliah" in ack.get_content()
    assert notice["To"] == "p4m-staf@polibatam.ac.id"
    assert notice["Auto-Submitted"] == "auto-generated"
    assert "Mohon ubah nama mata kuliah IF201" in notice.get_content()
    with Session(app.engine) as session:
        ticket = session.get(Ticket, 1)
        assert ticket is not None
        assert ticket.type == "course_data"
        assert ticket.acked_at == clock.now()  # when the server accepted it, not when it was planned
        assert ticket.created_at == clock.now() - timedelta(seconds=2)


def test_english_request_is_answered_in_english(local_config: Config, clock: FixedClock) -> None:
    mailer = ScriptedMailer()
    app = app_with(local_config, clock, mailer)
    body = "Dear P4M team, I cannot login to the e-learning site, my account is locked. Could you please help?"
    app.pipeline.ingest(IncomingMail(request("en1", "Account locked", body), clock.now()))
    app.outbox.run_pass()
    assert "We have received your request" in receipt_and_notice(mailer)[0].get_content()


def test_replies_thread_by_tag_and_by_references(local_config: Config, clock: FixedClock) -> None:
    mailer = ScriptedMailer()
    app = app_with(local_config, clock, mailer)
    app.pipeline.ingest(IncomingMail(request("t1"), clock.now()))
    app.outbox.run_pass()
    ack_id = receipt_and_notice(mailer)[0]["Message-ID"]
    by_tag = app.pipeline.ingest(
        IncomingMail(request("t2", "Balas: [P4M #1] Perubahan", "sudah saya lampirkan"), clock.now())
    )
    by_refs = app.pipeline.ingest(
        IncomingMail(
            request(
                "t3",
                "Re: Perubahan nama",
                "satu lagi",
                extra=f"In-Reply-To: {ack_id}\r\nReferences: {ack_id}\r\n",
            ),
            clock.now(),
        )
    )
    assert (by_tag.outcome, by_tag.ticket_id) == (Outcome.FOLLOWUP, 1)
    assert (by_refs.outcome, by_refs.ticket_id) == (Outcome.FOLLOWUP, 1)
    app.outbox.run_pass()
    kinds = [message["Auto-Submitted"] for message in sent_messages(mailer)]
    assert kinds.count("auto-replied") == 1, "a follow-up is not acknowledged again"
    followup_notice = sent_messages(mailer)[-1]
    assert followup_notice["To"] == "p4m-staf@polibatam.ac.id"
    history = followup_notice.get_content().split("Riwayat singkat:", 1)[1]
    assert "tiket dibuat" in history and "pesan lanjutan" in history, "staff see the ticket's history in short"


def test_duplicate_message_id_is_stored_once(local_config: Config, clock: FixedClock) -> None:
    app = app_with(local_config, clock, ScriptedMailer())
    assert app.pipeline.ingest(IncomingMail(request("d1"), clock.now(), "ref-a")).outcome is Outcome.NEW_TICKET
    assert app.pipeline.ingest(IncomingMail(request("d1"), clock.now(), "ref-b")).outcome is Outcome.DUPLICATE
    assert app.pipeline.ingest(IncomingMail(request("d1"), clock.now(), "ref-a")).outcome is Outcome.DUPLICATE
    with Session(app.engine) as session:
        assert len(session.exec(select(Ticket)).all()) == 1


def test_reply_to_resolved_ticket_reopens_it_and_old_closed_one_opens_a_linked_ticket(
    local_config: Config, clock: FixedClock
) -> None:
    app = app_with(local_config, clock, ScriptedMailer())
    app.pipeline.ingest(IncomingMail(request("r1"), clock.now()))
    with Session(app.engine) as session:
        ticket = session.get(Ticket, 1)
        assert ticket is not None
        ticket.status, ticket.resolved_at = TicketStatus.RESOLVED, clock.now()
        session.add(ticket)
        session.commit()
    reopened = app.pipeline.ingest(IncomingMail(request("r2", "Re: [P4M #1] x", "masih salah"), clock.now()))
    assert reopened.ticket_id == 1
    with Session(app.engine) as session:
        ticket = session.get(Ticket, 1)
        assert ticket is not None and ticket.status == TicketStatus.OPEN
        ticket.status, ticket.closed_at = TicketStatus.CLOSED, clock.now()
        session.add(ticket)
        session.commit()
    clock.advance(days=15)
    later = app.pipeline.ingest(IncomingMail(request("r3", "Re: [P4M #1] x", "ganti lagi namanya"), clock.now()))
    assert later.outcome is Outcome.NEW_TICKET and later.ticket_id == 2
    with Session(app.engine) as session:
        new = session.get(Ticket, 2)
        assert new is not None and new.linked_ticket_id == 1


def test_automatic_replies_to_one_address_are_capped(local_config: Config, clock: FixedClock) -> None:
    mailer = ScriptedMailer()
    app = app_with(local_config, clock, mailer)
    for number in range(6):
        app.pipeline.ingest(IncomingMail(request(f"cap{number}", f"Permintaan {number}"), clock.now()))
    app.outbox.run_pass()
    acks = [m for m in sent_messages(mailer) if m["Auto-Submitted"] == "auto-replied"]
    assert len(acks) == local_config.helpdesk.auto_reply_cap_per_hour == 3
    with Session(app.engine) as session:
        assert len(session.exec(select(Event).where(Event.kind == "ack_suppressed")).all()) == 3


def test_machine_mail_is_stored_with_reason_and_not_answered(local_config: Config, clock: FixedClock) -> None:
    mailer = ScriptedMailer()
    app = app_with(local_config, clock, mailer)
    raw = request("oof", "Automatic reply: cuti", "Saya sedang cuti", extra="Auto-Submitted: auto-replied\r\n")
    result = app.pipeline.ingest(IncomingMail(raw, clock.now()))
    assert result.outcome is Outcome.SCREENED
    app.outbox.run_pass()
    assert mailer.sent == []
    with Session(app.engine) as session:
        stored = session.exec(select(StoredMessage)).one()
        assert stored.kind == MessageKind.AUTO and stored.raw == raw
        assert stored.screening_reason and "Auto-Submitted" in stored.screening_reason


def test_temporary_failures_back_off_and_permanent_ones_show(local_config: Config, clock: FixedClock) -> None:
    mailer = ScriptedMailer([TemporarySendError("451 try later"), PermanentSendError("550 no such user")])
    app = app_with(local_config, clock, mailer)
    app.pipeline.ingest(IncomingMail(request("f1"), clock.now()))
    report = app.outbox.run_pass()
    assert (report.sent, report.retrying, report.failed) == (0, 1, 1)
    assert app.outbox.run_pass().sent == 0, "the retry waits for its backoff"
    clock.advance(seconds=31)
    assert app.outbox.run_pass().sent == 1
    with Session(app.engine) as session:
        statuses = sorted(item.status for item in session.exec(select(OutboxItem)).all())
        assert statuses == [OutboxStatus.FAILED, OutboxStatus.SENT]
        assert session.exec(select(Event).where(Event.kind == "send_failed")).one()


def test_a_crashing_stage_quarantines_that_message_only(local_config: Config, clock: FixedClock) -> None:
    app = app_with(local_config, clock, ScriptedMailer())
    mailbox = FakeMailbox()
    bad = mailbox.deliver(b"\x00\x00\x00")
    good = mailbox.deliver(request("ok1"))
    runner = IntakeRunner(mailbox, app.pipeline, app.engine, batch_size=10, max_message_bytes=10_000)
    report = runner.run_pass()
    assert report.count(Outcome.QUARANTINED) == 1 and report.count(Outcome.NEW_TICKET) == 1
    assert mailbox.quarantined == [bad] and mailbox.processed == [good]
    with Session(app.engine) as session:
        quarantined = session.exec(select(StoredMessage).where(StoredMessage.kind == MessageKind.QUARANTINED)).one()
        assert quarantined.raw == b"\x00\x00\x00" and quarantined.error


def test_oversized_mail_is_quarantined_whole(local_config: Config, clock: FixedClock) -> None:
    app = app_with(local_config, clock, ScriptedMailer())
    mailbox = FakeMailbox()
    mailbox.deliver(request("big", body="x" * 5000))
    runner = IntakeRunner(mailbox, app.pipeline, app.engine, batch_size=10, max_message_bytes=2048)
    assert runner.run_pass().count(Outcome.QUARANTINED) == 1


def test_stored_but_unmoved_mail_is_moved_not_reprocessed(local_config: Config, clock: FixedClock) -> None:
    app = app_with(local_config, clock, ScriptedMailer())
    mailbox = FakeMailbox()
    ref = mailbox.deliver(request("m1"))
    app.pipeline.ingest(IncomingMail(mailbox.inbox[ref], clock.now(), ref))  # committed, then "crashed"
    runner = IntakeRunner(mailbox, app.pipeline, app.engine, batch_size=10, max_message_bytes=10_000)
    assert runner.run_pass().processed == 0
    assert mailbox.processed == [ref]


def test_local_app_writes_outgoing_mail_to_maildir(local_app: App, local_config: Config) -> None:
    local_app.pipeline.ingest(IncomingMail(request("md1"), local_app.clock.now()))
    local_app.outbox.run_pass()
    written = list((Path(local_config.resolve(local_config.outgoing.path)) / "new").iterdir())
    assert len(written) == 2


def test_rating_thanks_is_not_taken_for_the_acknowledgement(local_config: Config, clock: FixedClock) -> None:
    mailer = ScriptedMailer()
    app = app_with(local_config, clock, mailer)
    app.pipeline.ingest(IncomingMail(request("wa1"), clock.now(), channel="whatsapp"))  # no e-mail receipt
    staff = (
        b"From: Rina <rina.staf@polibatam.ac.id>\r\nSubject: Re: [P4M #1] x\r\nMessage-ID: <s1@x>\r\n"
        b"Authentication-Results: mx.polibatam.ac.id; dkim=pass header.d=polibatam.ac.id\r\n\r\n#resolve\r\n"
        b"Sudah diubah.\r\n"
    )
    app.pipeline.ingest(IncomingMail(staff, clock.now()))
    app.pipeline.ingest(IncomingMail(request("wa2", "Re: [P4M #1] x", "5"), clock.now()))
    app.outbox.run_pass()
    with Session(app.engine) as session:
        ticket = session.get(Ticket, 1)
        assert ticket is not None and ticket.satisfaction == 5
        assert ticket.acked_at is None, "no acknowledgement was ever sent for this request"


RELAYED = (
    "From: Layanan Polibatam <no-reply@layanan.polibatam.ac.id>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\n"
    "Reply-To: Siti Rahmawati <siti.rahmawati@students.polibatam.ac.id>\r\nAuto-Submitted: auto-generated\r\n"
    "Subject: [Formulir Layanan] Permintaan baru\r\nMessage-ID: <form-1@layanan.polibatam.ac.id>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    "Nama  : Siti Rahmawati\r\nEmail : siti.rahmawati@students.polibatam.ac.id\r\n"
    "Uraian: Saya tidak bisa login ke e-learning sejak kemarin, mohon bantuan.\r\n"
)


def test_a_request_relayed_by_a_service_form_is_acknowledged_to_the_person(
    local_config: Config, clock: FixedClock
) -> None:
    mailer = ScriptedMailer()
    app = app_with(local_config, clock, mailer)
    result = app.pipeline.ingest(IncomingMail(RELAYED.encode(), clock.now()))
    assert result.outcome is Outcome.NEW_TICKET
    app.outbox.run_pass()
    receipt, _ = receipt_and_notice(mailer)
    assert receipt["To"] == "siti.rahmawati@students.polibatam.ac.id"
    # The same relay without the person in its text (neither address nor full name) is a system notice: stored, not
    # answered.
    notice = (
        RELAYED.replace("Email : siti.rahmawati@students.polibatam.ac.id\r\n", "")
        .replace("Nama  : Siti Rahmawati\r\n", "")
        .replace("form-1", "form-2")
    )
    assert app.pipeline.ingest(IncomingMail(notice.encode(), clock.now())).outcome is Outcome.SCREENED
