"""`helpdesk oauth2 authorize` against the loopback token server: PKCE with a loopback redirect, and device code."""

from __future__ import annotations

import queue
import stat
import threading
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from daemon.cli.oauth2_authorize import Flow, Provider, authorize, consent_for
from daemon.config import Config, load_config
from tests.conftest import write_config
from tests.oauth_server import CLIENT_ID, CLIENT_SECRET, SECRET_ENV, TokenServer, oauth_keys

USER = "helpdesk-p4m@polibatam.ac.id"


def leaked(server: TokenServer, text: str) -> list[str]:
    return [token for token in [*server.state.issued, CLIENT_SECRET] if token in text]


def consent_config(tmp_path: Path, server: TokenServer, refresh_file: Path, smtp_scope: str) -> Config:
    """Both sections with OAuth2 and one refresh token file; the mail servers are never reached here."""
    keys = oauth_keys(server, refresh_file)
    return load_config(
        write_config(
            tmp_path,
            intake={"kind": "imap", "host": "imap.example.ac.id", "username": USER, **keys},
            outgoing={
                "kind": "smtp",
                "host": "smtp.example.ac.id",
                "username": USER,
                **keys,
                "oauth2_scope": smtp_scope,
            },
        )
    )


def test_authorize_gets_consent_by_pkce_and_a_loopback_redirect(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, token_server: TokenServer
) -> None:
    monkeypatch.setenv(SECRET_ENV, CLIENT_SECRET)
    refresh_file = tmp_path / "state" / "oauth2-refresh-token"  # the folder does not exist yet
    config = consent_config(tmp_path, token_server, refresh_file, "https://example.test/SMTP.Send")
    token_server.state.next_user = USER
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
    assert token_server.state.refresh_tokens[token] == USER
    assert token_server.state.pkce_checked == 1  # the code was exchanged with the matching verifier
    assert stat.S_IMODE(refresh_file.stat().st_mode) == 0o600
    assert not leaked(token_server, "\n".join(lines.queue))


def test_authorize_by_device_code_for_microsoft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, token_server: TokenServer
) -> None:
    monkeypatch.setenv(SECRET_ENV, CLIENT_SECRET)
    refresh_file = tmp_path / "oauth2-refresh-token"
    config = consent_config(tmp_path, token_server, refresh_file, "https://mail.google.com/")
    consent = consent_for(config, Provider.MICROSOFT)
    assert consent.flow is Flow.DEVICE
    assert consent.device_url == token_server.device_url
    assert "offline_access" in consent.client.scope.split()
    shown: list[str] = []
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:
            token_server.approve_devices(USER)  # typed in on a phone meanwhile

    authorize(consent, shown.append, sleep=sleep, timeout=60)
    assert any("ABCD-EFGH" in line for line in shown)
    assert waits == [1.0, 1.0]  # one "authorization_pending", then the token
    assert token_server.state.refresh_tokens[refresh_file.read_text().strip()] == USER
