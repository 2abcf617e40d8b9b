"""Acknowledgement latency under IDLE: mail appended to a real Dovecot -> ack accepted by a real SMTP server.

Usage: .venv/bin/python -m benchmarks.ack_latency [--messages N]
Target (DESIGN.md): median <= 1 s, p95 <= 2 s.
"""

from __future__ import annotations

import argparse
import signal
import statistics
import sys
import time

from tests.conftest import CORPUS, server_sections, write_config
from tests.mailgen import generated_requests
from tests.processes import prepared_helpdesk, start_idling_daemon
from tests.servers import Loopback, loopback_servers


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def measure(servers: Loopback, messages: int, gap: float) -> list[float]:
    """Seconds from each APPEND to the SMTP server accepting that request's acknowledgement."""
    dovecot, smtp = servers.dovecot, servers.smtp
    sections = server_sections(dovecot, servers.user, smtp, servers.tls)
    sections["intake"]["poll_seconds"] = 600
    config = write_config(servers.work, **sections)
    command, env = prepared_helpdesk(config, smtp.password)
    daemon = start_idling_daemon(command, env, servers.work / "daemon.log", timeout=30)
    latencies: list[float] = []
    try:
        client = dovecot.client(servers.user)
        for message_id, raw in generated_requests(CORPUS, messages, prefix="bench"):
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
            time.sleep(gap)
        client.logout()
    finally:
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=30)
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=50)
    parser.add_argument("--gap", type=float, default=0.2, help="seconds between appends")
    args = parser.parse_args()
    with loopback_servers("p4m-bench-") as servers:
        latencies = measure(servers, args.messages, args.gap)
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
