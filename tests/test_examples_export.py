"""`helpdesk examples export DIR`: requests staff corrected with #type and #set become a corpus `eval` reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import Session

from daemon.classify.evaluation import evaluate
from daemon.cli.main import main
from daemon.clock import CountingTokens, FixedClock
from daemon.config import load_config
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import App, build_app
from parsers.automail import ScreeningContext
from storage import queries
from storage.models import MessageKind
from tests.conftest import write_config
from tests.fakes import ScriptedMailer

STAFF = "rina.staf@polibatam.ac.id"
VIDEO = (
    b"From: Wati Lestari <wati@polibatam.ac.id>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\nSubject: Video pembelajaran\r\n"
    b"Message-ID: <video-1@polibatam.ac.id>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0700\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Selamat pagi, mohon bantuan pembuatan video pembelajaran untuk MK Kalkulus di studio rekaman P4M, "
    b"termasuk penyuntingan dan unggah ke kanal resmi.\r\n"
)
RENAME = (
    b"From: Andi Wijaya <andi.w@polibatam.ac.id>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\n"
    b"Subject: Perubahan nama mata kuliah IF302\r\nMessage-ID: <rename-1@polibatam.ac.id>\r\n"
    b"Date: Mon, 23 Nov 2026 09:05:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Selamat pagi Tim P4M,\r\n\r\nMohon bantuannya untuk mengganti nama mata kuliah IF302 Pemrograman Web "
    b"di e-learning.\r\n\r\nTerima kasih.\r\nAndi\r\n"
)
LOGIN = (
    b"From: Siti <siti@students.polibatam.ac.id>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\nSubject: Tidak bisa login\r\n"
    b"Message-ID: <login-1@polibatam.ac.id>\r\nDate: Mon, 23 Nov 2026 09:10:00 +0700\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nSaya tidak bisa login ke e-learning sejak kemarin.\r\n"
)


def staff_reply(number: int, commands: str) -> bytes:
    return (
        f"From: Rina <{STAFF}>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\nSubject: Re: [P4M #{number}] x\r\n"
        f"Message-ID: <staff-{number}@polibatam.ac.id>\r\n"
        "Authentication-Results: mx.polibatam.ac.id; dkim=pass header.d=polibatam.ac.id\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{commands}\r\n\r\nSudah kami catat.\r\n"
    ).encode()


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    path = write_config(tmp_path)
    assert main(["--config", str(path), "db", "upgrade"]) == 0
    return path


@pytest.fixture
def app(config_path: Path, clock: FixedClock) -> App:
    return build_app(load_config(config_path), clock=clock, tokens=CountingTokens(), mailer=ScriptedMailer())


def ingest(app: App, clock: FixedClock, raw: bytes) -> int | None:
    clock.advance(seconds=60)
    return app.pipeline.ingest(IncomingMail(raw, clock.now())).ticket_id


def test_corrected_requests_become_a_corpus_that_eval_reads(
    app: App, clock: FixedClock, config_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    video, rename, login = (ingest(app, clock, raw) for raw in (VIDEO, RENAME, LOGIN))
    assert (video, rename, login) == (1, 2, 3)
    with Session(app.engine) as session:
        before = queries.tickets(session, None)
        classified_video = next(ticket.type for ticket in before if ticket.id == 1)
    assert classified_video != "elearning_support", "the correction must change something"
    ingest(app, clock, staff_reply(1, "#type elearning_support"))
    ingest(app, clock, staff_reply(2, "#set fullname Pemrograman Web Lanjut\n#set credits 3"))
    out = tmp_path / "taught"
    capsys.readouterr()

    assert main(["--config", str(config_path), "examples", "export", str(out)]) == 0

    assert "2 ticket(s) with 3 example(s) (1 #type, 2 #set)" in capsys.readouterr().out
    assert sorted(path.name for path in out.iterdir()) == ["0001-1.eml", "0002-2.eml", "labels.json"]
    assert (out / "0001-1.eml").read_bytes() == VIDEO and (out / "0002-2.eml").read_bytes() == RENAME
    labels = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    assert labels == {
        "0001-1.eml": {
            "type": "elearning_support",
            "fields": {},
            "lang": "id",
            "note": f"taught by staff: #type elearning_support (was {classified_video})",
        },
        "0002-2.eml": {
            "type": "course_data",
            "fields": {
                "course_code": "IF302",
                "course_name": "Pemrograman Web",
                "changes": {"fullname": "Pemrograman Web Lanjut", "credits": "3"},
            },
            "lang": "id",
            "note": "taught by staff: #set changes.fullname Pemrograman Web Lanjut; #set changes.credits 3",
        },
    }
    assert STAFF not in (out / "labels.json").read_text(encoding="utf-8")

    config = load_config(config_path)
    context = ScreeningContext(config.own_addresses(), config.helpdesk.address)
    report = evaluate(out, config.helpdesk.tag, context)
    assert report.messages == 2
    assert report.per_type["elearning_support"].support == 1 and report.per_type["course_data"].support == 1
    assert report.change_pairs.expected == 2, "both values staff set are judged"
    assert report.field_accuracy["course_code"] == 1.0


def test_a_directory_that_is_not_empty_is_refused(
    app: App, clock: FixedClock, config_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest(app, clock, RENAME)
    ingest(app, clock, staff_reply(1, "#set fullname Pemrograman Web Lanjut"))
    out = tmp_path / "taught"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    capsys.readouterr()

    assert main(["--config", str(config_path), "examples", "export", str(out)]) == 2

    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "is not empty" in error
    assert sorted(path.name for path in out.iterdir()) == ["notes.txt"]


def test_nothing_taught_writes_nothing(
    app: App, clock: FixedClock, config_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest(app, clock, LOGIN)
    out = tmp_path / "taught"
    capsys.readouterr()
    assert main(["--config", str(config_path), "examples", "export", str(out)]) == 0
    assert "nothing written" in capsys.readouterr().out
    assert not out.exists()


def test_the_request_is_exported_not_a_later_message(app: App, clock: FixedClock, tmp_path: Path) -> None:
    from daemon.cli.examples_command import export_examples

    ingest(app, clock, RENAME)
    ingest(app, clock, staff_reply(1, "#type announcement"))
    with Session(app.engine) as session:
        exported = export_examples(session, tmp_path / "taught")
        request = queries.first_message_of_ticket(session, 1, MessageKind.REQUEST)
    assert (exported.tickets, exported.type_examples, exported.field_examples) == (1, 1, 0)
    assert request is not None and (tmp_path / "taught" / "0001-1.eml").read_bytes() == request.raw == RENAME
