"""Availability probes against real loopback servers, figures checked by hand, alerts, receipts, report, CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

from daemon.app import App, build_app
from daemon.availability.figures import period_figures
from daemon.availability.monitor import Recorder
from daemon.availability.probes import make_probe
from daemon.availability.retention import purge_probe_log
from daemon.cli import main
from daemon.clock import CountingTokens, FixedClock
from daemon.config import Config, load_config
from daemon.errors import ConfigError
from daemon.records import IncomingMail
from storage.availability import ProbeResult, ServiceOutage
from tests.conftest import migrated, write_config
from tests.fake_moodle import TOKEN, start_fake_moodle
from tests.fakes import ScriptedMailer
from tests.http_servers import Behaviour, WebServer, start_web
from tests.servers import TlsMaterial, free_port

WIB = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def web() -> Iterator[WebServer]:
    server = start_web()
    yield server
    server.stop()


def probe_config(tmp_path: Path, *probes: dict[str, Any], **sections: dict[str, Any]) -> Config:
    path = write_config(tmp_path, **sections)
    lines = ["[availability]", "target_pct = 99.0", 'notify = ["p4m-staf@polibatam.ac.id"]']
    for probe in probes:
        lines.append("[[availability.probe]]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in probe.items()]
    path.write_text(path.read_text() + "\n" + "\n".join(lines) + "\n")
    config = load_config(path)
    migrated(config)
    return config


def check(config: Config, name: str) -> tuple[bool, float, str]:
    settings = config.availability.named(name)
    assert settings is not None
    outcome = make_probe(settings, config).check()
    return outcome.up, outcome.latency_ms, outcome.error


def test_bad_availability_keys_get_one_line_each(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    path.write_text(
        path.read_text()
        + '\n[[availability.probe]]\nname = "sisfo"\ninterval_seconds = 2\ncolour = "red"\n'
        + '[[availability.probe]]\nname = "sisfo"\nkind = "tcp"\n'
        + '[[availability.maintenance]]\nservice = "perpustakaan"\n'
        + "start = 2026-12-07T22:00:00+07:00\nend = 2026-12-07T23:00:00+07:00\n"
    )
    with pytest.raises(ConfigError) as first:
        load_config(path)
    assert str(first.value).splitlines() == [
        f"{path}: availability.probe.0.interval_seconds: Input should be greater than or equal to 5",
        f"{path}: availability.probe.0.colour: unknown key",
    ]
    path.write_text(path.read_text().replace("interval_seconds = 2\ncolour = \"red\"\n", ""))
    with pytest.raises(ConfigError) as second:
        load_config(path)
    assert str(second.value).splitlines() == [
        f"{path}: availability.probe.0.url: an http probe needs url",
        f"{path}: availability.probe.1.name: 'sisfo' is used by an earlier probe",
        f"{path}: availability.probe.1.host: a tcp probe needs host",
        f"{path}: availability.probe.1.port: a tcp probe needs port",
        f"{path}: availability.maintenance.0.service: no probe named 'perpustakaan'",
    ]


def test_http_probes_against_real_servers(tmp_path: Path, web: WebServer, tls: TlsMaterial) -> None:
    failing, hanging = start_web(Behaviour(status=503)), start_web(Behaviour(hang=True))
    secure = start_web(tls=tls.server_context())
    try:
        config = probe_config(
            tmp_path,
            {"name": "up", "url": web.url(), "expect_text": "e-learning Polibatam"},
            {"name": "wrong-text", "url": web.url(), "expect_text": "Moodle"},
            {"name": "redirect-here", "url": web.url("/redirect-here")},
            {"name": "redirect-away", "url": web.url("/redirect-away")},
            {"name": "503", "url": failing.url()},
            {"name": "hangs", "url": hanging.url(), "timeout_seconds": 1},
            {"name": "self-signed", "url": secure.url()},
            {"name": "own-ca", "url": secure.url(), "ca_file": str(tls.cert)},
        )
        assert check(config, "up")[0] is True
        assert check(config, "wrong-text") == (False, pytest.approx(0, abs=1000), "HTTP 200 without the expected text 'Moodle'")
        assert check(config, "redirect-here")[0] is True
        up, _, error = check(config, "redirect-away")
        assert not up and "redirect to another host (localhost)" in error
        assert check(config, "503")[::2] == (False, "HTTP 503, expected 200")
        up, latency, error = check(config, "hangs")
        assert not up and 900 <= latency < 3000 and "timed out" in error
        up, _, error = check(config, "self-signed")
        assert not up and "CERTIFICATE_VERIFY_FAILED" in error
        assert check(config, "own-ca")[0] is True
    finally:
        for server in (failing, hanging, secure):
            server.stop()


def test_tcp_and_moodle_probes(tmp_path: Path, web: WebServer, monkeypatch: pytest.MonkeyPatch) -> None:
    moodle, state = start_fake_moodle()
    monkeypatch.setenv("HELPDESK_MOODLE_TOKEN", TOKEN)
    try:
        config = probe_config(
            tmp_path,
            {"name": "port-open", "kind": "tcp", "host": "127.0.0.1", "port": web.port},
            {"name": "port-closed", "kind": "tcp", "host": "127.0.0.1", "port": free_port()},
            {"name": "e-learning", "kind": "moodle", "elearning": True},
            moodle={"url": moodle.url},
        )
        assert check(config, "port-open")[0] is True
        up, _, error = check(config, "port-closed")
        assert not up and "Connection refused" in error
        assert check(config, "e-learning")[0] is True
        assert state.calls[-1][0] == "core_webservice_get_site_info"
        state.webservices_enabled = False
        up, _, error = check(config, "e-learning")
        assert not up and "web services are switched off" in error
        monkeypatch.setenv("HELPDESK_MOODLE_TOKEN", "wrong")
        state.webservices_enabled = True
        up, _, error = check(config, "e-learning")
        assert not up and error.startswith("invalidtoken")
    finally:
        moodle.shutdown()
