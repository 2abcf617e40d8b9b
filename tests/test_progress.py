"""Progress of long work: a bar on a terminal, plain periodic lines elsewhere; purge --dry-run stays short."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from daemon.cli.main import main
from daemon.progress import Progress
from tests.conftest import write_config


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Ticking:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_off_a_terminal_lines_come_at_most_every_interval(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="daemon.progress")
    clock = Ticking()
    stream = io.StringIO()
    with Progress("purge", 100, "ticket", stream=stream, every_seconds=10.0, monotonic=clock) as progress:
        for _ in range(100):
            clock.now += 1.0
            progress.advance()
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 11, lines  # one per 10 s of 100 s, and the last
    assert lines[0].startswith("purge: 10/100 ticket(s) (10%)")
    assert lines[-1].startswith("purge: 100/100 ticket(s) (100%)") and lines[-1].endswith("done")
    assert stream.getvalue() == "", "no bar drawn where nobody watches"


def test_short_work_off_a_terminal_says_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="daemon.progress")
    with Progress("eval", 3, "file", stream=io.StringIO()) as progress:
        progress.advance(3)
    assert caplog.records == []


def test_every_batch_gets_a_line_when_asked(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="daemon.progress")
    with Progress("purge", 300, "ticket", stream=io.StringIO(), every_seconds=0.0) as progress:
        for _ in range(3):
            progress.advance(100, "300 message(s) in the last batch")
    assert [record.getMessage().split(",")[0] for record in caplog.records] == [
        "purge: 100/300 ticket(s) (33%)",
        "purge: 200/300 ticket(s) (67%)",
        "purge: 300/300 ticket(s) (100%)",
    ]


def test_on_a_terminal_a_bar(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="daemon.progress")
    terminal = Terminal()
    with Progress("report 2025", 3, "step", stream=terminal) as progress:
        for _ in range(3):
            progress.advance()
    assert "report 2025" in terminal.getvalue() and "3/3" in terminal.getvalue()
    assert caplog.records == []


def message(key: str) -> str:
    return (
        f"From: Pemohon {key} <p{key}@polibatam.ac.id>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\n"
        f"Subject: Tidak bisa login {key}\r\nMessage-ID: <{key}@polibatam.ac.id>\r\n\r\nMohon bantuan login.\r\n"
    )


def test_ingest_takes_many_files_and_purge_dry_run_counts_per_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(write_config(tmp_path))
    assert main(["--config", config, "db", "upgrade"]) == 0
    files = []
    for number in range(25):
        path = tmp_path / f"{number}.eml"
        path.write_text(message(f"m{number}"))
        files.append(str(path))
    capsys.readouterr()
    assert main(["--config", config, "ingest", *files, "--received-at", "2019-06-01T08:00:00+07:00"]) == 0
    assert capsys.readouterr().out.count("new_ticket #") == 25
    closing = tmp_path / "close.eml"
    for number in range(1, 26):
        closing.write_text(
            f"From: Rina <rina.staf@polibatam.ac.id>\r\nSubject: Re: [P4M #{number}] x\r\n"
            f"Message-ID: <close{number}@polibatam.ac.id>\r\n"
            "Authentication-Results: mx.polibatam.ac.id; dkim=pass header.d=polibatam.ac.id\r\n\r\n#close\r\n"
        )
        year = 2019 if number <= 15 else 2020
        assert main(["--config", config, "ingest", str(closing), "--received-at", f"{year}-07-01T08:00:00"]) == 0
    missing = str(tmp_path / "missing.eml")
    capsys.readouterr()
    assert main(["--config", config, "ingest", missing, files[0]]) == 1, "an unreadable file is reported"
    assert "missing.eml" in capsys.readouterr().err

    assert main(["--config", config, "purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would purge 25 ticket(s)" in out and "  2019: 15\n  2020: 10\n" in out
    assert out.count(" done 20") == 20 and "... and 5 more (--list shows them all)" in out
    assert main(["--config", config, "purge", "--dry-run", "--list"]) == 0
    assert capsys.readouterr().out.count(" done 20") == 25
