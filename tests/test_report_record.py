"""The yearly LED report, thread and register exports, and five-year retention."""

from __future__ import annotations

import csv
import json
import mailbox
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlmodel import Session, SQLModel, col, func, select

from daemon.cli.main import main
from daemon.clock import CountingTokens, FixedClock
from daemon.config import Config, load_config
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import App, build_app
from storage.mail_tables import Attachment, StoredMessage
from storage.models import Event, FieldExample, PurgedTicket, Ticket
from tests.conftest import server_sections, write_config
from tests.fakes import ScriptedMailer
from tests.servers import Dovecot, SmtpServer, TlsMaterial

WIB = ZoneInfo("Asia/Jakarta")
PASS = "mx.polibatam.ac.id; dkim=pass header.d=polibatam.ac.id"


def request(key: str, subject: str = "Tidak bisa login e-learning") -> bytes:
    message = EmailMessage()
    message["From"] = f"Mahasiswa {key} <m{key}@students.polibatam.ac.id>"
    message["To"] = "helpdesk-p4m@polibatam.ac.id"
    message["Subject"] = subject
    message["Message-ID"] = f"<{key}@students.polibatam.ac.id>"
    message.set_content("Saya tidak bisa login ke e-learning, mohon bantuan.\nFrom the library computer.")
    message.add_attachment(b"\x89PNG fake screenshot", maintype="image", subtype="png", filename="layar.png")
    message.set_boundary(f"boundary-{key}")
    return message.as_bytes()


def staff(number: int, key: str, commands: str = "") -> bytes:
    message = EmailMessage()
    message["From"] = "Rina <rina.staf@polibatam.ac.id>"
    message["Subject"] = f"Re: [P4M #{number}] Baru"
    message["Message-ID"] = f"<staff-{key}@polibatam.ac.id>"
    message["Authentication-Results"] = PASS
    message.set_content(f"{commands}Password Anda sudah kami reset.")
    return message.as_bytes()


def history(app: App, clock: FixedClock, year: int, plan: list[tuple[int, int | None]], prefix: str) -> list[int]:
    """One request per (month, minutes to first staff reply or None); every answered one is resolved."""
    numbers = []
    for index, (month, minutes) in enumerate(plan):
        arrival = datetime(year, month, 10, 9, 0, tzinfo=WIB).astimezone(UTC)
        clock.current = arrival
        result = app.pipeline.ingest(IncomingMail(request(f"{prefix}{index}"), arrival))
        assert result.ticket_id is not None
        numbers.append(result.ticket_id)
        if minutes is not None:
            clock.current = arrival + timedelta(minutes=minutes)
            reply = staff(result.ticket_id, f"{prefix}{index}", "#resolve\n#close\n")
            app.pipeline.ingest(IncomingMail(reply, clock.current))
    app.outbox.run_pass()
    return numbers


# 2025: eight answered within 10 minutes, three after 30 minutes, one never answered -> IKU 8/12 = 66.67 %.
PLAN_2025 = [(1, 5), (2, 8), (3, 10), (4, 3), (5, 7), (6, 9), (7, 2), (8, 6), (9, 30), (10, 45), (11, 60), (12, None)]


@pytest.fixture
def recorded(local_config: Config) -> tuple[App, FixedClock, Config]:
    clock = FixedClock(datetime(2020, 1, 1, tzinfo=UTC))
    app = build_app(local_config, clock=clock, tokens=CountingTokens(), mailer=ScriptedMailer())
    history(app, clock, 2020, [(2, 5), (3, 40), (6, 12)], "old")
    history(app, clock, 2025, PLAN_2025, "y25")
    clock.current = datetime(2026, 1, 15, tzinfo=UTC)
    return app, clock, local_config


def report_args(config: Config, year: int, fmt: str, out: Path) -> list[str]:
    return [
        "--config",
        str(config.base_dir / "helpdesk.toml"),
        "report",
        "--year",
        str(year),
        "--format",
        fmt,
        "--out",
        str(out),
    ]


def test_docx_report_has_the_led_structure_and_the_hand_computed_iku(
    recorded: tuple[App, FixedClock, Config], tmp_path: Path
) -> None:
    _, _, config = recorded
    out = tmp_path / "led-2025.docx"
    assert main(report_args(config, 2025, "docx", out)) == 0
    document = Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    for expected in (
        "Ringkasan Eksekutif",
        "I. Pendahuluan",
        "A. Kondisi Eksternal",
        "B. Profil Layanan",
        "1. Latar Belakang",
        "4. Indikator Kinerja Utama",
        "8. Kepuasan Pengguna",
        "9. Simpulan Hasil Evaluasi serta Tindak Lanjut",
        "D. Analisis SWOT",
        "III. Penutup",
        "Lampiran",
    ):
        assert expected in headings
    iku_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Kode")
    assert [cell.text for cell in iku_table.rows[1].cells] == [
        "IKU B.1.2.8.10.a",
        "Permintaan yang direspons paling lambat 15 menit",
        "≥ 90,0%",
        "66,7%",
        "Belum tercapai",
    ]
    recap = next(t for t in document.tables if t.rows[0].cells[0].text == "Bulan")
    assert len(recap.rows) == 13 and recap.rows[1].cells[1].text == "1"
    assert len(document.inline_shapes) == 5, "five charts"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Pembanding tahun 2024" not in text and "12 permintaan" in text


def test_html_and_markdown_reports_open(recorded: tuple[App, FixedClock, Config], tmp_path: Path) -> None:
    _, _, config = recorded
    html_out, md_out = tmp_path / "led.html", tmp_path / "led.md"
    assert main(report_args(config, 2025, "html", html_out)) == 0
    assert main(report_args(config, 2025, "md", md_out)) == 0

    class Collector(HTMLParser):
        images = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.images += tag == "img" and any(v and v.startswith("data:image/png") for _, v in attrs)

    parser = Collector()
    parser.feed(html_out.read_text())
    assert parser.images == 5
    assert "66,7%" in md_out.read_text()


def test_pdf_without_libreoffice_says_what_to_do(
    recorded: tuple[App, FixedClock, Config],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, _, config = recorded
    monkeypatch.setenv("PATH", "/nonexistent")
    assert main(report_args(config, 2025, "pdf", tmp_path / "led.pdf")) == 2
    assert "LibreOffice" in capsys.readouterr().err


def test_thread_export_is_byte_exact(recorded: tuple[App, FixedClock, Config], tmp_path: Path) -> None:
    app, _, config = recorded
    with Session(app.engine) as session:
        number = session.exec(select(Ticket.id).where(Ticket.requester == "my250@students.polibatam.ac.id")).first()
    assert number is not None
    eml, box = tmp_path / "t.eml", tmp_path / "t.mbox"
    toml = str(config.base_dir / "helpdesk.toml")
    assert main(["--config", toml, "export", str(number), "--out", str(eml)]) == 0
    assert main(["--config", toml, "export", str(number), "--out", str(box)]) == 0
    assert eml.read_bytes() == request("y250")
    assert len(mailbox.mbox(str(box))) == 6  # request, ack, notice, staff reply, relay, resolution
    first = read_mboxrd(box.read_bytes())[0]
    assert first == request("y250").replace(b"\r\n", b"\n").rstrip(b"\n"), "mboxrd restores the bytes exactly"


def read_mboxrd(data: bytes) -> list[bytes]:
    messages: list[list[bytes]] = []
    for line in data.split(b"\n"):
        if line.startswith(b"From ") and (not messages or not messages[-1] or messages[-1][-1] == b""):
            messages.append([])
            continue
        messages[-1].append(line[1:] if line.lstrip(b">").startswith(b"From ") and line.startswith(b">") else line)
    return [b"\n".join(lines).rstrip(b"\n") for lines in messages]


def test_register_export_csv_and_xlsx(recorded: tuple[App, FixedClock, Config], tmp_path: Path) -> None:
    _, _, config = recorded
    toml = str(config.base_dir / "helpdesk.toml")
    assert main(["--config", toml, "export", "--year", "2025", "--out", str(tmp_path / "r.csv")]) == 0
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith("\ufeff".encode()), "a byte-order mark, so Excel reads UTF-8"
    rows = list(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8-sig"), delimiter=";"))
    assert len(rows) == 12
    first, last = rows[0], rows[-1]
    assert first["Nomor"] == "4" and first["Diterima (WIB)"] == "2025-01-10 09:00"
    assert first["Respons (menit, jam dinding)"] == "5" and first["Status"] == "Ditutup"
    assert first["Target 15 menit"] == "Tepat waktu" and first["Kanal"] == "Email"
    assert first["Jenis"] == "Bantuan penggunaan e-learning" and first["Ditangani oleh"] == "rina.staf@polibatam.ac.id"
    assert last["Target 15 menit"] == "Terlambat" and last["Respons pertama (WIB)"] == ""
    assert main(["--config", toml, "export", "--year", "2025", "--out", str(tmp_path / "r.xlsx")]) == 0
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet is not None and sheet.max_row == 13
    assert [cell.value for cell in sheet[1]][:3] == ["Nomor", "Diterima (WIB)", "Tanda terima (WIB)"]
    received = sheet.cell(row=2, column=2)
    assert received.value == datetime(2025, 1, 10, 9, 0), "a real date-time cell, local time"
    assert received.is_date and "WIB" in received.number_format
    assert sheet.cell(row=13, column=14).value == "Terlambat"
    english = ["--lang", "en", "--csv-dialect", "excel"]
    assert main(["--config", toml, "export", "--year", "2025", "--out", str(tmp_path / "e.csv"), *english]) == 0
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8-sig")))
    assert rows[0]["Received (WIB)"] == "2025-01-10 09:00" and rows[0]["15-minute target"] == "On time"
    assert rows[0]["Type"] == "E-learning support" and rows[0]["Response (minutes, wall clock)"] == "5"


def test_purge_removes_old_tickets_everywhere_and_keeps_report_figures(
    recorded: tuple[App, FixedClock, Config], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app, clock, config = recorded
    toml = str(config.base_dir / "helpdesk.toml")
    capsys.readouterr()
    assert main(["--config", toml, "digest", "--month", "2020-03", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    with Session(app.engine) as session:
        old = [
            t.id for t in session.exec(select(Ticket).where(col(Ticket.created_at) < datetime(2021, 1, 1, tzinfo=UTC)))
        ]
        example_ticket = old[0]
        from daemon.classify.corrections import correct_type
        from daemon.classify.model import RequestType

        ticket = session.get(Ticket, example_ticket)
        assert ticket is not None
        correct_type(session, ticket, RequestType.OTHER, "rina.staf@polibatam.ac.id", clock.now())
        # A value staff set with #set is a labelled example of the ticket too, and goes with it.
        session.add(
            FieldExample(
                ticket_id=old[1],
                text="mohon SKS diubah",
                field="credits",
                value="3",
                taught_by="rina.staf@polibatam.ac.id",
                created_at=clock.now(),
            )
        )
        session.commit()
    assert len(old) == 3

    capsys.readouterr()
    assert main(["--config", toml, "purge", "--dry-run"]) == 0
    dry = capsys.readouterr().out
    assert "would purge 3 ticket(s)" in dry and all(f"#{n}" in dry for n in old)
    with Session(app.engine) as session:
        assert session.get(Ticket, old[0]) is not None, "a dry run deletes nothing"

    assert main(["--config", toml, "purge"]) == 0
    with Session(app.engine) as session:
        assert all(session.get(Ticket, number) is None for number in old)
        # Every table that points at a ticket, including any added later: none keeps a row of a purged one.
        pointing = [
            table
            for table in SQLModel.metadata.sorted_tables
            if any(key.column.table.name == "ticket" and key.parent.name == "ticket_id" for key in table.foreign_keys)
        ]
        assert {table.name for table in pointing} >= {
            "message",
            "outbox",
            "event",
            "classifier_example",
            "field_example",
        }
        for table in pointing:
            left = session.execute(select(func.count()).select_from(table).where(table.c.ticket_id.in_(old))).one()
            assert left[0] == 0, table.name
        kept_ids = {m.id for m in session.exec(select(StoredMessage)).all()}
        assert all(a.message_row_id in kept_ids for a in session.exec(select(Attachment)).all())
        assert len(session.exec(select(PurgedTicket)).all()) == 3
        assert len(session.exec(select(Ticket)).all()) == 12, "newer tickets untouched"
        purge_event = session.exec(select(Event).where(Event.kind == "purge")).one()
        assert json.loads(purge_event.detail)["tickets"] == 3
        remaining = " ".join(m.from_addr for m in session.exec(select(StoredMessage)).all())
        assert "mold" not in remaining
    for number in old:
        assert main(["--config", toml, "export", str(number), "--out", str(tmp_path / "x.mbox")]) == 2
    assert main(["--config", toml, "export", "--year", "2020", "--out", str(tmp_path / "r2020.csv")]) == 0
    assert len(list(csv.DictReader((tmp_path / "r2020.csv").open(encoding="utf-8-sig"), delimiter=";"))) == 0
    capsys.readouterr()
    assert main(["--config", toml, "digest", "--month", "2020-03", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == before, "the purged month's figures are unchanged"
    assert main(["--config", toml, "report", "--year", "2020", "--format", "md", "--out", str(tmp_path / "r.md")]) == 0
    assert (
        "| IKU B.1.2.8.10.a | Permintaan yang direspons paling lambat 15 menit | ≥ 90,0% | 66,7% |"
        in (tmp_path / "r.md").read_text()
    )


@pytest.mark.slow
def test_purge_deletes_the_processed_copies_of_purged_mail_by_message_id(
    tmp_path: Path, dovecot: Dovecot, imap_user: str, smtp: SmtpServer, tls: TlsMaterial, server_env: None
) -> None:
    config_path = write_config(tmp_path, **server_sections(dovecot, imap_user, smtp, tls))
    assert main(["--config", str(config_path), "db", "upgrade"]) == 0
    client = dovecot.client(imap_user)
    client.append("INBOX", request("ancient"), msg_time=datetime(2019, 5, 1, 9, 0, tzinfo=WIB))
    client.append("INBOX", request("open-since-2019"), msg_time=datetime(2019, 5, 2, 9, 0, tzinfo=WIB))
    client.logout()
    assert main(["--config", str(config_path), "poll", "--once"]) == 0
    assert dovecot.count(imap_user, "Processed") == 2
    staff_close = staff(1, "close-2019", "#resolve\n#close\n")
    (tmp_path / "close.eml").write_bytes(staff_close)
    ingest = ["--config", str(config_path), "ingest", str(tmp_path / "close.eml")]
    assert main([*ingest, "--received-at", "2019-05-03T10:00:00+07:00"]) == 0
    assert main(["--config", str(config_path), "purge"]) == 0
    # Only the purged ticket's copy goes; the old but still open request's copy stays, whatever its date.
    assert dovecot.count(imap_user, "Processed") == 1
    remaining = dovecot.client(imap_user)
    remaining.select_folder("Processed")
    assert remaining.search(["HEADER", "Message-ID", "<open-since-2019@students.polibatam.ac.id>"])
    remaining.logout()


def test_purge_deletes_maildir_copies_in_and_out_unless_told_not_to(tmp_path: Path) -> None:
    for keep in (False, True):
        directory = tmp_path / str(keep)
        directory.mkdir()
        config_path = write_config(directory, intake={"kind": "maildir", "path": "inbox", "purge_mailbox": not keep})
        assert main(["--config", str(config_path), "db", "upgrade"]) == 0
        (directory / "inbox" / "new").mkdir(parents=True)
        (directory / "inbox" / "new" / "1.request").write_bytes(request("maildir-old"))
        assert main(["--config", str(config_path), "poll", "--once"]) == 0
        processed = list((directory / "inbox" / ".Processed" / "cur").iterdir())
        sent = list((directory / "sent" / "new").iterdir())
        assert len(processed) == 1 and len(sent) == 2  # the receipt and the staff notice
        with Session(build_app(load_config(config_path)).engine) as session:
            ticket = session.get(Ticket, 1)
            assert ticket is not None
            ticket.status, ticket.closed_at = "closed", datetime(2019, 1, 1, tzinfo=UTC)
            session.add(ticket)
            session.commit()
        assert main(["--config", str(config_path), "purge"]) == 0
        left = len(list((directory / "inbox" / ".Processed" / "cur").iterdir()))
        left += len(list((directory / "sent" / "new").iterdir()))
        assert left == (3 if keep else 0), keep
