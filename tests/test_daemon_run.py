"""`helpdesk run`: IDLE wakes it for new mail within seconds; SIGTERM stops it cleanly with exit 0."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import server_sections, write_config
from tests.mailgen import generated_requests
from tests.processes import prepared_helpdesk, start_idling_daemon, wait_until
from tests.servers import Dovecot, SmtpServer, TlsMaterial

# A daemon process against real Dovecot and SMTP servers; acknowledgement latency and the stop are timed.
pytestmark = [pytest.mark.slow, pytest.mark.timed]


def test_run_acknowledges_new_mail_via_idle_and_stops_on_sigterm(
    tmp_path: Path, dovecot: Dovecot, imap_user: str, smtp: SmtpServer, tls: TlsMaterial, corpus: Path
) -> None:
    sections = server_sections(dovecot, imap_user, smtp, tls)
    sections["intake"]["poll_seconds"] = 600  # only IDLE can wake it in time
    config = write_config(tmp_path, **sections)
    command, env = prepared_helpdesk(config, smtp.password)
    # No pause after IDLE: mail that arrives while the first pass runs, or just before IDLE begins, must wake it too.
    daemon = start_idling_daemon(command, env, tmp_path / "daemon.log")

    def sent_at_least(count: int) -> Callable[[], bool]:
        return lambda: len(smtp.handler.messages) >= count

    try:
        latencies = []
        for message_id, raw in generated_requests(corpus, 3, prefix=f"idle{os.getpid()}"):
            before = len(smtp.handler.messages)
            started = time.time()
            dovecot.append(imap_user, raw)
            acked = wait_until(sent_at_least(before + 2), 10)
            assert acked, f"no receipt for {message_id}:\n{(tmp_path / 'daemon.log').read_text()}"
            ack = next(
                raw_ack
                for _, _, raw_ack, _ in smtp.handler.messages[before:]
                if message_id.encode() in raw_ack and b"auto-replied" in raw_ack
            )
            assert ack
            latencies.append(time.time() - started)
        assert max(latencies) < 5.0, latencies
    finally:
        daemon.send_signal(signal.SIGTERM)
        stop_asked = time.monotonic()
        code = daemon.wait(timeout=20)
        stop_took = time.monotonic() - stop_asked
    assert code == 0, (tmp_path / "daemon.log").read_text()
    assert "stopped" in (tmp_path / "daemon.log").read_text()
    assert stop_took < 5, stop_took  # a stop in the middle of IDLE must not leave the session waiting on a timeout
