"""OAuth2 pieces on their own: the config keys, token caching and refusal against the loopback token server,
and the log filter that keeps tokens out of log lines."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
import threading
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

import pytest
from pydantic import SecretStr

from daemon import redaction
from daemon.clock import FixedClock
from daemon.config import load_config
from daemon.errors import ConfigError
from daemon.oauth2 import AccessTokens, OAuth2Client, OAuth2RefusedError
from tests.conftest import write_config
from tests.oauth_server import CLIENT_ID, CLIENT_SECRET, TokenServer

OAUTH2: dict[str, object] = {
    "kind": "imap",
    "host": "imap.gmail.com",
    "username": "helpdesk-p4m@polibatam.ac.id",
    "auth": "oauth2",
    "oauth2_token_url": "https://oauth2.googleapis.com/token",
    "oauth2_client_id": "123.apps.googleusercontent.com",
    "oauth2_client_secret_env": "HELPDESK_OAUTH2_CLIENT_SECRET",
    "oauth2_refresh_token_file": "oauth2-refresh-token",
    "oauth2_scope": "https://mail.google.com/",
}


def test_a_complete_oauth2_section_loads(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, intake=OAUTH2))
    assert config.intake.auth == "oauth2"
    assert config.outgoing.auth == "password"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"oauth2_client_id": ""}, 'intake.oauth2_client_id: required with auth = "oauth2"'),
        ({"oauth2_refresh_token_file": ""}, 'intake.oauth2_refresh_token_file: required with auth = "oauth2"'),
        ({"oauth2_token_url": "http://login.example.org/token"}, "intake.oauth2_token_url: must be https://"),
        ({"oauth2_token_url": "login.example.org/token"}, "intake.oauth2_token_url: not an https:// URL"),
        ({"password_env": "HELPDESK_IMAP_PASSWORD"}, 'intake.password_env: not used with auth = "oauth2"'),
        ({"oauth2_client_secret_file": "secret"}, "intake.oauth2_client_secret_env: set oauth2_client_secret_env or"),
        ({"auth": "kerberos"}, "intake.auth: Input should be 'password' or 'oauth2'"),
        ({"oauth2_tenant": "x"}, "intake.oauth2_tenant: unknown key"),
    ],
)
def test_a_bad_oauth2_key_is_one_line_naming_it(tmp_path: Path, change: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match="^.*" + message.replace("(", r"\(").replace(")", r"\)")) as raised:
        load_config(write_config(tmp_path, intake={**OAUTH2, **change}))
    assert "\n" not in str(raised.value)


def test_a_loopback_token_endpoint_may_be_plain_http(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, intake={**OAUTH2, "oauth2_token_url": "http://127.0.0.1:8080/t"}))
    assert config.intake.oauth2_token_url.startswith("http://127.0.0.1")


def _tokens(server: TokenServer, path: Path, clock: FixedClock) -> AccessTokens:
    client = OAuth2Client("intake", server.token_url, CLIENT_ID, SecretStr(CLIENT_SECRET), path, "mail")
    return AccessTokens(client, clock)


def test_an_access_token_is_kept_until_shortly_before_it_expires(tmp_path: Path, token_server: TokenServer) -> None:
    path = tmp_path / "refresh"
    path.write_text(token_server.consent("helpdesk-a"))
    clock = FixedClock(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))
    tokens = _tokens(token_server, path, clock)
    first = tokens.current()
    assert first.expires_at == clock.now() + timedelta(hours=1)
    clock.advance(minutes=54)
    assert tokens.current() is first
    assert len(token_server.state.refresh_requests) == 1
    clock.advance(minutes=1, seconds=1)  # five minutes before expiry: time for a new one
    assert tokens.current() != first
    assert len(token_server.state.refresh_requests) == 2


def test_a_refused_refresh_token_is_not_presented_again_until_a_new_consent(
    tmp_path: Path, token_server: TokenServer
) -> None:
    path = tmp_path / "refresh"
    token = token_server.consent("helpdesk-b")
    path.write_text(token)
    token_server.revoke(token)
    tokens = _tokens(token_server, path, FixedClock(datetime(2026, 11, 23, 2, 0, tzinfo=UTC)))
    for _ in range(3):
        with pytest.raises(OAuth2RefusedError, match="invalid_grant: Token has been expired or revoked"):
            tokens.current()
    assert token_server.state.refresh_requests == [token]
    path.write_text(token_server.consent("helpdesk-b"))  # `helpdesk oauth2 authorize` again
    assert tokens.current().value.get_secret_value() in token_server.state.access_tokens


def test_a_wrong_client_secret_names_the_client_keys(tmp_path: Path, token_server: TokenServer) -> None:
    path = tmp_path / "refresh"
    path.write_text(token_server.consent("helpdesk-c"))
    client = OAuth2Client("outgoing", token_server.token_url, CLIENT_ID, SecretStr("not-the-secret"), path, "")
    with pytest.raises(OAuth2RefusedError, match=r"^outgoing\.oauth2_client_id: the token endpoint refused the client"):
        AccessTokens(client, FixedClock(datetime(2026, 11, 23, tzinfo=UTC))).current()


def test_a_missing_refresh_token_file_says_to_authorize_first(tmp_path: Path, token_server: TokenServer) -> None:
    tokens = _tokens(token_server, tmp_path / "nothing-here", FixedClock(datetime(2026, 11, 23, tzinfo=UTC)))
    with pytest.raises(ConfigError, match=r"intake\.oauth2_refresh_token_file: cannot read .*oauth2 authorize"):
        tokens.current()


def test_the_log_filter_blanks_tokens_in_messages_arguments_and_tracebacks() -> None:
    stream = io.StringIO()
    logger = logging.getLogger("tests.redaction")
    logger.propagate = False
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    redaction.install(logger)
    known = "ya29.a0AfB_known-access-token"
    redaction.remember(known)
    try:
        logger.warning("login with %s failed", known)
        logger.warning("header Authorization: Bearer eyJhbGciOi.unknown.token")
        logger.warning('answer {"access_token": "opaque-123456", "refresh_token": "1//0g-refresh"}')
        try:
            raise RuntimeError(f"server said no to {known}")
        except RuntimeError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    for secret in (known, "eyJhbGciOi", "opaque-123456", "1//0g-refresh"):
        assert secret not in text
    assert text.count(redaction.REDACTED) == 5  # the traceback shows the source line, with {known} unformatted
    assert "RuntimeError: server said no to [redacted]" in text


_OTHER_PROCESS = """
import sys
from pathlib import Path
from daemon.oauth2 import held_across_processes
with held_across_processes(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()
"""


def test_a_refresh_waits_for_another_process_rotating_the_same_refresh_token(
    tmp_path: Path, token_server: TokenServer
) -> None:
    """A `helpdesk` command beside the daemon rotates the shared refresh token: the daemon must present the new one,
    not the one the provider has just retired (read before the other process had finished)."""
    token_server.reset(rotate=True)
    path = tmp_path / "refresh"
    first = token_server.consent("helpdesk-d")
    path.write_text(first)
    other = subprocess.Popen(
        [sys.executable, "-c", _OTHER_PROCESS, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert other.stdout is not None and other.stdin is not None
    assert other.stdout.readline().strip() == "held"
    tokens = _tokens(token_server, path, FixedClock(datetime(2026, 11, 23, 2, 0, tzinfo=UTC)))
    obtained: list[str] = []
    refreshing = threading.Thread(target=lambda: obtained.append(tokens.current().value.get_secret_value()))
    refreshing.start()
    refreshing.join(timeout=0.5)
    assert refreshing.is_alive() and token_server.state.refresh_requests == []
    # What the other process does while it holds the lock: present the token, store the rotated one.
    form = {
        "grant_type": "refresh_token",
        "refresh_token": first,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    with urllib.request.urlopen(token_server.token_url, urlencode(form).encode(), timeout=10) as answer:
        rotated = json.load(answer)["refresh_token"]
    path.write_text(rotated)
    other.stdin.write("done\n")
    other.stdin.flush()
    assert other.wait(timeout=10) == 0
    refreshing.join(timeout=10)
    assert token_server.state.refresh_requests == [first, rotated]
    assert obtained and obtained[0] in token_server.state.access_tokens
    assert path.read_text().strip() != rotated  # rotated again by the daemon's own refresh, and stored
