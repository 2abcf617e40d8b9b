"""Crash safety at scale: SIGKILL at random points of a 1,000-message ingest from a real Dovecot, then count.

Usage: .venv/bin/python -m benchmarks.kill_ingest [--messages 1000] [--kills 12] [--seed N] [--database ...]
Target (DESIGN.md): no request lost, no duplicate ticket; at most one duplicate acknowledgement per kill.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from tests.conftest import CORPUS, server_sections, write_config
from tests.crashing import ingest_under_kills
from tests.mailgen import generated_requests
from tests.processes import prepared_helpdesk
from tests.servers import loopback_servers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=12, help="runs started, each killed unless it finished first")
    parser.add_argument("--seed", type=int, default=20261124)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    os.environ["HELPDESK_TEST_DB"] = args.database
    with loopback_servers("p4m-kill-") as servers:
        dovecot, smtp = servers.dovecot, servers.smtp
        config = write_config(servers.work, **server_sections(dovecot, servers.user, smtp, servers.tls))
        command, env = prepared_helpdesk(config, smtp.password)
        requests = dict(generated_requests(CORPUS, args.messages, prefix="kill"))
        dovecot.append_all(servers.user, requests.values())
        started = time.perf_counter()
        # Each kill lands at a random point of the work: parsing, storing, moving, sending.
        tally = ingest_under_kills(command, env, config, smtp, requests, attempts=args.kills, seed=args.seed)
        left = dovecot.count(servers.user, "INBOX")
    print(f"kill test on {args.database}: {tally.line()}; {left} left in the inbox")
    print(f"({time.perf_counter() - started:.0f} s including restarts)")
    met = (
        tally.lost == 0
        and tally.duplicate_tickets == 0
        and tally.unacknowledged == 0
        and tally.duplicate_acks <= tally.kills
        and left == 0
    )
    print(f"targets: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
