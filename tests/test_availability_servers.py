"""Availability with real mail servers: the helpdesk's own IMAP/SMTP login, and a daemon run with a hanging probe."""

from __future__ import annotations

import json
import signal
import time
from functools import partial
from pathlib import Path

import pytest
from sqlmodel import Session, select

from daemon.config import load_config
from daemon.runtime.probes import make_probe
from storage.availability import ProbeResult
from storage.engine import make_engine
from tests.conftest import TEST_DATA, server_sections, write_config
from tests.http_servers import Behaviour, start_web
from tests.mailgen import generated_requests
from tests.processes import prepared_helpdesk, start_idling_daemon, wait_until
from tests.servers import Dovecot, SmtpServer, TlsMaterial


def _with_probes(path: Path, *probes: dict[str, object]) -> None:
    lines = ["[availability]"]
    for probe in probes:
        lines.append("[[availability.probe]]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in probe.items()]
    path.write_text(path.read_text() + "\n" + "\n".join(lines) + "\n")


def _acked(smtp: SmtpServer, message_id: bytes, before: int) -> bool:
    return any(message_id in raw for _, _, raw, _ in smtp.handler.messages[before:])


@pytest.mark.slow
def test_imap_and_smtp_probes_log_in_as_the_helpdesk(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    server_env: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_config(tmp_path, **server_sections(dovecot, imap_user, smtp, tls))
    _with_probes(path, {"name": "imap", "kind": "imap"}, {"name": "smtp", "kind": "smtp"})
    config = load_config(path)
    imap, mail = config.availability.probe
    assert make_probe(imap, config).check().up
    assert make_probe(mail, config).check().up
    assert smtp.handler.messages == [], "a login probe sends nothing"
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "wrong")
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "wrong")
    refused = make_probe(imap, config).check()
    assert not refused.up and "IMAP login (password) refused" in refused.error
    refused = make_probe(mail, config).check()
    assert not refused.up and "SMTP login (password) refused" in refused.error


@pytest.mark.slow
@pytest.mark.timed  # each acknowledgement within 2 s
def test_a_hanging_probe_does_not_delay_acknowledgements(
    tmp_path: Path, dovecot: Dovecot, imap_user: str, smtp: SmtpServer, tls: TlsMaterial
) -> None:
    hanging, healthy = start_web(Behaviour(hang=True)), start_web()
    try:
        sections = server_sections(dovecot, imap_user, smtp, tls)
        sections["intake"]["poll_seconds"] = 600  # only IDLE wakes it
        path = write_config(tmp_path, **sections)
        _with_probes(
            path,
            {"name": "sisfo", "url": hanging.url(), "interval_seconds": 5, "timeout_seconds": 20},
            {"name": "e-learning", "url": healthy.url(), "interval_seconds": 5, "timeout_seconds": 2},
        )
        command, env = prepared_helpdesk(path, smtp.password)
        daemon = start_idling_daemon(command, env, tmp_path / "daemon.log")
        try:
            assert wait_until(lambda: hanging.behaviour.requests >= 1, 10), "the hanging probe never ran"
            latencies = []
            for message_id, raw in generated_requests(TEST_DATA / "requests", 3, prefix="hang"):
                before = len(smtp.handler.messages)
                started = time.monotonic()
                dovecot.append(imap_user, raw)
                acked = wait_until(partial(_acked, smtp, message_id.encode(), before), 10, 0.01)
                assert acked, (tmp_path / "daemon.log").read_text()
                latencies.append(time.monotonic() - started)
            assert max(latencies) < 2.0, latencies
            assert hanging.behaviour.requests == 1, "still waiting on its one request"
            assert wait_until(lambda: healthy.behaviour.requests >= 2, 15), "the healthy probe kept its interval"
        finally:
            daemon.send_signal(signal.SIGTERM)
            code = daemon.wait(timeout=20)
        assert code == 0, (tmp_path / "daemon.log").read_text()
        engine = make_engine(load_config(path).database_url)
        with Session(engine) as session:
            services = {row.service for row in session.exec(select(ProbeResult)).all()}
        assert services == {"e-learning"}, "the hanging probe has no result before its timeout"
    finally:
        hanging.stop()
        healthy.stop()
