"""A requester's answer to the helpdesk's question, through the pipeline on SQLite: the value alone in each layout
completes the request and reaches staff; a staff question's answer fills the field it asked; an answer quoted by a
colleague counts; a withdrawal is kept as an event and told to staff, the ticket left open; nothing else is taken."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest
from sqlmodel import Session, select

from daemon.classify.effective_fields import effective_fields
from daemon.clock import FixedClock
from daemon.config import Config
from daemon.ticket_record import IncomingMail
from storage.models import Event, EventKind, Ticket, TicketStatus
from tests.test_reply_fields import REQUEST, REQUESTER, SUBJECT, _mail, _open, _reply, _ticket, _to
from tests.test_staff_workflow import staff_reply

STAFF = "p4m-staf@polibatam.ac.id"


def _receipt(app_mailer: object) -> str:
    sent = app_mailer.sent  # type: ignore[attr-defined]
    mails = [message_from_bytes(raw, policy=policy.default) for _, _, raw in sent]
    (receipt,) = _to(mails, REQUESTER)
    return receipt


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.splitlines())


def _top(receipt: str, answer: str) -> str:
    attribution = "Pada Sen, 30 Nov 2026 pukul 10.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:"
    return f"{answer}\n\n{attribution}\n{_quoted(receipt)}\n"


def _bottom(receipt: str, answer: str) -> str:
    return f"On 30/11/2026 10:02, Helpdesk P4M wrote:\n{_quoted(receipt)}\n\n{answer}\n\nAndi\n"


def _between(receipt: str, answer: str) -> str:
    lines = []
    for line in receipt.splitlines():
        lines.append(f"> {line}".rstrip())
        if line.startswith("Mohon lengkapi"):
            lines += ["", answer, ""]
    return "Pada Sen, 30 Nov 2026 pukul 10.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:\n" + "\n".join(lines)


@pytest.mark.parametrize("layout", [_top, _bottom, _between])
@pytest.mark.parametrize(
    "answer",
    ["Pemrograman Web Lanjut", "Yang baru: Pemrograman Web Lanjut", "Pakai Pemrograman Web Lanjut saja ya pak"],
)
def test_an_answer_to_the_receipt_completes_the_request_in_every_layout(
    local_config: Config, clock: FixedClock, layout: object, answer: str
) -> None:
    app, mailer = _open(clock, local_config, REQUEST)
    receipt = _receipt(mailer)
    assert "Mohon lengkapi: data yang ingin diubah beserta nilai barunya." in receipt  # the subject names the field
    mails = _reply(app, mailer, clock, 2, layout(receipt, answer))  # type: ignore[operator]
    (notice,) = _to(mails, STAFF)
    assert "Dibaca dari balasan pemohon:\n  - nama baru mata kuliah = Pemrograman Web Lanjut" in notice
    assert "Nama lengkap baru: Pemrograman Web Lanjut" in notice and "Belum lengkap" not in notice
    (thanks,) = _to(mails, REQUESTER)
    assert "sudah lengkap" in thanks
    ticket, detail, (_,) = _ticket(app)
    assert detail["fields"]["changes"] == {"fullname": "Pemrograman Web Lanjut"}  # type: ignore[index]
    with Session(app.engine) as session:  # what the Moodle preview and #approve read
        assert effective_fields(session, ticket).changes == (("fullname", "Pemrograman Web Lanjut"),)


def test_two_values_on_lines_complete_a_request_that_lacked_both(local_config: Config, clock: FixedClock) -> None:
    subject = "Perubahan nama mata kuliah"
    app, mailer = _open(clock, local_config, "Mohon nama mata kuliah saya di e-learning diubah, terima kasih.", subject)
    receipt = _receipt(mailer)
    assert "Mohon lengkapi: kode atau nama mata kuliah; data yang ingin diubah beserta nilai barunya." in receipt
    mails = _reply(app, mailer, clock, 2, _top(receipt, "IF302\nPemrograman Web Lanjut"), subject)
    assert "sudah lengkap" in _to(mails, REQUESTER)[0]
    assert _ticket(app)[1]["fields"] == {"course_code": "IF302", "changes": {"fullname": "Pemrograman Web Lanjut"}}


def test_an_answer_to_a_staff_question_fills_the_field_it_asked(local_config: Config, clock: FixedClock) -> None:
    app, mailer = _open(clock, local_config, REQUEST)
    sent = [message_from_bytes(raw, policy=policy.default) for _, _, raw in mailer.sent]
    (notice,) = [mail for mail in sent if mail["To"] == STAFF]
    asked = staff_reply(notice, "Selamat siang Pak Andi, kelas yang mana yang perlu diubah?", message_id="<s1@x.id>")
    app.pipeline.ingest(IncomingMail(asked, clock.now()))
    clock.advance(seconds=2)
    app.outbox.run_pass()
    mails = _reply(app, mailer, clock, 3, "yang 2A malam mas")
    assert "kelas = 2A malam" in _to(mails, STAFF)[0]
    assert _ticket(app)[1]["fields"]["changes"] == {"class": "2A malam"}  # type: ignore[index]


def test_a_colleague_answering_the_quoted_question_counts_a_stranger_does_not(
    local_config: Config, clock: FixedClock
) -> None:
    app, mailer = _open(clock, local_config, REQUEST)
    receipt = _receipt(mailer)
    raw = _mail(
        2, "Pemrograman Web Lanjut", f"Re: [P4M #1] {SUBJECT}", reply_to="<m1@polibatam.ac.id>", sender="b@x.id"
    )
    app.pipeline.ingest(IncomingMail(raw, clock.now()))
    assert _ticket(app)[2] == []
    colleague = "Saya admin prodi, menjawab untuk Pak Andi.\nNama baru: Pemrograman Web Lanjut"
    raw = _mail(
        3, _top(receipt, colleague), f"Re: [P4M #1] {SUBJECT}", reply_to="<m1@polibatam.ac.id>", sender="c@x.id"
    )
    app.pipeline.ingest(IncomingMail(raw, clock.now()))
    (event,) = _ticket(app)[2]
    assert event.actor == "c@x.id"


@pytest.mark.parametrize(
    "answer",
    [
        "Tidak jadi pak, ternyata sudah benar.",
        "Mohon maaf, sudah tidak perlu lagi.",
        "Please cancel this request, I changed it myself.",
    ],
)
def test_a_withdrawal_is_recorded_and_told_to_staff_the_ticket_stays_open(
    local_config: Config, clock: FixedClock, answer: str
) -> None:
    app, mailer = _open(clock, local_config, REQUEST)
    mails = _reply(app, mailer, clock, 2, _top(_receipt(mailer), answer))
    (notice,) = _to(mails, STAFF)
    assert "tidak diperlukan lagi" in notice and "#close" in notice
    assert _to(mails, REQUESTER) == []
    with Session(app.engine) as session:
        ticket = session.get(Ticket, 1)
        assert ticket is not None and ticket.status == TicketStatus.OPEN
        (event,) = session.exec(select(Event).where(Event.kind == EventKind.WITHDRAWN)).all()
        assert (event.actor, event.message_id) == (REQUESTER, "<m2@polibatam.ac.id>")
        assert not effective_fields(session, ticket).changes


@pytest.mark.parametrize(
    "answer",
    [
        "Terima kasih min, ditunggu kabarnya.",
        "Namanya masih saya diskusikan dengan kaprodi, nanti saya kabari.",
        "Formatnya harus seperti apa ya min?",
        "Min sekalian, saya tidak bisa upload nilai di course Basis Data.",
        "",
    ],
)
def test_a_reply_that_answers_nothing_fills_nothing(local_config: Config, clock: FixedClock, answer: str) -> None:
    app, mailer = _open(clock, local_config, REQUEST)
    mails = _reply(app, mailer, clock, 2, _top(_receipt(mailer), answer))
    assert _to(mails, REQUESTER) == []
    assert "Dibaca dari balasan" not in _to(mails, STAFF)[0] and "tidak diperlukan lagi" not in _to(mails, STAFF)[0]
    assert _ticket(app)[2] == []
