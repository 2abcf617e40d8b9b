"""A history loaded with `ingest --received-at` keeps its own dates, and retention then purges it."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from daemon.cli.main import main
from tests.conftest import write_config

STAFF = "rina.staf@polibatam.ac.id"
PASS = "mx.polibatam.ac.id; dkim=pass header.d=polibatam.ac.id header.s=s1; dmarc=pass header.from=polibatam.ac.id"


def mail(path: Path, sender: str, subject: str, body: str, message_id: str, **headers: str) -> Path:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "helpdesk-p4m@polibatam.ac.id"
    message["Subject"] = subject
    message["Message-ID"] = message_id
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    path.write_bytes(message.as_bytes())
    return path


def show(config: Path, number: int, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["--config", str(config), "tickets", "show", str(number), "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_a_2020_history_has_2020_dates_and_is_purged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path)
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    request = mail(
        tmp_path / "request.eml",
        "Budi <budi@polibatam.ac.id>",
        "Mohon reset password e-learning",
        "Selamat pagi, saya tidak bisa masuk e-learning. Mohon bantuannya.",
        "<request-2020@polibatam.ac.id>",
    )
    answer = mail(
        tmp_path / "answer.eml",
        f"Rina <{STAFF}>",
        "Re: [P4M #1] Mohon reset password e-learning",
        "#resolve\n#close\nSudah kami reset, silakan coba lagi.",
        "<answer-2020@polibatam.ac.id>",
        In_Reply_To="<request-2020@polibatam.ac.id>",
        Authentication_Results=PASS,
    )
    base = ["--config", str(config), "ingest"]
    assert main([*base, str(request), "--received-at", "2020-03-02T09:00:00+07:00"]) == 0
    assert main([*base, str(answer), "--received-at", "2020-03-03T10:30:00+07:00"]) == 0
    ticket = show(config, 1, capsys)
    assert ticket["status"] == "closed"
    assert str(ticket["created_at"]).startswith("2020-03-02T09:00")
    for key in ("first_response_at", "resolved_at", "closed_at"):
        assert str(ticket[key]).startswith("2020-03-03T10:30"), (key, ticket[key])
    events = ticket["events"]
    assert isinstance(events, list)
    assert {event["kind"]: event["at"][:10] for event in events}.keys() >= {"created", "resolved", "closed"}
    assert all(event["at"].startswith("2020-03-0") for event in events if event["kind"] != "sent"), events

    capsys.readouterr()
    assert main(["--config", str(config), "purge", "--dry-run"]) == 0
    assert "2020: 1" in capsys.readouterr().out
    # The daily job (run by poll --once too) purges it in its own thread.
    assert main(["--config", str(config), "poll", "--once"]) == 0
    assert main(["--config", str(config), "tickets", "show", "1"]) == 2


def _sent(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "sent" / "new").glob("*")) if (tmp_path / "sent" / "new").exists() else []


def test_a_history_load_records_replies_without_mailing_anyone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path)
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    old = mail(tmp_path / "old.eml", "Budi <budi@polibatam.ac.id>", "Mohon reset password", "Tolong.", "<old@x.id>")
    assert main(["--config", str(config), "ingest", str(old), "--received-at", "2021-05-04T09:00:00+07:00"]) == 0
    assert "recorded, not sent" in capsys.readouterr().out
    assert _sent(tmp_path) == [], "a requester of 2021 gets no receipt today"
    ticket = show(config, 1, capsys)
    messages = ticket["messages"]
    assert isinstance(messages, list)
    assert "ack" in [message["kind"] for message in messages], "the receipt is in the record all the same"

    recent = mail(tmp_path / "new.eml", "Sari <sari@polibatam.ac.id>", "Mohon reset password", "Tolong.", "<new@x.id>")
    assert main(["--config", str(config), "ingest", str(recent)]) == 0
    assert len(_sent(tmp_path)) >= 1, "mail received now is answered as usual"

    sent_before = len(_sent(tmp_path))
    again = mail(tmp_path / "again.eml", "Andi <andi@polibatam.ac.id>", "Mohon reset password", "Tolong.", "<a@x.id>")
    assert (
        main(["--config", str(config), "ingest", str(again), "--received-at", "2021-05-04T09:00", "--send-mail"]) == 0
    )
    assert len(_sent(tmp_path)) > sent_before, "--send-mail sends a history's replies on purpose"
