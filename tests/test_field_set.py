"""#set checked and overlaid; what a request lacks asked in the requester's language; a forwarder stays requester."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session

from daemon.classify.completeness import missing_items
from daemon.classify.effective_fields import FieldValue, overlay
from daemon.classify.model import RequestFields, RequestType
from daemon.clock import CountingTokens, FixedClock
from daemon.config import Config, load_config
from daemon.outgoing.mail_context import MessageBrief, TicketBrief
from daemon.staff.commands.parsing import parse_staff_reply
from daemon.staff.field_set import parse_set
from daemon.staff.moodle_approval import approval_problems
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import build_app
from storage.models import Ticket
from tests.conftest import write_config
from tests.fakes import ScriptedMailer

WIB = ZoneInfo("Asia/Jakarta")
SAMPLES = Path(__file__).resolve().parent / "data" / "reading"


@pytest.mark.parametrize(
    ("argument", "field", "value"),
    [
        ("fullname Pemrograman Web Lanjut", "changes.fullname", "Pemrograman Web Lanjut"),
        ("changes.shortname  IF302-TI-L", "changes.shortname", "IF302-TI-L"),
        ("FULLNAME   Pemrograman   Web", "changes.fullname", "Pemrograman Web"),
        ("course_code if 302", "course_code", "IF302"),
        ("course_code IF-2204", "course_code", "IF-2204"),
        ("course_code kj-rks3b", "course_code", "KJ-RKS3B"),
        ("course_code MK3207.IA", "course_code", "MK3207.IA"),
        ("course_code TRE3201", "course_code", "TRE3201"),
        ("publish_at 2026-12-07 08:00", "publish_at", "2026-12-07T08:00:00+07:00"),
        ("publish_at 7/12/2026 08.00", "publish_at", "2026-12-07T08:00:00+07:00"),
        ("scope site", "scope", "site"),
        ("credits 3", "changes.credits", "3"),
        ("text Kuis 3 diundur ke Senin.", "text", "Kuis 3 diundur ke Senin."),
    ],
)
def test_set_reads_a_field_and_its_value(argument: str, field: str, value: str) -> None:
    assert parse_set(argument, WIB) == FieldValue(field, value)


@pytest.mark.parametrize(
    ("argument", "problem"),
    [
        ("fulname X", "#set fulname: kolom tidak dikenal"),
        ("changes.colour red", "#set changes.colour: kolom tidak dikenal"),
        ("fullname", "#set fullname: perlu nilai (contoh: #set fullname nilai baru)"),
        ("publish_at besok", "#set publish_at besok: waktu ditulis YYYY-MM-DD HH:MM"),
        ("publish_at 2026-13-40 08:00", "#set publish_at 2026-13-40 08:00: waktu ditulis"),
        ("scope semua", "#set scope semua: cakupan ditulis course (satu mata kuliah) atau site"),
        ("course_code Pemrograman", "#set course_code Pemrograman: kode MK memuat angka (misalnya IF302, IF-2204"),
        ("course_code Pemrograman Web 2", "#set course_code Pemrograman Web 2: kode MK ditulis tanpa spasi"),
        ("course_code IF302!", "#set course_code IF302!: kode MK diawali huruf; isinya huruf, angka, tanda hubung"),
        ("course_code 2204-IF", "kode MK diawali huruf"),
        ("course_code IF--2204", "kode MK diawali huruf"),
        ("course_code IF2204-" + "A" * 20, "kode MK paling panjang 20 karakter"),
        ("credits tiga", "#set credits tiga: SKS berupa angka"),
        ("fullname " + "x" * 255, "terlalu panjang (paling banyak 254 karakter)"),
    ],
)
def test_a_bad_set_says_why(argument: str, problem: str) -> None:
    result = parse_set(argument, WIB)
    assert isinstance(result, str) and problem in result


def test_set_commands_come_one_per_line() -> None:
    reply = parse_staff_reply("#set fullname Pemrograman Web Lanjut\n#set shortname PWL\n#approve\n\nSudah ya.")
    assert reply.arguments("set") == ["fullname Pemrograman Web Lanjut", "shortname PWL"]
    assert reply.has("approve") and reply.text == "Sudah ya."
    assert parse_staff_reply("#set").problems == (
        "#set: perlu keterangan (contoh: #set fullname Pemrograman Web Lanjut)",
    )


def test_overlay_replaces_one_field_and_keeps_the_rest() -> None:
    fields = RequestFields(course_code="IF302", changes=(("fullname", "Web"), ("credits", "3")))
    fields = overlay(fields, FieldValue("changes.fullname", "Pemrograman Web Lanjut"))
    fields = overlay(fields, FieldValue("changes.shortname", "PWL"))
    fields = overlay(fields, FieldValue("course_code", "IF303"))
    assert fields.course_code == "IF303"
    assert dict(fields.changes) == {"credits": "3", "fullname": "Pemrograman Web Lanjut", "shortname": "PWL"}


@pytest.mark.parametrize(
    ("request_type", "fields", "missing"),
    [
        (RequestType.COURSE_DATA, RequestFields(course_code="IF302"), ("changes",)),
        (
            RequestType.COURSE_DATA,
            RequestFields(course_code="IF302", changes=(("fullname", ""),)),
            ("changes.fullname",),
        ),
        (RequestType.COURSE_DATA, RequestFields(changes=(("fullname", "PWL"),)), ("course",)),
        (RequestType.COURSE_DATA, RequestFields(course_name="Web", changes=(("fullname", "PWL"),)), ()),
        (RequestType.ANNOUNCEMENT, RequestFields(title="Kuis 3 Diundur"), ("text",)),
        (RequestType.ANNOUNCEMENT, RequestFields(title="Kuis", text="Kuis 3 diundur."), ()),
        (RequestType.ELEARNING_SUPPORT, RequestFields(), ()),
    ],
)
def test_what_a_request_lacks(request_type: RequestType, fields: RequestFields, missing: tuple[str, ...]) -> None:
    assert missing_items(request_type, fields) == missing


def _brief(language: str, request_type: RequestType) -> tuple[TicketBrief, MessageBrief]:
    at = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    ticket = TicketBrief(7, request_type, "a@polibatam.ac.id", "Andi", "Rename", language, 0.9, False, (), "open", at)
    return ticket, MessageBrief("<r@x>", "", "a@polibatam.ac.id", "Andi", "Rename", "...", at)


@pytest.mark.parametrize(
    ("language", "asked"),
    [("id", "Mohon lengkapi: nama baru mata kuliah."), ("en", "Please complete: the new course name.")],
)
def test_the_receipt_asks_for_the_missing_value_in_the_requesters_language(
    local_config: Config, clock: FixedClock, language: str, asked: str
) -> None:
    app = build_app(local_config, clock=clock, tokens=CountingTokens(), mailer=ScriptedMailer())
    fields = RequestFields(course_code="IF302", changes=(("fullname", ""),))
    ack = app.outgoing.to_requester.ack_mail(*_brief(language, RequestType.COURSE_DATA), fields)
    assert asked in ack.body
    assert "IF302" in ack.body and "fullname" not in ack.body  # no internal names, no empty value claimed


def test_a_complete_request_is_not_asked_for_more(local_config: Config, clock: FixedClock) -> None:
    app = build_app(local_config, clock=clock, tokens=CountingTokens(), mailer=ScriptedMailer())
    fields = RequestFields(course_code="IF302", changes=(("fullname", "Pemrograman Web Lanjut"),))
    ack = app.outgoing.to_requester.ack_mail(*_brief("en", RequestType.COURSE_DATA), fields)
    assert "Please complete" not in ack.body and "New full name: Pemrograman Web Lanjut" in ack.body


def test_a_forwarded_request_opens_a_ticket_for_the_forwarder(local_config: Config, clock: FixedClock) -> None:
    mailer = ScriptedMailer()
    app = build_app(local_config, clock=clock, tokens=CountingTokens(), mailer=mailer)
    raw = (SAMPLES / "forwarded-inline-pesan-asli-no-fwd-subject.eml").read_bytes()
    app.pipeline.ingest(IncomingMail(raw, clock.now()))
    clock.advance(seconds=2)
    app.outbox.run_pass()
    with Session(app.engine) as session:
        ticket = session.get(Ticket, 1)
        assert ticket is not None
        assert (ticket.requester, ticket.type, ticket.course_code) == (
            "sekjur.ti@polibatam.ac.id",
            "course_data",
            "IF302",
        )
    sent = [message_from_bytes(raw, policy=policy.default) for _, _, raw in mailer.sent]
    (ack,) = [message for message in sent if message["Auto-Submitted"] == "auto-replied"]
    assert ack["To"] == "sekjur.ti@polibatam.ac.id"
    assert "Nama lengkap baru: Pemrograman Web Lanjut" in ack.get_content()
    (notice,) = [message for message in sent if message is not ack]
    assert "mohon bantuannya" in notice.get_content()
    assert "Nama baru: Pemrograman Web Lanjut" in notice.get_content(), "staff read the passed-on request"


def test_approve_on_a_ticket_of_another_type_names_that_type_in_words(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, moodle={"url": "https://elearning.example.ac.id"}))
    at = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    ticket = Ticket(type="elearning_support", requester="budi@polibatam.ac.id", created_at=at, updated_at=at)
    assert approval_problems(ticket, parse_staff_reply("#approve"), config) == [
        "#approve: hanya untuk perubahan data mata kuliah atau pengumuman (jenis tiket ini: Bantuan penggunaan "
        "e-learning; bila keliru, koreksi dulu dengan #type course_data atau #type announcement)"
    ]
