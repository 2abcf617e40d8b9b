"""Killing the process at any point never creates a second ticket for the same mail."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import server_sections, write_config
from tests.crashing import ingest_under_kills
from tests.mailgen import generated_requests
from tests.processes import prepared_helpdesk
from tests.servers import Dovecot, SmtpServer, TlsMaterial

# Crash test: SIGKILLs a daemon process against real Dovecot and SMTP servers, seven daemon starts.
pytestmark = [pytest.mark.slow, pytest.mark.long]


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

    tally = ingest_under_kills(command, env, config, smtp, requests, attempts=6, seed=20261123)
    print(f"\ncrash safety: {tally.line()}")

    assert tally.kills >= 3, "the kills must land while work is in progress"
    assert tally.lost == 0 and tally.duplicate_tickets == 0, "every request is exactly one ticket"
    assert tally.tickets == len(requests)
    assert tally.unacknowledged == 0, "every request got its acknowledgement"
    assert tally.duplicate_acks <= tally.kills, "at most one duplicate acknowledgement per kill"
    assert dovecot.count(imap_user, "INBOX") == 0
    assert dovecot.count(imap_user, "Processed") == len(requests)
