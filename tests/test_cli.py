"""The command line on the embedded default: ingest, tickets list/show, classify, check."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from daemon.cli.main import main
from tests.conftest import CASES, SAMPLES, write_config


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = write_config(tmp_path)
    assert main(["--config", str(path), "db", "upgrade"]) == 0
    return path


def run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> object:
    capsys.readouterr()
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


def test_ingest_with_channel_and_arrival_time(config: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = CASES / "sks-akuntansi-biaya.eml"
    assert (
        main(
            [
                "--config",
                str(config),
                "ingest",
                str(sample),
                "--channel",
                "whatsapp",
                "--received-at",
                "2026-03-02T09:15:00",
            ]
        )
        == 0
    )
    assert "new_ticket #1" in capsys.readouterr().out
    tickets = run_json(["--config", str(config), "tickets", "list", "--json"], capsys)
    assert isinstance(tickets, list) and len(tickets) == 1
    ticket = tickets[0]
    assert ticket["number"] == 1 and ticket["tag"] == "[P4M #1]"
    assert ticket["created_at"] == "2026-03-02T09:15:00+07:00"
    assert ticket["channel"] == "whatsapp"
    assert ticket["subject"] == "Mohon update SKS MK Akuntansi Biaya (AK2104)"
    assert ticket["acked_at"] is None, "a request that came by WhatsApp gets no e-mail receipt"
    for key in ("type", "status", "requester", "first_response_at", "resolved_at"):
        assert key in ticket
    detail = run_json(["--config", str(config), "tickets", "show", "1", "--json"], capsys)
    assert isinstance(detail, dict)
    assert [message["kind"] for message in detail["messages"]] == ["request", "notice"]
    assert detail["events"][0]["kind"] == "created"


def test_ingest_from_stdin_twice_is_one_ticket(
    config: Path, corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    raw = (SAMPLES / "003-tidak-bisa-login-mahasiswa-baru.eml").read_bytes()
    for _ in range(2):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
        assert main(["--config", str(config), "ingest", "-"]) == 0
    out = capsys.readouterr().out
    assert "new_ticket #1" in out and "duplicate" in out
    assert len(run_json(["--config", str(config), "tickets", "list", "--json", "--status", "open"], capsys)) == 1  # type: ignore[arg-type]


def test_tickets_show_unknown_number_exits_2(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config), "tickets", "show", "99"]) == 2
    assert "no ticket #99" in capsys.readouterr().err


def test_bad_received_at_exits_2(config: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = SAMPLES / "003-tidak-bisa-login-mahasiswa-baru.eml"
    assert main(["--config", str(config), "ingest", str(sample), "--received-at", "kemarin"]) == 2


def test_classify_json_reports_auto_for_machine_mail(
    config: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [
        str(SAMPLES / "001-ubah-nama-mk-basis-data.eml"),
        str(SAMPLES / "016-bounce-user-unknown-students.eml"),
    ]
    results = run_json(["--config", str(config), "classify", *files, "--json"], capsys)
    assert isinstance(results, list)
    assert [item["type"] for item in results] == ["course_data", "auto"]
    for item in results:
        assert set(item) >= {"file", "type", "confidence", "reasons", "fields"}


def test_check_reports_each_part(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config), "check"]) == 0
    out = capsys.readouterr().out
    assert "ok    storage" in out and "ok    intake" in out and "ok    outgoing" in out


@pytest.mark.slow
def test_the_entry_point_leaves_the_daemon_unimported_for_worker_processes() -> None:
    # A spawned worker imports the main module again: it must not pull in the whole daemon (about 50 MB each).
    probe = (
        "import sys, daemon.__main__; "
        "print([name for name in ('daemon.cli', 'sqlalchemy', 'jinja2') if name in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.slow
def test_python_dash_m_daemon_runs_the_command_line(config: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "daemon", "--config", str(config), "tickets", "list"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "0 ticket(s)" in done.stdout


def test_whatsapp_note_becomes_a_ticket_and_prints_its_tag(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Mohon ganti dosen pengampu MK IF201 Basis Data menjadi Dr. Sari.\nTerima kasih.\n")
    args = ["--config", str(config), "ingest", str(note), "--channel", "whatsapp", "--from", "+62 812-3456-7890"]
    assert main([*args, "--name", "Pak Andi", "--received-at", "2026-03-02T09:15:00"]) == 0
    out = capsys.readouterr().out
    assert "new_ticket #1 [P4M #1]" in out and "give the requester [P4M #1]" in out
    tickets = run_json(["--config", str(config), "tickets", "list", "--json"], capsys)
    assert isinstance(tickets, list) and len(tickets) == 1
    (ticket,) = tickets
    assert ticket["channel"] == "whatsapp" and ticket["status"] == "open" and ticket["type"] == "course_data"
    assert ticket["requester"] == "+6281234567890"
    assert ticket["subject"].startswith("Mohon ganti dosen pengampu")
    assert ticket["acked_at"] is None
    # A response given on WhatsApp 7 minutes later is the first response.
    respond = ["--config", str(config), "tickets", "respond", "1", "--at", "2026-03-02T09:22:00"]
    assert main([*respond, "--channel", "whatsapp", "--by", "Rina"]) == 0
    assert "first response" in capsys.readouterr().out
    detail = run_json(["--config", str(config), "tickets", "show", "1", "--json"], capsys)
    assert isinstance(detail, dict)
    assert detail["first_response_at"] == "2026-03-02T09:22:00+07:00"
    assert detail["events"][-1]["kind"] == "responded"


def test_plain_note_without_from_is_refused_not_quarantined(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Tolong reset password saya\n")
    assert main(["--config", str(config), "ingest", str(note), "--channel", "phone"]) == 2
    assert "--from" in capsys.readouterr().err
    respond = ["--config", str(config), "tickets", "respond", "5", "--at", "2026-03-02T09:22:00", "--channel", "phone"]
    assert main(respond) == 2
    tickets = run_json(["--config", str(config), "tickets", "list", "--json"], capsys)
    assert tickets == []


def test_report_before_any_response_says_so_in_words(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(config), "ingest", str(SAMPLES / "001-ubah-nama-mk-basis-data.eml")]) == 0
    capsys.readouterr()
    out = tmp_path / "led.md"
    assert main(["--config", str(config), "report", "--year", "2026", "--format", "md", "--out", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    assert "None" not in line
    assert line == f"LED report 2026 (1 requests, IKU: no first response recorded yet) written to {out}"


def test_an_unreachable_database_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Nothing listens on port 1 of the loopback: PostgreSQL refuses at once.
    path = write_config(tmp_path, storage={"url": "postgresql+psycopg://helpdesk@127.0.0.1:1/helpdesk"})
    assert main(["--config", str(path), "tickets", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("helpdesk tickets: storage: connection failed: ") and "Connection refused" in err
    assert err.count("\n") == 1
    assert main(["--config", str(path), "check"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert all(line.startswith(("ok    ", "FAIL  ")) for line in lines), lines
    assert [line.split(":")[0] for line in lines if line.startswith("FAIL")] == ["FAIL  storage", "FAIL  outbox"]


def test_purge_refuses_a_database_without_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_config(tmp_path)
    assert main(["--config", str(path), "purge", "--dry-run"]) == 2
    assert capsys.readouterr().err == "helpdesk: the database has no schema yet: run `helpdesk db upgrade`\n"


def test_poll_once_says_what_it_took_in_words(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox = config.parent / "inbox" / "new"
    inbox.mkdir(parents=True)
    for name in ("001-ubah-nama-mk-basis-data.eml", "006-ooo-zimbra-cuti-melahirkan.eml"):
        (inbox / name).write_bytes((SAMPLES / name).read_bytes())
    capsys.readouterr()
    assert main(["--config", str(config), "poll", "--once"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == "intake: 1 new ticket(s), 1 screened out (machine mail); outbox: sent 2, retrying 0, failed 0"


def test_tickets_list_refuses_an_unknown_status(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--config", str(config), "tickets", "list", "--status", "opne"])
    assert exit_.value.code == 2
    assert "invalid choice: 'opne' (choose from 'open'," in capsys.readouterr().err


def test_eval_summary_gives_figures_without_file_names_or_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = Path(__file__).parent / "data" / "requests-tune4"
    labels = json.loads((source / "labels.json").read_text(encoding="utf-8"))
    name = sorted(labels)[0]
    (tmp_path / "rahasia-nama-berkas.eml").write_bytes((source / name).read_bytes())
    wrong = {"type": "document_request", "lang": "id", "fields": {"course_name": "Nilai Rahasia"}}
    (tmp_path / "labels.json").write_text(json.dumps({"rahasia-nama-berkas.eml": wrong}), encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 0
    assert "rahasia-nama-berkas" in capsys.readouterr().out
    assert main(["eval", "--summary", str(tmp_path)]) == 0
    summary = capsys.readouterr().out
    assert "rahasia" not in summary.lower() and "macro-F1 0.000" in summary
    # Counts of how it went wrong, by type and field only, so a rule writer learns the kind without the sample.
    assert "  types                    document_request read as " in summary
    assert main(["eval", "--summary", "--json", str(tmp_path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["mistakes"] == [] and report["field_mistakes"] == [] and report["change_pairs"]["wrong_claims"] == []
    assert report["accuracy"] == 0.0
    assert list(report["type_confusions"].values()) == [1]
