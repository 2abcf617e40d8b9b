"""Backlog ingest: N requests waiting in a real Dovecot inbox -> tickets + acknowledgements at a real SMTP server.

Usage: .venv/bin/python -m benchmarks.backlog_ingest [--messages 10000] [--database sqlite|postgresql]
Target (DESIGN.md): >= 200 messages/s end to end on 2 cores with SQLite; peak memory flat (<= 150 MB).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import CORPUS, server_sections, write_config
from tests.mailgen import generated_requests
from tests.servers import make_tls_material, remove_dovecot, start_dovecot, start_smtp


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    os.environ["HELPDESK_TEST_DB"] = args.database
    work = Path(tempfile.mkdtemp(prefix="p4m-backlog-"))
    tls = make_tls_material(work)
    dovecot = start_dovecot(tls)
    smtp = start_smtp(tls)
    user = dovecot.add_user("helpdesk1")
    try:
        sections = server_sections(dovecot, user, smtp, tls)
        sections["intake"]["batch_size"] = 200
        config = write_config(work, **sections)
        env = {**os.environ, "TEST_IMAP_PASSWORD": "secret", "TEST_SMTP_PASSWORD": smtp.password}
        command = [sys.executable, "-m", "daemon.cli", "--config", str(config)]
        subprocess.run([*command, "db", "upgrade"], env=env, check=True, capture_output=True)
        client = dovecot.client(user)
        loading = time.perf_counter()
        for _, raw in generated_requests(CORPUS, args.messages, prefix="backlog"):
            client.append("INBOX", raw)
        client.logout()
        print(f"appended {args.messages} requests to Dovecot in {time.perf_counter() - loading:.1f} s")
        started = time.perf_counter()
        done = subprocess.run([*command, "poll", "--once"], env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            print(done.stderr[-2000:])
            return 1
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        acks = sum(1 for _, _, raw, _ in smtp.handler.messages if b"auto-replied" in raw)
        rate = args.messages / elapsed
        print(
            f"backlog of {args.messages} on {args.database}: {elapsed:.1f} s, {rate:.0f} messages/s end to end "
            f"(fetch, parse, classify, store, move, {acks} acknowledgements + notices over SMTP)"
        )
        print(f"peak memory of the helpdesk process: {usage.ru_maxrss / 1024:.0f} MB (target <= 150 MB)")
        print(f"target >= 200 messages/s: {'met' if rate >= 200 else 'MISSED'}")
        return 0 if acks == args.messages else 1
    finally:
        smtp.controller.stop()
        remove_dovecot(dovecot)


if __name__ == "__main__":
    sys.exit(main())
