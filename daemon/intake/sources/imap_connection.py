"""Open a logged-in IMAP session (TLS, STARTTLS or loopback plain) and read what the server answers."""

from __future__ import annotations

import ast
import contextlib
import ssl
from datetime import UTC, datetime

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from daemon.clock import Clock
from daemon.errors import LoginRefusedError, TransientError
from daemon.logins import Login, imap_login
from daemon.mail_server_settings import IntakeSettings
from daemon.oauth2 import AccessToken

NETWORK_ERRORS = (IMAPClientError, OSError, EOFError)


def connect(settings: IntakeSettings, login: Login, tls: ssl.SSLContext) -> IMAPClient:
    """A logged-in client: implicit TLS, STARTTLS, or plain (to loopback only, checked by the config)."""
    return connect_with_token(settings, login, tls)[0]


def connect_with_token(
    settings: IntakeSettings, login: Login, tls: ssl.SSLContext
) -> tuple[IMAPClient, AccessToken | None]:
    """connect(), and the OAuth2 access token the session was opened with (None with a password)."""
    client = IMAPClient(
        settings.host,
        settings.port,
        ssl=settings.security == "tls",
        ssl_context=tls,
        timeout=settings.timeout_seconds,
    )
    try:
        if settings.security == "starttls":
            client.starttls(tls)
        client.normalise_times = False
        token = imap_login(client, settings.username, login)
    except BaseException as error:
        with contextlib.suppress(*NETWORK_ERRORS):
            client.shutdown()  # not left open when the login (or the token endpoint) said no
        if isinstance(error, LoginError):
            # A refused password is a configuration fault (retrying fast could lock the account); a refused
            # OAuth2 token was already refreshed once by imap_login, and a token endpoint that says no for good
            # raises OAuth2RefusedError on its own.
            kind = LoginRefusedError if settings.auth == "password" else TransientError
            raise kind(
                f"IMAP login ({settings.auth}) refused for {settings.username} at {settings.host}: {server_text(error)}"
            ) from None
        raise
    return client, token


def server_text(error: Exception) -> str:
    """What the server said, as text: imaplib hands its answers on as bytes, and str() of them reads b'...'."""
    argument = error.args[0] if error.args else ""
    if isinstance(argument, str) and argument[:2] in ("b'", 'b"'):
        with contextlib.suppress(ValueError, SyntaxError):
            argument = ast.literal_eval(argument)
    if isinstance(argument, bytes):
        return argument.decode("utf-8", "replace")
    return str(argument)


def internal_date(data: dict[bytes, object], clock: Clock) -> datetime:
    """The server's arrival time of a message (INTERNALDATE), in UTC."""
    arrived = data.get(b"INTERNALDATE")
    if isinstance(arrived, datetime) and arrived.tzinfo is not None:
        return arrived.astimezone(UTC)
    return clock.now()
