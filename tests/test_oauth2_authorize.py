"""`helpdesk oauth2 authorize` against the loopback token server: PKCE with a loopback redirect, and device code."""

from __future__ import annotations

import queue
import stat
import threading
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from daemon.config import load_config
from daemon.oauth2_authorize import Flow, Provider, authorize, consent_for
from tests.conftest import write_config
from tests.oauth_server import CLIENT_ID, CLIENT_SECRET, SECRET_ENV, TokenServer, oauth_sections
from tests.servers import Dovecot, SmtpServer, TlsMaterial


def leaked(server: TokenServer, text: str) -> list[str]:
    return [token for token in [*server.state.issued, CLIENT_SECRET] if token in text]


def test_authorize_gets_consent_by_pkce_and_a_loopback_redirect(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, oauth_dovecot: Dovecot, oauth_user: str,
    oauth_smtp: SmtpServer, tls: TlsMaterial, token_server: TokenServer,
) -> None:  # fmt: skip
    monkeypatch.setenv(SECRET_ENV, CLIENT_SECRET)
    refresh_file = tmp_path / "state" / "oauth2-refresh-token"  # the folder does not exist yet
    sections = oauth_sections(oauth_dovecot, oauth_user, oauth_smtp, tls, token_server, refresh_file)
    sections["outgoing"]["oauth2_scope"] = "https://example.test/SMTP.Send"
    config = load_config(write_config(tmp_path, **sections))
    token_server.state.next_user = oauth_user
    consent = consent_for(config, Provider.GENERIC, authorize_url=token_server.authorize_url)
    lines: queue.Queue[str] = queue.Queue()
    stored: list[Path] = []
    command = threading.Thread(target=lambda: stored.append(authorize(consent, lines.put, timeout=30)))
    command.start()
    try:
        url = lines.get(timeout=10)
        while not url.startswith("http"):
            url = lines.get(timeout=10)
        asked = parse_qs(urlsplit(url).query)
        assert asked["code_challenge_method"] == ["S256"]
        assert asked["client_id"] == [CLIENT_ID]
        assert asked["scope"] == ["https://mail.google.com/ https://example.test/SMTP.Send"]  # one consent, both
        assert asked["redirect_uri"][0].startswith("http://127.0.0.1:")
        # The browser: the provider's page redirects to the command's loopback listener.
        with urllib.request.urlopen(url, timeout=10) as page:
            assert "Izin diterima" in page.read().decode()
    finally:
        command.join(30)
    assert stored == [refresh_file]
    token = refresh_file.read_text().strip()
    assert token_server.state.refresh_tokens[token] == oauth_user
    assert token_server.state.pkce_checked == 1  # the code was exchanged with the matching verifier
    assert stat.S_IMODE(refresh_file.stat().st_mode) == 0o600
    assert not leaked(token_server, "\n".join(lines.queue))


def test_authorize_by_device_code_for_microsoft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, oauth_dovecot: Dovecot, oauth_user: str,
    oauth_smtp: SmtpServer, tls: TlsMaterial, token_server: TokenServer,
) -> None:  # fmt: skip
    monkeypatch.setenv(SECRET_ENV, CLIENT_SECRET)
    refresh_file = tmp_path / "oauth2-refresh-token"
    config = load_config(
        write_config(tmp_path, **oauth_sections(oauth_dovecot, oauth_user, oauth_smtp, tls, token_server, refresh_file))
    )
    consent = consent_for(config, Provider.MICROSOFT)
    assert consent.flow is Flow.DEVICE
    assert consent.device_url == token_server.device_url
    assert "offline_access" in consent.client.scope.split()
    shown: list[str] = []
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:
            token_server.approve_devices(oauth_user)  # typed in on a phone meanwhile

    authorize(consent, shown.append, sleep=sleep, timeout=60)
    assert any("ABCD-EFGH" in line for line in shown)
    assert waits == [1.0, 1.0]  # one "authorization_pending", then the token
    assert token_server.state.refresh_tokens[refresh_file.read_text().strip()] == oauth_user
