"""The 15-minute target on both clocks, reminders, the monthly digest and its catch-up after downtime."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

from daemon.cli.main import main
from daemon.clock import CountingTokens, FixedClock
from daemon.config import load_config
from daemon.jobs.scheduler import SLA_CHUNK, Jobs
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import build_app
from daemon.work_calendar import WorkingCalendar, parse_working_hours
from storage.mail_tables import OutboxItem, StoredMessage
from storage.models import MessageKind
from tests.conftest import migrated, server_sections, write_config
from tests.fakes import ScriptedMailer
from tests.servers import Dovecot, SmtpServer, TlsMaterial

WIB = ZoneInfo("Asia/Jakarta")
PASS = "mx.polibatam.ac.id; dkim=pass header.d=polibatam.ac.id"


def request_mail(number: int, subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = f"Dosen {number} <dosen{number}@polibatam.ac.id>"
    message["To"] = "helpdesk-p4m@polibatam.ac.id"
    message["Subject"] = subject
    message["Message-ID"] = f"<req-{number}@polibatam.ac.id>"
    message.set_content(body)
    return message.as_bytes()


def staff_mail(ticket: int, text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Rina <rina.staf@polibatam.ac.id>"
    message["To"] = "helpdesk-p4m@polibatam.ac.id"
    message["Subject"] = f"Re: [P4M #{ticket}] Baru"
    message["Message-ID"] = f"<staff-{ticket}@polibatam.ac.id>"
    message["Authentication-Results"] = PASS
    message.set_content(text)
    return message.as_bytes()


# (arrival, first staff reply or None), Asia/Jakarta; March 2026 has Nyepi and Idul Fitri holidays 18-24 March.
HISTORY = [
    ("2026-03-02T09:00", "2026-03-02T09:10"),  # 10 min: met on both clocks
    ("2026-03-02T10:00", "2026-03-02T10:30"),  # 30 min: missed on both
    ("2026-03-02T15:55", "2026-03-03T08:05"),  # wall 970 min, working 10 min
    ("2026-03-18T09:00", "2026-03-25T08:10"),  # during the holidays: wall 10030 min, working 10 min
    ("2026-03-06T09:00", None),  # never answered: missed on both
]


@pytest.fixture
def history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    (tmp_path / "mail").mkdir()
    config = write_config(
        tmp_path,
        sla={"working_hours": "Mon-Fri 08:00-16:00", "clock": "wall"},
        digest={"recipients": ["kepala.p4m@polibatam.ac.id"]},
    )
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    for number, (arrival, answered) in enumerate(HISTORY, start=1):
        request = tmp_path / "mail" / f"req{number}.eml"
        request.write_bytes(request_mail(number, f"Lupa password {number}", "Saya tidak bisa login e-learning."))
        assert main(["--config", str(config), "ingest", str(request), "--received-at", arrival]) == 0
        if answered:
            reply = tmp_path / "mail" / f"staff{number}.eml"
            reply.write_bytes(staff_mail(number, "Password sudah kami reset."))
            assert main(["--config", str(config), "ingest", str(reply), "--received-at", answered]) == 0
    bounce = tmp_path / "mail" / "bounce.eml"
    bounce.write_bytes(b"From: MAILER-DAEMON@polibatam.ac.id\r\nSubject: Undelivered Mail\r\n\r\nx\r\n")
    assert main(["--config", str(config), "ingest", str(bounce), "--received-at", "2026-03-04T09:00"]) == 0
    capsys.readouterr()
    return config


def digest_json(config: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--config", str(config), "digest", "--month", "2026-03", "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_digest_figures_match_a_hand_computation_on_both_clocks(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = digest_json(history, capsys)
    assert figures["total"] == 5, "machine mail is not a request"
    assert figures["by_type"] == {
        "course_data": 0,
        "announcement": 0,
        "elearning_support": 5,
        "document_request": 0,
        "other": 0,
    }
    assert figures["by_channel"] == {"email": 5}
    assert (figures["met"], figures["missed"]) == (1, 4)
    assert figures["first_response_within_target_pct"] == 20.0
    assert figures["first_response_median_minutes"] == 500.0  # wall: 10, 30, 970, 10030
    assert figures["first_response_median_minutes_working"] == 10.0  # working: 10, 30, 10, 10
    assert figures["backlog_at_end"] == 5
    assert [breach["number"] for breach in figures["breaches"]] == [2, 3, 4, 5]

    working = history.read_text().replace('clock = "wall"', 'clock = "working"')
    history.write_text(working)
    figures = digest_json(history, capsys)
    assert (figures["met"], figures["missed"]) == (3, 2)
    assert figures["first_response_within_target_pct"] == 60.0
    assert figures["first_response_median_minutes"] == 10.0


def test_digest_html_has_the_chart(history: Path, tmp_path: Path) -> None:
    out = tmp_path / "digest.html"
    assert main(["--config", str(history), "digest", "--month", "2026-03", "--out", str(out)]) == 0
    html = out.read_text()
    assert "data:image/png;base64,iVBOR" in html
    assert "Ringkasan Bulanan Helpdesk P4M" in html and "Maret 2026" in html


@pytest.mark.slow
def test_digest_send_through_real_smtp(
    history: Path,
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    server_env: None,
) -> None:
    text = history.read_text()
    outgoing = server_sections(dovecot, imap_user, smtp, tls)["outgoing"]
    start = text.index("[outgoing]")
    end = text.index("[", start + 1)
    block = "[outgoing]\n" + "\n".join(f"{key} = {json.dumps(value)}" for key, value in outgoing.items()) + "\n\n"
    history.write_text(text[:start] + block + text[end:])
    assert main(["--config", str(history), "digest", "--month", "2026-03", "--send"]) == 0
    digests = [m for m in smtp.handler.parsed() if "Ringkasan Bulanan" in str(m["Subject"])]
    assert len(digests) == 1
    digest = digests[0]
    assert digest["To"] == "kepala.p4m@polibatam.ac.id"
    assert digest.get_content_type() == "multipart/alternative"
    plain = digest.get_body(("plain",))
    html = digest.get_body(("html",))
    assert plain is not None and "20,0%" in plain.get_content()
    related = next(part for part in digest.walk() if part.get_content_type() == "multipart/related")
    image = next(part for part in related.walk() if part.get_content_type() == "image/png")
    assert html is not None and f"cid:{str(image['Content-ID']).strip('<>')}" in html.get_content()
    assert image.get_content().startswith(b"\x89PNG")


def _jobs_app(tmp_path: Path, clock: FixedClock, mailer: ScriptedMailer):  # type: ignore[no-untyped-def]
    config = load_config(
        write_config(
            tmp_path,
            digest={"recipients": ["kepala.p4m@polibatam.ac.id"]},
            sla={"escalate_to": ["kepala.p4m@polibatam.ac.id"]},
        )
    )
    migrated(config)
    return build_app(config, clock=clock, tokens=CountingTokens(), mailer=mailer)


def test_digest_missed_while_down_is_sent_once_after_restart(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 10, 31, 12, 0, tzinfo=WIB).astimezone(UTC))
    mailer = ScriptedMailer()
    app = _jobs_app(tmp_path, clock, mailer)
    Jobs(app).run_all()  # a fresh install: September ended before the daemon or any request existed
    app.outbox.run_pass()
    assert not [m for _, _, m in mailer.sent if b"September 2026" in m], "no digest of a month before the record"
    # The daemon stops on 31 October and comes back on 3 November: October's digest was due on the 1st.
    clock.current = datetime(2026, 11, 3, 10, 0, tzinfo=WIB).astimezone(UTC)
    restarted = Jobs(app)
    restarted.run_all()
    restarted.run_all()
    app.outbox.run_pass()
    october = [m for _, _, m in mailer.sent if b"Oktober 2026" in m]
    assert len(october) == 1, "sent once after the restart, not twice"
    with Session(app.engine) as session:
        digests = session.exec(select(StoredMessage).where(StoredMessage.kind == MessageKind.DIGEST)).all()
        assert len(digests) == 1


def test_first_start_reports_months_the_loaded_history_covers(tmp_path: Path) -> None:
    """A history loaded with --received-at before the first start makes its months reportable."""
    clock = FixedClock(datetime(2026, 11, 2, 10, 0, tzinfo=WIB).astimezone(UTC))
    mailer = ScriptedMailer()
    app = _jobs_app(tmp_path, clock, mailer)
    arrival = datetime(2026, 10, 20, 9, 0, tzinfo=WIB).astimezone(UTC)
    app.pipeline.ingest(IncomingMail(request_mail(1, "Tidak bisa login", "Mohon bantuan login."), arrival))
    Jobs(app).run_all()
    app.outbox.run_pass()
    assert [m for _, _, m in mailer.sent if b"Oktober 2026" in m]


def test_no_digest_before_its_time_on_the_first(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 1, 6, 59, tzinfo=WIB).astimezone(UTC))
    app = _jobs_app(tmp_path, clock, ScriptedMailer())
    jobs = Jobs(app)
    assert jobs.due_digest_months(clock.now(), "2026-09") == []
    clock.current = datetime(2026, 11, 1, 7, 0, tzinfo=WIB).astimezone(UTC)
    assert jobs.due_digest_months(clock.now(), "2026-09") == [(2026, 10)]
    assert jobs.due_digest_months(clock.now(), "2026-05") == [(2026, 6), (2026, 7), (2026, 8), (2026, 9), (2026, 10)]


def test_reminder_then_escalation_once_each(tmp_path: Path) -> None:
    arrival = datetime(2026, 11, 23, 9, 0, tzinfo=WIB).astimezone(UTC)
    clock = FixedClock(arrival)
    mailer = ScriptedMailer()
    app = _jobs_app(tmp_path, clock, mailer)
    app.pipeline.ingest(IncomingMail(request_mail(1, "Tidak bisa login", "Mohon bantuan login."), arrival))
    jobs = Jobs(app)
    for minutes in (5, 10, 11, 12, 16, 17, 30):
        clock.current = arrival + timedelta(minutes=minutes)
        jobs.sla_watch(clock.now())
    with Session(app.engine) as session:
        kinds = [item.kind for item in session.exec(select(OutboxItem)).all()]
    assert kinds.count(MessageKind.REMINDER) == 1
    assert kinds.count(MessageKind.ESCALATION) == 1


@pytest.mark.slow  # a backlog of more than one SLA chunk of tickets: about 10 s
def test_sla_watch_over_a_backlog_alerts_each_ticket_once_across_chunks(tmp_path: Path) -> None:
    arrival = datetime(2026, 11, 23, 9, 0, tzinfo=WIB).astimezone(UTC)
    clock = FixedClock(arrival)
    app = _jobs_app(tmp_path, clock, ScriptedMailer())
    count = SLA_CHUNK + 50
    mails = [
        IncomingMail(request_mail(n, f"Tidak bisa login {n}", "Mohon bantuan login."), arrival) for n in range(count)
    ]
    app.pipeline.ingest_batch(mails)
    jobs = Jobs(app)
    for minutes in (11, 12, 16, 17):
        clock.current = arrival + timedelta(minutes=minutes)
        jobs.sla_watch(clock.now())
    with Session(app.engine) as session:
        items = session.exec(select(OutboxItem)).all()
        reminded = [item.ticket_id for item in items if item.kind == MessageKind.REMINDER]
        escalated = [item.ticket_id for item in items if item.kind == MessageKind.ESCALATION]
    assert len(reminded) == len(set(reminded)) == count
    assert len(escalated) == len(set(escalated)) == count


def test_working_calendar_skips_nights_weekends_and_holidays() -> None:
    calendar = WorkingCalendar(WIB, parse_working_hours("Mon-Fri 08:00-16:00"), frozenset())
    friday = datetime(2026, 11, 20, 15, 50, tzinfo=WIB)
    monday = datetime(2026, 11, 23, 8, 5, tzinfo=WIB)
    assert calendar.working_minutes(friday, monday) == 15.0
    assert calendar.add_working_minutes(friday, 15) == monday
    christmas_eve = datetime(2026, 12, 24, 9, 0, tzinfo=WIB)  # cuti bersama, then Christmas
    assert calendar.add_working_minutes(christmas_eve, 10) == datetime(2026, 12, 28, 8, 10, tzinfo=WIB)
    closed = WorkingCalendar(
        WIB, parse_working_hours("Mon-Fri 08:00-16:00"), frozenset({datetime(2026, 11, 23).date()})
    )
    assert closed.working_minutes(friday, monday) == 10.0


def test_working_hours_errors_name_the_problem(tmp_path: Path) -> None:
    from daemon.errors import ConfigError

    with pytest.raises(ConfigError, match=r"sla\.working_hours"):
        load_config(write_config(tmp_path, sla={"working_hours": "Monday to Friday"}))
    with pytest.raises(ValueError, match="end before they start"):
        parse_working_hours("Mon-Fri 16:00-08:00")


def test_message_kinds_are_recorded(history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--config", str(history), "tickets", "show", "1", "--json"]) == 0
    ticket = json.loads(capsys.readouterr().out)
    assert [m["kind"] for m in ticket["messages"]][:3] == ["request", "ack", "notice"]
    assert ticket["first_response_at"] == "2026-03-02T09:10:00+07:00"


def test_a_weekend_request_is_chased_when_the_unit_opens_as_its_receipt_promised(tmp_path: Path) -> None:
    """Receipt, staff notice, reminder and escalation share one time: nobody is paged on Saturday evening."""
    arrival = datetime(2026, 11, 28, 19, 30, tzinfo=WIB).astimezone(UTC)  # Saturday evening
    clock = FixedClock(arrival)
    mailer = ScriptedMailer()
    app = _jobs_app(tmp_path, clock, mailer)
    app.pipeline.ingest(IncomingMail(request_mail(1, "Tidak bisa login", "Mohon bantuan login."), arrival))
    app.outbox.run_pass()
    promised = "Senin, 30 November 2026 pukul 08.15 WIB"
    by_kind = {
        str(message["Auto-Submitted"]): message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        for message in (email.message_from_bytes(raw, policy=email.policy.default) for _, _, raw in mailer.sent)
    }
    assert len(by_kind) == 2 and all(promised in text for text in by_kind.values()), "receipt and notice agree"
    jobs = Jobs(app)
    monday = datetime(2026, 11, 30, 8, 0, tzinfo=WIB).astimezone(UTC)
    for moment in (arrival + timedelta(minutes=11), arrival + timedelta(minutes=16), arrival + timedelta(hours=20)):
        clock.current = moment
        jobs.sla_watch(moment)
    with Session(app.engine) as session:
        kinds = [item.kind for item in session.exec(select(OutboxItem)).all()]
    assert MessageKind.REMINDER not in kinds and MessageKind.ESCALATION not in kinds, "quiet over the weekend"
    for minutes in (5, 11, 16):
        clock.current = monday + timedelta(minutes=minutes)
        jobs.sla_watch(clock.current)
    with Session(app.engine) as session:
        kinds = [item.kind for item in session.exec(select(OutboxItem)).all()]
    assert kinds.count(MessageKind.REMINDER) == 1 and kinds.count(MessageKind.ESCALATION) == 1
