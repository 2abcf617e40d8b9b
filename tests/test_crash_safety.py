"""Killing the process at any point never creates a second ticket for the same mail."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

from tests.conftest import server_sections, write_config
from tests.mailgen import generated_requests
from tests.processes import prepared_helpdesk
from tests.servers import Dovecot, SmtpServer, TlsMaterial


def test_sigkill_during_intake_loses_nothing_and_duplicates_no_ticket(
    tmp_path: Path, dovecot: Dovecot, imap_user: str, smtp: SmtpServer, tls: TlsMaterial, corpus: Path
) -> None:
    config = write_config(tmp_path, **server_sections(dovecot, imap_user, smtp, tls))
    command, env = prepared_helpdesk(config, smtp.password)
    requests = dict(generated_requests(corpus, 150, prefix=f"crash{os.getpid()}"))
    client = dovecot.client(imap_user)
    for raw in requests.values():
        client.append("INBOX", raw)
    client.logout()

    rng = random.Random(20261123)
    kills = 0
    for _ in range(6):
        process = subprocess.Popen(
            [*command, "poll", "--once"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(1.2, 2.6))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
    finished = subprocess.run([*command, "poll", "--once"], env=env, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    listing = subprocess.run(
        [*command, "tickets", "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    tickets = json.loads(listing.stdout)

    assert kills >= 3, "the kills must land while work is in progress"
    assert len(tickets) == len(requests), "every request is exactly one ticket"
    acks = [message for message in smtp.handler.parsed() if message["Auto-Submitted"] == "auto-replied"]
    acked = [str(message["In-Reply-To"]).strip() for message in acks]
    assert set(acked) == set(requests), "every request got its acknowledgement"
    duplicates = len(acked) - len(set(acked))
    print(
        f"\ncrash safety: {len(requests)} requests, {kills} SIGKILLs, {len(tickets)} tickets, "
        f"0 lost, {duplicates} duplicate acknowledgement(s)"
    )
    assert duplicates <= kills, f"{duplicates} duplicate acknowledgements for {kills} kills"
    assert dovecot.count(imap_user, "INBOX") == 0
    assert dovecot.count(imap_user, "Processed") == len(requests)
