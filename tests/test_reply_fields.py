"""A requester's reply completes what their request lacked: read like a request, kept under #set, told to staff,
thanked once when the request becomes complete; questions, thanks and hedges fill nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from sqlmodel import Session, select

from daemon.classify.effective_fields import FieldValue, effective_fields
from daemon.classify.model import RequestFields, RequestType
from daemon.classify.reply_fields import bare_value, fillable_fields, read_reply
from daemon.cli.ticket_json import ticket_detail
from daemon.clock import CountingTokens, FixedClock
from daemon.config import Config
from daemon.staff.field_set import apply_set
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import App, build_app
from storage.models import Event, EventKind, Ticket
from tests.fakes import ScriptedMailer

AT = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)
SUBJECT = "Perubahan nama mata kuliah IF302"
NAMED = RequestFields(course_code="IF302", course_name="Pemrograman Web")  # the receipt asked what and to what
ONE_MISSING = RequestFields(course_code="IF302", changes=(("fullname", ""),))  # asked for the new name
REQUESTER = "andi.w@polibatam.ac.id"


def _read(fields: RequestFields, text: str, subject: str = SUBJECT, staff: frozenset[str] = frozenset()) -> object:
    return read_reply(RequestType.COURSE_DATA, fields, fields, staff, subject, text, AT)


@pytest.mark.parametrize(
    ("fields", "subject", "text", "given"),
    [
        (NAMED, SUBJECT, "Nama barunya Pemrograman Web Lanjut, terima kasih", "Pemrograman Web Lanjut"),
        (NAMED, SUBJECT, "Seharusnya Pemrograman Web Lanjut", "Pemrograman Web Lanjut"),
        (NAMED, SUBJECT, "Nama baru: Pemrograman Web Lanjut. Kapan bisa selesai?", "Pemrograman Web Lanjut"),
        # A bare value: the field is the one the subject names, as the classifier reads "jadi X" on a reply.
        (NAMED, SUBJECT, "Pemrograman Web Lanjut", "Pemrograman Web Lanjut"),
        (ONE_MISSING, "Permohonan", "Pemrograman Web Lanjut, terima kasih pak", "Pemrograman Web Lanjut"),
        (ONE_MISSING, "Permohonan", "Baik.\nPemrograman Web Lanjut\n\nSalam,\nAndi Wijaya", "Pemrograman Web Lanjut"),
    ],
)
def test_a_reply_gives_the_new_name(fields: RequestFields, subject: str, text: str, given: str) -> None:
    assert _read(fields, text, subject) == (FieldValue("changes.fullname", given),)


@pytest.mark.parametrize(
    "text",
    [
        "Terima kasih",
        "Terima kasih banyak atas bantuannya",
        "Oke pak siap",
        "Ok noted",
        "Apakah nama barunya harus Pemrograman Web Lanjut?",
        "Apakah bisa diubah menjadi Pemrograman Web Lanjut?",
        "Mungkin Pemrograman Web Lanjut",
        "Nanti saya kabari nama barunya",
        "Nama barunya menyusul ya pak",
        "Baik, akan saya tanyakan dulu ke kaprodi",
        "Saya sudah kirim kemarin",
        "Terlampir",
        "Pemrograman Web Lanjut\nAtau Pemrograman Web II",
    ],
)
def test_a_question_a_thanks_or_a_hedge_fills_nothing(text: str) -> None:
    assert _read(ONE_MISSING, text) == ()
    assert _read(NAMED, text) == ()


def test_a_bare_value_needs_exactly_one_missing_field_it_can_name() -> None:
    both = RequestFields(changes=(("fullname", ""),))  # no course and no new name
    assert _read(both, "Pemrograman Web Lanjut", subject="Permohonan") == ()
    assert _read(NAMED, "Pemrograman Web Lanjut", subject="Permohonan") == ()  # which change is unknown
    # The course, by its shape.
    course_missing = RequestFields(changes=(("fullname", "Pemrograman Web Lanjut"),))
    assert _read(course_missing, "IF 302", subject="Permohonan") == (FieldValue("course_code", "IF 302"),)
    assert _read(course_missing, "Pemrograman Web", subject="Permohonan") == (
        FieldValue("course_name", "Pemrograman Web"),
    )


def test_only_missing_fields_are_filled_and_never_what_staff_set() -> None:
    complete = RequestFields(course_code="IF302", changes=(("fullname", "Pemrograman Web"),))
    assert fillable_fields(RequestType.COURSE_DATA, complete, frozenset()) == set()
    assert _read(complete, "Nama baru: Pemrograman Web Lanjut") == ()
    staff = frozenset({"changes.fullname"})
    assert _read(ONE_MISSING, "Nama baru: Pemrograman Web Lanjut", staff=staff) == ()
    # Another change named in the reply is not a missing field of this request.
    assert _read(ONE_MISSING, "Nama baru: Pemrograman Web Lanjut, SKS jadi 3") == (
        FieldValue("changes.fullname", "Pemrograman Web Lanjut"),
    )


def test_an_announcement_text_on_one_line_is_taken() -> None:
    fields = RequestFields(course_code="IF302", scope="course")
    text = "Kuliah hari Rabu diganti ke Kamis pukul 10.00 di ruang 301."
    assert read_reply(RequestType.ANNOUNCEMENT, fields, fields, frozenset(), "Pengumuman IF302", text, AT) == (
        FieldValue("text", text),
    )
    for nothing in ("Terima kasih pak", "Mohon segera diproses ya", "Teksnya terlampir", "Bisa dipublikasikan besok?"):
        assert read_reply(RequestType.ANNOUNCEMENT, fields, fields, frozenset(), "Pengumuman", nothing, AT) == ()
    text = "Kuis 3 tidak jadi hari ini dan akan diganti minggu depan."
    assert read_reply(RequestType.ANNOUNCEMENT, fields, fields, frozenset(), "Pengumuman", text, AT) == (
        FieldValue("text", text),
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dian Permata Sari, S.Kom., M.Kom.", "Dian Permata Sari, S.Kom., M.Kom."),
        ('"IF-2C Malam"', "IF-2C Malam"),
        ("Siap pak, KJ-RKS3B", "KJ-RKS3B"),
        ("Mohon diganti ya", None),
        ("Kuis tidak jadi hari ini", None),
        ("Pemrograman Web Lanjut untuk semester ganjil tahun ini yang akan datang sesuai kurikulum baru prodi", None),
    ],
)
def test_bare_value(text: str, value: str | None) -> None:
    assert bare_value(text) == value


# Through the pipeline, on SQLite.


def _mail(number: int, body: str, subject: str, *, reply_to: str | None = None, sender: str = REQUESTER) -> bytes:
    message = EmailMessage()
    message["From"] = f"Andi Wijaya <{sender}>"
    message["To"] = "helpdesk-p4m@polibatam.ac.id"
    message["Subject"] = subject
    message["Message-ID"] = f"<m{number}@polibatam.ac.id>"
    if reply_to:
        message["In-Reply-To"] = reply_to
    message.set_content(body)
    return message.as_bytes()


def _open(clock: FixedClock, config: Config, body: str, subject: str = SUBJECT) -> tuple[App, ScriptedMailer]:
    mailer = ScriptedMailer()
    app = build_app(config, clock=clock, tokens=CountingTokens(), mailer=mailer)
    app.pipeline.ingest(IncomingMail(_mail(1, body, subject), clock.now()))
    clock.advance(seconds=2)
    app.outbox.run_pass()
    return app, mailer


def _reply(
    app: App, mailer: ScriptedMailer, clock: FixedClock, number: int, body: str, subject: str = SUBJECT
) -> list[EmailMessage]:
    """Ingest the requester's reply; the mail it caused."""
    before = len(mailer.sent)
    raw = _mail(number, body, f"Re: [P4M #1] {subject}", reply_to="<m1@polibatam.ac.id>")
    app.pipeline.ingest(IncomingMail(raw, clock.now()))
    clock.advance(seconds=2)
    app.outbox.run_pass()
    return [message_from_bytes(raw, policy=policy.default) for _, _, raw in mailer.sent[before:]]


def _to(mails: list[EmailMessage], address: str) -> list[str]:
    return [mail.get_content().replace("\r\n", "\n") for mail in mails if mail["To"] == address]


def _ticket(app: App) -> tuple[Ticket, dict[str, object], list[Event]]:
    with Session(app.engine) as session:
        ticket = session.get(Ticket, 1)
        assert ticket is not None
        detail = ticket_detail(session, ticket, "P4M", app.config.helpdesk.zone)
        events = list(session.exec(select(Event).where(Event.kind == EventKind.FIELDS_FROM_REQUESTER)).all())
        return ticket, detail, events


REQUEST = "Yth. Tim P4M,\n\nMohon nama mata kuliah Pemrograman Web (IF302) di e-learning diubah.\n\nTerima kasih."


def test_the_reply_fills_the_field_staff_are_told_and_the_requester_is_thanked_once(
    local_config: Config, clock: FixedClock
) -> None:
    app, mailer = _open(clock, local_config, REQUEST)
    (receipt,) = _to([message_from_bytes(raw, policy=policy.default) for _, _, raw in mailer.sent], REQUESTER)
    assert "Mohon lengkapi" in receipt

    mails = _reply(app, mailer, clock, 2, "Nama barunya Pemrograman Web Lanjut, terima kasih")
    (notice,) = _to(mails, "p4m-staf@polibatam.ac.id")
    assert "Dibaca dari balasan pemohon:\n  - nama baru mata kuliah = Pemrograman Web Lanjut" in notice
    assert "Belum lengkap" not in notice
    (thanks,) = _to(mails, REQUESTER)
    assert "Terima kasih, data permintaan [P4M #1] sudah lengkap" in thanks
    assert "Nama lengkap baru: Pemrograman Web Lanjut" in thanks and "fullname" not in thanks
    _, detail, (event,) = _ticket(app)
    assert detail["fields"] == {
        "course_code": "IF302",
        "course_name": "Pemrograman Web",
        "changes": {"fullname": "Pemrograman Web Lanjut"},
    }
    assert "changes" not in detail["classified_fields"]  # type: ignore[operator]
    assert (event.actor, event.message_id) == (REQUESTER, "<m2@polibatam.ac.id>")
    assert json.loads(event.detail) == {"values": {"changes.fullname": "Pemrograman Web Lanjut"}}

    # A later value from the requester wins over their earlier one; the request was complete already: no mail.
    mails = _reply(app, mailer, clock, 3, "Maaf, yang benar nama barunya Pemrograman Web Lanjutan")
    assert _to(mails, REQUESTER) == []
    (notice,) = _to(mails, "p4m-staf@polibatam.ac.id")
    assert "nama baru mata kuliah = Pemrograman Web Lanjutan" in notice
    assert _ticket(app)[1]["fields"]["changes"] == {"fullname": "Pemrograman Web Lanjutan"}  # type: ignore[index]

    # What the first request asked, as a labelled example (examples export): the requester's later values left out.
    with Session(app.engine) as session:
        ticket = session.get(Ticket, 1)
        assert ticket is not None
        assert effective_fields(session, ticket).changes == (("fullname", "Pemrograman Web Lanjutan"),)
        assert effective_fields(session, ticket, from_replies=False).changes == ()

    # A thank-you fills nothing and says nothing to the requester.
    mails = _reply(app, mailer, clock, 4, "Terima kasih banyak pak")
    assert _to(mails, REQUESTER) == [] and "Dibaca dari balasan" not in _to(mails, "p4m-staf@polibatam.ac.id")[0]
    assert len(_ticket(app)[2]) == 2


def test_a_reply_never_overwrites_what_staff_set(local_config: Config, clock: FixedClock) -> None:
    app, mailer = _open(clock, local_config, REQUEST)
    with Session(app.engine) as session:
        ticket = session.get(Ticket, 1)
        assert ticket is not None
        apply_set(session, ticket, "fullname Pemrograman Web II", "rina.staf@polibatam.ac.id", clock.now(), AT.tzinfo)  # type: ignore[arg-type]
        session.commit()
    mails = _reply(app, mailer, clock, 2, "Nama barunya Pemrograman Web Lanjut")
    assert _to(mails, REQUESTER) == []
    assert "Dibaca dari balasan" not in _to(mails, "p4m-staf@polibatam.ac.id")[0]
    ticket, detail, events = _ticket(app)
    assert detail["fields"]["changes"] == {"fullname": "Pemrograman Web II"} and events == []  # type: ignore[index]
    with Session(app.engine) as session:
        assert effective_fields(session, ticket).changes == (("fullname", "Pemrograman Web II"),)


def test_a_reply_that_leaves_something_missing_sends_the_requester_nothing(
    local_config: Config, clock: FixedClock
) -> None:
    subject = "Perubahan nama mata kuliah"
    app, mailer = _open(clock, local_config, "Mohon nama mata kuliah saya di e-learning diubah, terima kasih.", subject)
    assert "course_code" not in _ticket(app)[1]["fields"]  # type: ignore[operator]
    mails = _reply(app, mailer, clock, 2, "Nama barunya Pemrograman Web Lanjut", subject)
    assert _to(mails, REQUESTER) == []
    (notice,) = _to(mails, "p4m-staf@polibatam.ac.id")
    assert "nama baru mata kuliah = Pemrograman Web Lanjut" in notice and "Belum lengkap" in notice


def test_mail_from_someone_else_fills_nothing(local_config: Config, clock: FixedClock) -> None:
    app, _ = _open(clock, local_config, REQUEST)
    raw = _mail(2, "Nama barunya X", f"Re: [P4M #1] {SUBJECT}", reply_to="<m1@polibatam.ac.id>", sender="b@x.id")
    app.pipeline.ingest(IncomingMail(raw, clock.now()))
    assert _ticket(app)[2] == []


def test_an_english_requester_is_thanked_in_english(local_config: Config, clock: FixedClock) -> None:
    subject = "Course rename IF302"
    body = "Dear P4M team,\n\nPlease rename my course IF302 (Web Programming) on e-learning.\n\nBest regards,\nAndi"
    app, mailer = _open(clock, local_config, body, subject)
    mails = _reply(app, mailer, clock, 2, "The new course name should be Advanced Web Programming.", subject)
    (thanks,) = _to(mails, REQUESTER)
    assert "Thank you, the details of request [P4M #1] are now complete" in thanks
    assert "Advanced Web Programming" in thanks
