"""Who the requester is: the one address of From, read strictly; unclear senders and our own get no answer."""

from __future__ import annotations

from email.header import Header
from email.utils import formataddr
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from daemon.pipeline.outcome import Outcome
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import App
from parsers.message import parse_message
from storage.models import Event, Ticket

HELPDESK = "helpdesk-p4m@polibatam.ac.id"
NOTIFY = "p4m-staf@polibatam.ac.id"


def raw(from_header: str, key: str, extra: str = "") -> bytes:
    return (
        f"From: {from_header}\r\nTo: {HELPDESK}\r\n{extra}Subject: Mohon reset password e-learning\r\n"
        f"Message-ID: <{key}@polibatam.ac.id>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0700\r\n\r\n"
        "Selamat pagi, saya tidak bisa login e-learning. Mohon bantuannya.\r\n"
    ).encode()


def take_in(app: App, message: bytes) -> tuple[Outcome, int | None]:
    result = app.pipeline.ingest(IncomingMail(message, app.clock.now()))
    app.outbox.run_pass()
    return result.outcome, result.ticket_id


def recipients(app: App) -> list[str]:
    """Envelope recipients of every mail written to the outgoing Maildir."""
    folder = Path(app.config.resolve(app.config.outgoing.path)) / "new"
    found = []
    for file in sorted(folder.iterdir()) if folder.exists() else []:
        head = file.read_bytes().split(b"\r\n", 2)
        found.append(head[1].decode().removeprefix("X-Envelope-To: "))
    return found


def event_kinds(app: App, ticket_id: int) -> list[str]:
    with Session(app.engine) as session:
        return [event.kind for event in session.exec(select(Event).where(Event.ticket_id == ticket_id))]


def test_an_encoded_line_break_in_the_display_name_cannot_add_a_recipient(local_app: App) -> None:
    header = "=?utf-8?q?Budi=0D=0ABcc:_victim2@evil.example?= <budi2@polibatam.ac.id>"
    outcome, number = take_in(local_app, raw(header, "injection"))
    assert outcome is Outcome.NEW_TICKET and number is not None
    with Session(local_app.engine) as session:
        ticket = session.get(Ticket, number)
        assert ticket is not None
        assert ticket.requester == "budi2@polibatam.ac.id"
        assert "\n" not in ticket.requester_name and "\r" not in ticket.requester_name
    assert sorted(recipients(local_app)) == ["budi2@polibatam.ac.id", NOTIFY]


def test_several_authors_without_a_sender_are_flagged_for_staff_and_not_answered(local_app: App) -> None:
    outcome, number = take_in(local_app, raw("budi@polibatam.ac.id, ani@polibatam.ac.id", "two-authors"))
    assert outcome is Outcome.NEW_TICKET and number is not None
    with Session(local_app.engine) as session:
        ticket = session.get(Ticket, number)
        assert ticket is not None and ticket.needs_triage
        assert "sender unclear (From names 2 mailboxes and there is no single Sender)" in ticket.reasons_json
    assert recipients(local_app) == [NOTIFY], "staff hear of it; nobody gets a receipt"
    (notice,) = (Path(local_app.config.resolve(local_app.config.outgoing.path)) / "new").iterdir()
    assert "Alasan     : alamat pengirim tidak jelas: tanda terima tidak dikirim;" in notice.read_text()
    assert "ack_withheld" in event_kinds(local_app, number)


def test_several_authors_with_one_sender_answer_the_sender(local_app: App) -> None:
    extra = "Sender: Sekretariat <sekretariat@polibatam.ac.id>\r\n"
    outcome, _ = take_in(local_app, raw("budi@polibatam.ac.id, ani@polibatam.ac.id", "with-sender", extra))
    assert outcome is Outcome.NEW_TICKET
    assert sorted(recipients(local_app)) == [NOTIFY, "sekretariat@polibatam.ac.id"]


def test_a_from_without_an_address_is_flagged_and_not_answered(local_app: App) -> None:
    outcome, number = take_in(local_app, raw("Budi Santoso", "no-address"))
    assert outcome is Outcome.NEW_TICKET and number is not None
    assert recipients(local_app) == [NOTIFY]
    assert "ack_withheld" in event_kinds(local_app, number)


def test_mail_from_our_own_plus_address_is_screened(local_app: App) -> None:
    for key, sender in (("own", HELPDESK), ("own-plus", "Helpdesk <helpdesk-p4m+1-deadbeef@polibatam.ac.id>")):
        outcome, number = take_in(local_app, raw(sender, key))
        assert outcome is Outcome.SCREENED and number is None, key
    assert recipients(local_app) == []


ADDRESS = "budi@polibatam.ac.id"


def assert_replies_go_to_the_address(header: str) -> None:
    parsed = parse_message(raw(header, "property"))
    assert parsed.from_addr == ADDRESS
    assert parsed.reply_address == ADDRESS
    assert parsed.sender_problem == ""
    assert "\r" not in parsed.from_name and "\n" not in parsed.from_name


@settings(max_examples=300, deadline=None)
@given(name=st.text(min_size=1, max_size=60))
def test_no_decoded_display_name_changes_where_a_reply_goes(name: str) -> None:
    # An encoded word, as a mail client writes any non-ASCII name: after decoding it may hold anything at all.
    assert_replies_go_to_the_address(f"{Header(name, 'utf-8').encode()} <{ADDRESS}>")


@settings(max_examples=300, deadline=None)
@given(name=st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=60))
def test_no_plain_display_name_changes_where_a_reply_goes(name: str) -> None:
    # Printable ASCII as formataddr writes it (quoted and escaped where needed): commas, colons, <, >, @ included.
    assert_replies_go_to_the_address(formataddr((name, ADDRESS)))
