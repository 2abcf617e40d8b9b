"""Backlog ingest: N requests waiting in a real Dovecot inbox -> tickets + acknowledgements at a real SMTP server.

Usage: .venv/bin/python -m benchmarks.backlog_ingest [--messages 10000] [--database sqlite|postgresql]
Target (DESIGN.md): >= 200 messages/s end to end on 2 cores with SQLite; peak memory flat (<= 150 MB).
"""

from __future__ import annotations

import argparse
import atexit
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.machine_speed import reference_ms
from benchmarks.process_tree import ProcessTree
from tests.conftest import CORPUS, server_sections, write_config
from tests.mailgen import generated_requests
from tests.processes import prepared_helpdesk
from tests.servers import Loopback, loopback_servers


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def in_process(count: int) -> int:
    """Parse, screen, thread, classify, store and plan replies, then send them to a recording mailer."""
    from daemon.config import load_config
    from daemon.intake.runner import IntakeRunner
    from daemon.pipeline.parse_worker import ReadAhead
    from daemon.wiring.app import build_app
    from storage.engine import make_engine, upgrade
    from tests.fakes import FakeMailbox, ScriptedMailer

    work = Path(tempfile.mkdtemp(prefix="p4m-inproc-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    config = load_config(write_config(work))
    upgrade(make_engine(config.database_url))
    app = build_app(config, mailer=ScriptedMailer())
    mailbox = FakeMailbox()
    for _, raw in generated_requests(CORPUS, count, prefix="inproc"):
        mailbox.deliver(raw)
    read_ahead = ReadAhead()
    started = time.perf_counter()
    runner = IntakeRunner(
        mailbox,
        app.pipeline,
        app.engine,
        batch_size=200,
        max_message_bytes=10**8,
        after_batch=app.outbox.run_pass,
        read_ahead=read_ahead,
    )
    report = runner.run_pass()
    app.outbox.run_pass()
    read_ahead.close()
    elapsed = time.perf_counter() - started
    print(
        f"pipeline alone, {report.processed} requests: {elapsed:.1f} s, {report.processed / elapsed:.0f} "
        f"messages/s (peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile of the helpdesk process to FILE")
    parser.add_argument(
        "--sample", metavar="FILE", help="write py-spy samples (every thread and the parsing worker) to FILE"
    )
    parser.add_argument(
        "--in-process", action="store_true", help="the pipeline alone: in-memory mailbox and mailer, no IMAP or SMTP"
    )
    args = parser.parse_args()
    os.environ["HELPDESK_TEST_DB"] = args.database
    if args.in_process:
        return in_process(args.messages)
    with loopback_servers("p4m-backlog-") as servers:
        return backlog(args, servers)


def backlog(args: argparse.Namespace, servers: Loopback) -> int:
    dovecot, smtp = servers.dovecot, servers.smtp
    sections = server_sections(dovecot, servers.user, smtp, servers.tls)
    sections["intake"]["batch_size"] = 200
    config = write_config(servers.work, **sections)
    command, env = prepared_helpdesk(config, smtp.password)
    loading = time.perf_counter()
    dovecot.append_all(servers.user, (raw for _, raw in generated_requests(CORPUS, args.messages, prefix="backlog")))
    print(f"appended {args.messages} requests to Dovecot in {time.perf_counter() - loading:.1f} s")
    speed_before = reference_ms(CORPUS)
    if args.profile:
        command[1:1] = ["-m", "cProfile", "-o", args.profile]
    if args.sample:
        py_spy = Path(sys.executable).with_name("py-spy")
        command[0:0] = [str(py_spy), "record", "--subprocesses", "--threads", "-f", "raw", "-o", args.sample, "--"]
    children_before = cpu_seconds(resource.RUSAGE_CHILDREN)
    own_before = cpu_seconds(resource.RUSAGE_SELF)
    dovecot_before = dovecot.cpu_seconds()
    started = time.perf_counter()
    with (
        subprocess.Popen(
            [*command, "poll", "--once"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        ) as process,
        ProcessTree(process.pid) as tree,
    ):
        _, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    helpdesk_cpu = cpu_seconds(resource.RUSAGE_CHILDREN) - children_before
    smtp_cpu = cpu_seconds(resource.RUSAGE_SELF) - own_before
    dovecot_cpu = dovecot.cpu_seconds() - dovecot_before
    if process.returncode != 0:
        print(stderr[-2000:])
        return 1
    speed_after = reference_ms(CORPUS)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    acks = sum(1 for _, _, raw, _ in smtp.handler.messages if b"auto-replied" in raw)
    rate = args.messages / elapsed
    print(
        f"backlog of {args.messages} on {args.database}: {elapsed:.1f} s, {rate:.0f} messages/s end to end "
        f"(fetch, parse, classify, store, move, {acks} acknowledgements + notices over SMTP)"
    )
    print(
        f"peak memory: {tree.peak_memory_bytes / 2**20:.0f} MB for the helpdesk's processes together (sampled PSS), "
        f"{usage.ru_maxrss / 1024:.0f} MB RSS for the largest one (target <= 150 MB)"
    )
    print(
        f"CPU time: helpdesk (daemon + parsing worker) {helpdesk_cpu:.1f} s = "
        f"{args.messages / helpdesk_cpu:.0f} messages per CPU-second; the test SMTP server (aiosmtpd, in this "
        f"process) {smtp_cpu:.1f} s; Dovecot {dovecot_cpu:.1f} s; {os.cpu_count()} cores shared by all three"
    )
    print(
        "helpdesk CPU by part (sampled): "
        + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in tree.by_role())
        + " (main thread: intake; other threads: outbox; child processes: the parsing worker)"
    )
    cores = os.cpu_count() or 1
    ceiling = args.messages / ((helpdesk_cpu + smtp_cpu + dovecot_cpu) / cores)
    print(
        f"CPU ceiling of this rig: {ceiling:.0f} messages/s if all {cores} cores were busy all the time "
        f"(the end-to-end rate above is {rate / ceiling:.0%} of it)"
        + ("; PostgreSQL's own CPU is not counted: the true ceiling is lower" if args.database == "postgresql" else "")
    )
    print(
        f"machine speed: a fixed one-core workload (benchmarks/machine_speed.py) took {speed_before:.0f} ms before "
        f"the run and {speed_after:.0f} ms after; lower is faster. Compare runs at similar speeds"
    )
    print(f"target >= 200 messages/s: {'met' if rate >= 200 else 'MISSED'}")
    return 0 if acks == args.messages else 1


if __name__ == "__main__":
    sys.exit(main())
