"""Malformed, hostile and looping mail: stored or quarantined, never a crash, never a header we did not mean."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from daemon.classify.dates import find_moment
from daemon.clock import CountingTokens, FixedClock
from daemon.config import Config
from daemon.intake.runner import IntakeRunner
from daemon.outgoing.composer import OutgoingMail, Sender, compose
from daemon.pipeline.outcome import Outcome
from daemon.pipeline.rating import read_rating
from daemon.wiring.app import build_app
from parsers.body import split_body, split_html
from parsers.errors import MalformedMessageError
from parsers.message import parse_message
from parsers.subject import clean_subject, find_ticket_number
from storage.mail_tables import StoredMessage
from storage.models import MessageKind
from tests.conftest import TEST_DATA
from tests.fakes import FakeMailbox, ScriptedMailer

OUR_HEADERS = {
    "from",
    "to",
    "cc",
    "subject",
    "date",
    "message-id",
    "in-reply-to",
    "references",
    "reply-to",
    "auto-submitted",
    "x-auto-response-suppress",
    "x-helpdesk-loop",
    "content-type",
    "mime-version",
    "content-transfer-encoding",
}


def huge_attachment() -> bytes:
    message = EmailMessage()
    message["From"] = "dosen.video@polibatam.ac.id"
    message["Subject"] = "video kuliah"
    message["Message-ID"] = "<huge@x>"
    message.set_content("Mohon diunggah ke course IF201.")
    message.add_attachment(b"\0" * (25 * 1024 * 1024), maintype="video", subtype="mp4", filename="kuliah.mp4")
    return message.as_bytes()


def thousands_of_parts() -> bytes:
    parts = "".join(f"--b\r\nContent-Type: text/plain\r\n\r\npart {n}\r\n" for n in range(3000))
    return (
        f"From: budi@polibatam.ac.id\r\nSubject: banyak\r\nMessage-ID: <parts@x>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: multipart/mixed; boundary=b\r\n\r\n{parts}--b--\r\n"
    ).encode()


def deeply_nested() -> bytes:
    inner = b"From: a@b.c\r\nSubject: dasar\r\n\r\nMohon bantuan login\r\n"
    for depth in range(60):
        inner = (
            f"From: l{depth}@polibatam.ac.id\r\nSubject: Fwd: lapis {depth}\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: message/rfc822\r\n\r\n"
        ).encode() + inner
    return b"Message-ID: <nested@x>\r\n" + inner


def test_every_hostile_message_is_stored_or_quarantined_and_outgoing_headers_stay_ours(
    local_config: Config, clock: FixedClock
) -> None:
    mailer = ScriptedMailer()
    app = build_app(local_config, clock=clock, tokens=CountingTokens(), mailer=mailer)
    mailbox = FakeMailbox()
    files = sorted((TEST_DATA / "hostile").glob("*.eml"))
    for file in files:
        mailbox.deliver(file.read_bytes())
    for raw in (huge_attachment(), thousands_of_parts(), deeply_nested()):
        mailbox.deliver(raw)
    runner = IntakeRunner(mailbox, app.pipeline, app.engine, batch_size=5, max_message_bytes=20 * 1024 * 1024)
    report = runner.run_pass()
    app.outbox.run_pass()
    assert mailbox.inbox == {}, "nothing blocks the mailbox"
    assert report.processed == len(files) + 3
    assert report.count(Outcome.QUARANTINED) >= 3  # empty, non-mail bytes, the 25 MB message
    with Session(app.engine) as session:
        stored = session.exec(select(StoredMessage).where(StoredMessage.direction == "in")).all()
        assert len(stored) == report.processed - report.count(Outcome.DUPLICATE), "every message kept"
        quarantined = [m for m in stored if m.kind == MessageKind.QUARANTINED]
        assert all(m.raw is not None and m.error for m in quarantined)
    polite = [raw for _, _, raw in mailer.sent if b"melebihi batas ukuran" in raw]
    assert len(polite) == 1, "the human whose mail was too large is told, politely"
    for _, _, raw in mailer.sent:
        sent = message_from_bytes(raw, policy=policy.default)
        assert {name.lower() for name in sent} <= OUR_HEADERS, sent.keys()
        assert "victim" not in str(sent["Bcc"]) and sent["Bcc"] is None
        header_block = raw.split(b"\r\n\r\n", 1)[0]
        assert b"\r\nBcc" not in header_block and b"\nBcc" not in header_block


def test_robots_answering_each_other_get_at_most_the_cap(local_config: Config, clock: FixedClock) -> None:
    mailer = ScriptedMailer()
    app = build_app(local_config, clock=clock, tokens=CountingTokens(), mailer=mailer)
    from daemon.ticket_record import IncomingMail

    # A naive auto-responder: answers every mail with a fresh subject and no auto-reply headers at all.
    for round_number in range(25):
        robot = (
            f"From: Robot <robot@vendor.example>\r\nSubject: Terima kasih atas email Anda ({round_number})"
            f"\r\nMessage-ID: <robot-{round_number}@vendor.example>\r\n\r\nPesan Anda akan kami proses."
            f"\r\n"
        ).encode()
        app.pipeline.ingest(IncomingMail(robot, clock.now()))
        app.outbox.run_pass()
        clock.advance(seconds=20)
    to_robot = [raw for _, rcpt, raw in mailer.sent if rcpt == ["robot@vendor.example"]]
    assert len(to_robot) == 3
    # A bounce storm and our own mail coming back: nothing answered at all.
    before = len(mailer.sent)
    for number in range(50):
        bounce = (
            f"From: MAILER-DAEMON@mx.example\r\nSubject: Undelivered Mail Returned to Sender\r\n"
            f"Message-ID: <bounce-{number}@mx.example>\r\nAuto-Submitted: auto-replied\r\n\r\nx\r\n"
        ).encode()
        app.pipeline.ingest(IncomingMail(bounce, clock.now()))
    ours = b"From: helpdesk-p4m@polibatam.ac.id\r\nSubject: [P4M #1] x\r\nMessage-ID: <ours@x>\r\n\r\nx\r\n"
    assert app.pipeline.ingest(IncomingMail(ours, clock.now())).outcome is Outcome.SCREENED
    app.outbox.run_pass()
    assert len(mailer.sent) == before
    clock.advance(hours=1, minutes=1)
    app.pipeline.ingest(
        IncomingMail(
            b"From: Robot <robot@vendor.example>\r\nSubject: lagi\r\n"
            b"Message-ID: <robot-late@vendor.example>\r\n\r\nx\r\n",
            clock.now(),
        )
    )
    app.outbox.run_pass()
    assert len([1 for _, rcpt, _ in mailer.sent if rcpt == ["robot@vendor.example"]]) == 4, "the cap is per hour"


def test_a_robot_writing_into_one_ticket_cannot_flood_staff(local_config: Config, clock: FixedClock) -> None:
    mailer = ScriptedMailer()
    app = build_app(local_config, clock=clock, tokens=CountingTokens(), mailer=mailer)
    from daemon.ticket_record import IncomingMail

    app.pipeline.ingest(
        IncomingMail(
            b"From: budi@polibatam.ac.id\r\nSubject: tolong login\r\nMessage-ID: <start@x>\r\n\r\nlupa password\r\n",
            clock.now(),
        )
    )
    for number in range(40):
        app.pipeline.ingest(
            IncomingMail(
                f"From: budi@polibatam.ac.id\r\nSubject: Re: [P4M #1] tolong\r\n"
                f"Message-ID: <again-{number}@x>\r\n\r\nmasih {number}\r\n".encode(),
                clock.now(),
            )
        )
    app.outbox.run_pass()
    notices = [raw for _, rcpt, raw in mailer.sent if rcpt == ["p4m-staf@polibatam.ac.id"]]
    assert len(notices) <= 11


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_parser_never_fails_with_anything_but_malformed(raw: bytes) -> None:
    try:
        parsed = parse_message(raw)
    except MalformedMessageError:
        return
    assert all("\n" not in value and "\r" not in value for _, value in parsed.headers)
    split_body(parsed.text)
    split_html(parsed.html)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_text_functions_never_crash(text: str) -> None:
    from datetime import UTC, datetime

    split_body(text)
    clean_subject(text, "P4M")
    find_ticket_number(text, "P4M")
    read_rating(text)
    find_moment(text, datetime(2026, 11, 23, tzinfo=UTC))


@settings(max_examples=200, deadline=None)
@given(
    subject=st.text(max_size=200), name=st.text(max_size=60), body=st.text(max_size=300), filename=st.text(max_size=40)
)
def test_composed_mail_never_carries_a_header_we_did_not_write(
    subject: str, name: str, body: str, filename: str
) -> None:
    from datetime import UTC, datetime

    from daemon.outgoing.composer import OutgoingAttachment

    mail = OutgoingMail(
        to=("a@polibatam.ac.id",),
        subject=subject,
        body=body,
        attachments=(OutgoingAttachment(filename, "application/pdf", b"%PDF"),),
    )
    raw = compose(
        mail,
        Sender("helpdesk-p4m@polibatam.ac.id", name, "helpdesk-p4m@polibatam.ac.id"),
        "<id@x>",
        datetime(2026, 11, 23, tzinfo=UTC),
    )
    parsed = message_from_bytes(raw, policy=policy.default)
    assert {key.lower() for key in parsed} <= OUR_HEADERS
