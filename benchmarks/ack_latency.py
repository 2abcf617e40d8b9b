"""Acknowledgement latency under IDLE: mail appended to a real Dovecot -> ack accepted by a real SMTP server.

Usage: .venv/bin/python -m benchmarks.ack_latency [--messages N]
Target (DESIGN.md): median <= 1 s, p95 <= 2 s.
"""

from __future__ import annotations

import argparse
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import CORPUS, server_sections, write_config
from tests.mailgen import generated_requests
from tests.processes import prepared_helpdesk
from tests.servers import make_tls_material, remove_dovecot, start_dovecot, start_smtp


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=50)
    parser.add_argument("--gap", type=float, default=0.2, help="seconds between appends")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="p4m-bench-"))
    tls = make_tls_material(work)
    dovecot = start_dovecot(tls)
    smtp = start_smtp(tls)
    user = dovecot.add_user("helpdesk1")
    sections = server_sections(dovecot, user, smtp, tls)
    sections["intake"]["poll_seconds"] = 600
    config = write_config(work, **sections)
    command, env = prepared_helpdesk(config, smtp.password)
    log_path = work / "daemon.log"
    with log_path.open("wb") as log:
        daemon = subprocess.Popen([*command, "run"], env=env, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 30
        while b"IDLE True" not in log_path.read_bytes():
            if time.monotonic() > deadline:
                raise SystemExit("daemon did not reach IDLE")
            time.sleep(0.05)
        time.sleep(0.5)
        latencies: list[float] = []
        client = dovecot.client(user)
        for message_id, raw in generated_requests(CORPUS, args.messages, prefix="bench"):
            appended = time.time()
            client.append("INBOX", raw)
            wanted = message_id.encode()
            while True:
                with smtp.handler.lock:
                    hit = next(
                        (at for _, _, data, at in smtp.handler.messages if b"auto-replied" in data and wanted in data),
                        None,
                    )
                if hit is not None:
                    latencies.append(hit - appended)
                    break
                if time.time() - appended > 30:
                    raise SystemExit(f"no acknowledgement for {message_id} in 30 s")
                time.sleep(0.005)
            time.sleep(args.gap)
        client.logout()
    finally:
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=30)
        smtp.controller.stop()
        remove_dovecot(dovecot)
    print(f"acknowledgement latency over {len(latencies)} requests (IMAP APPEND -> SMTP accepted, IDLE):")
    print(
        f"  median {statistics.median(latencies):.3f} s   p95 {percentile(latencies, 0.95):.3f} s   "
        f"max {max(latencies):.3f} s   (target: median <= 1 s, p95 <= 2 s)"
    )
    ok = statistics.median(latencies) <= 1.0 and percentile(latencies, 0.95) <= 2.0
    print("  target met" if ok else "  TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
