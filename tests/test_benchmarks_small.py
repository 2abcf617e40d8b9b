"""The benchmark scripts run end to end at a small size (full sizes by flag; figures in the closing notes).

They run on SQLite only, so the PostgreSQL pass does not run them: they time the classifier, the pipeline and the
report code, and PostgreSQL's own behaviour under them is held by its storage, crash and purge tests. On PostgreSQL,
by hand: `python -m benchmarks.<name> --database postgresql` (README, "Measuring")."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow  # benchmark smoke tests: each runs a benchmark script in a subprocess


def run(module: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    return done.stdout


@pytest.mark.long
def test_backlog_benchmark_runs() -> None:
    out = run("benchmarks.backlog_ingest", "--messages", "150", "--database", "sqlite")
    assert "messages/s end to end" in out and "peak memory" in out and "CPU ceiling of this rig" in out
    assert "machine speed: a fixed one-core workload" in out


def test_backlog_benchmark_in_process_runs() -> None:
    assert "pipeline alone, 100 requests" in run("benchmarks.backlog_ingest", "--in-process", "--messages", "100")


def test_classify_examples_benchmark_runs() -> None:
    out = run("benchmarks.classify_examples", "--requests", "20", "--examples", "0", "100")
    assert "0 staff-taught examples" in out and "100 staff-taught examples" in out


@pytest.mark.timed  # median and p95 latency targets
def test_ack_latency_benchmark_meets_its_target_on_a_short_run() -> None:
    assert "target met" in run("benchmarks.ack_latency", "--messages", "5", "--gap", "0.1")


@pytest.mark.timed  # digest and report within 5 s each
def test_report_scale_benchmark_runs() -> None:
    out = run("benchmarks.report_scale", "--tickets", "3000", "--database", "sqlite")
    assert "targets met" in out


@pytest.mark.long
def test_kill_benchmark_runs() -> None:
    out = run(
        "benchmarks.kill_ingest",
        "--messages",
        "60",
        "--kills",
        "2",
        "--database",
        "sqlite",
    )
    assert "0 lost, 0 duplicate tickets, 0 unacknowledged" in out and "targets: met" in out


@pytest.mark.timed  # no intake stall over 1 s
def test_purge_benchmark_runs_and_intake_never_waits_a_second() -> None:
    out = run("benchmarks.purge", "--tickets", "400", "--database", "sqlite")
    assert "purged 400 tickets" in out and "peak memory" in out and "longest stall" in out
    assert "target met" in out


def test_classify_attachments_benchmark_runs() -> None:
    out = run("benchmarks.classify_attachments", "--rounds", "1")
    assert "classify, median over requests with attachments (6 mails x 1)" in out and "max_pages=10" in out


def test_type_model_replay_runs() -> None:
    out = run("benchmarks.type_model_replay", "--parts", "17")
    assert "requests-tune17" in out and "model-only macro-F1" in out and "mean of 1 opened parts" in out


def test_understanding_table_marks_what_misses_a_target() -> None:
    out = run("benchmarks.understanding", str(REPO / "tests" / "data" / "requests"))
    rows = {line.split("  ")[0]: line for line in out.splitlines()}
    assert rows["type macro-F1"].rstrip().endswith("1.000"), out
    assert "human taken for machine" in rows and "! = target not met" in out
