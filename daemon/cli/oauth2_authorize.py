"""The first OAuth2 consent (authorization code with PKCE and a loopback redirect, or device code), stored as the
refresh token the config names."""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
from authlib.common.security import generate_token
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.requests_client import OAuth2Session

from daemon import redaction
from daemon.config import Config
from daemon.credentials import oauth2_client
from daemon.errors import ConfigError, HelpdeskError, TransientError
from daemon.oauth2 import OAuth2Client, held_across_processes, write_secret_file
from daemon.oauth2_settings import check_token_url

log = logging.getLogger(__name__)

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
GOOGLE_AUTHORIZE_URL = "https://accounts.google.com/o/oauth2/v2/auth"


class Provider(StrEnum):
    GOOGLE = "google"
    MICROSOFT = "microsoft"
    GENERIC = "generic"


class Flow(StrEnum):
    CODE = "code"  # authorization code with PKCE and a loopback redirect
    DEVICE = "device"  # RFC 8628: a code typed in on another device


@dataclass(frozen=True)
class Consent:
    """Where to ask: the provider's endpoints and the scope the daemon needs, and the client that asks."""

    client: OAuth2Client
    flow: Flow
    authorize_url: str
    device_url: str
    extra: tuple[tuple[str, str], ...]  # authorization-request parameters a provider needs for a refresh token
    redirect_host: str = "127.0.0.1"  # Microsoft Entra registers loopback redirects as http://localhost


class AuthorizeError(HelpdeskError):
    """The consent did not come through (refused, timed out, or the provider gave no refresh token)."""


def _sections(config: Config, section: str | None) -> list[str]:
    chosen = [name for name in ("intake", "outgoing") if getattr(config, name).auth == "oauth2"]
    if section is not None:
        if section not in chosen:
            raise ConfigError(f'{section}.auth: is not "oauth2", so it needs no consent')
        return [section]
    if not chosen:
        raise ConfigError('intake.auth: neither [intake] nor [outgoing] has auth = "oauth2"')
    return chosen


def consent_for(
    config: Config,
    provider: Provider,
    section: str | None = None,
    flow: Flow | None = None,
    authorize_url: str = "",
    device_url: str = "",
) -> Consent:
    """One consent covers every section that keeps its refresh token in the same file (IMAP and SMTP)."""
    names = _sections(config, section)
    first = oauth2_client(config, names[0], getattr(config, names[0]))
    scopes: list[str] = []
    for name in ("intake", "outgoing"):
        other = getattr(config, name)
        if other.auth == "oauth2" and config.resolve(other.oauth2_refresh_token_file) == first.refresh_token_file:
            scopes += [scope for scope in other.oauth2_scope.split() if scope not in scopes]
    extra: tuple[tuple[str, str], ...] = ()
    token_url = first.token_url
    if provider is Provider.GOOGLE:
        authorize_url = authorize_url or GOOGLE_AUTHORIZE_URL
        extra = (("access_type", "offline"), ("prompt", "consent"))  # else Google gives no refresh token
    elif provider is Provider.MICROSOFT:
        authorize_url = authorize_url or token_url.replace("/token", "/authorize")
        device_url = device_url or token_url.replace("/token", "/devicecode")
        if "offline_access" not in scopes:
            scopes.append("offline_access")  # else Microsoft gives no refresh token
    chosen_flow = flow or (Flow.DEVICE if provider is Provider.MICROSOFT else Flow.CODE)
    needed = ("--authorize-url", authorize_url) if chosen_flow is Flow.CODE else ("--device-url", device_url)
    if not needed[1]:
        raise ConfigError(f"oauth2 authorize {needed[0]}: required for --provider {provider.value}")
    check_token_url(needed[0], needed[1])
    client = OAuth2Client(
        first.section, token_url, first.client_id, first.client_secret, first.refresh_token_file, " ".join(scopes)
    )
    redirect_host = "localhost" if provider is Provider.MICROSOFT else "127.0.0.1"
    return Consent(client, chosen_flow, authorize_url, device_url, extra, redirect_host)


def _session(client: OAuth2Client, redirect_uri: str | None = None) -> OAuth2Session:
    secret = client.client_secret.get_secret_value() if client.client_secret is not None else None
    return OAuth2Session(
        client_id=client.client_id,
        client_secret=secret,
        scope=client.scope or None,
        redirect_uri=redirect_uri,
        code_challenge_method="S256",
        token_endpoint_auth_method="client_secret_post" if secret else "none",
    )


class _Redirect(BaseHTTPRequestHandler):
    """The loopback redirect target: takes the one answer whose state matches, shows a short page."""

    server: _RedirectServer

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        if query.get("state", [""])[0] != self.server.state:
            self.send_error(404)  # a favicon, or a stray request: keep waiting for the real answer
            return
        self.server.answer = {key: values[0] for key, values in query.items()}
        refused = "error" in self.server.answer
        text = "Izin ditolak; lihat terminal." if refused else "Izin diterima. Jendela ini boleh ditutup."
        body = f"<!doctype html><title>Helpdesk P4M</title><p>{html.escape(text)}</p>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("redirect: %s", redaction.redact(format % args))


class _RedirectServer(HTTPServer):
    def __init__(self, port: int, state: str) -> None:
        super().__init__(("127.0.0.1", port), _Redirect)
        self.state = state
        self.answer: dict[str, str] | None = None


def _code_flow(consent: Consent, emit: Callable[[str], None], port: int, timeout: float) -> dict[str, Any]:
    state = generate_token(32)
    with _RedirectServer(port, state) as server:
        redirect_uri = f"http://{consent.redirect_host}:{server.server_address[1]}/"
        verifier = generate_token(64)
        with _session(consent.client, redirect_uri) as session:
            url, _ = session.create_authorization_url(
                consent.authorize_url, state=state, code_verifier=verifier, **dict(consent.extra)
            )
            emit("Open this address in a browser, sign in as the helpdesk mailbox and allow access:")
            emit(url)
            emit(f"Waiting for the answer at {redirect_uri} ...")
            server.timeout = 1.0
            deadline = time.monotonic() + timeout
            while server.answer is None:
                if time.monotonic() > deadline:
                    raise AuthorizeError(f"no answer came to {redirect_uri} within {timeout:.0f} s")
                server.handle_request()
            answer = server.answer
            if "error" in answer:
                raise AuthorizeError(f"the provider refused: {answer['error']} {answer.get('error_description', '')}")
            return dict(
                session.fetch_token(
                    consent.client.token_url,
                    grant_type="authorization_code",
                    code=answer.get("code", ""),
                    code_verifier=verifier,
                    timeout=consent.client.timeout_seconds,
                )
            )


def _device_flow(
    consent: Consent, emit: Callable[[str], None], sleep: Callable[[float], None], timeout: float
) -> dict[str, Any]:
    client = consent.client
    with _session(client) as session:
        answer = session.post(
            consent.device_url,
            data={"client_id": client.client_id, "scope": client.scope},
            timeout=client.timeout_seconds,
            withhold_token=True,
        )
        if answer.status_code != 200:
            raise AuthorizeError(f"{consent.device_url} answered HTTP {answer.status_code}: {answer.text[:300]}")
        device = answer.json()
        emit(device.get("message") or f"Open {device['verification_uri']} and enter the code {device['user_code']}")
        interval = float(device.get("interval", 5))
        deadline = time.monotonic() + min(timeout, float(device.get("expires_in", timeout)))
        while time.monotonic() < deadline:
            sleep(interval)
            try:
                return dict(
                    session.fetch_token(
                        client.token_url,
                        grant_type=DEVICE_GRANT,
                        device_code=device["device_code"],
                        timeout=client.timeout_seconds,
                    )
                )
            except OAuthError as error:
                if error.error == "slow_down":
                    interval += 5
                elif error.error != "authorization_pending":
                    raise
        raise AuthorizeError("the code was not entered in time")


def authorize(
    consent: Consent,
    emit: Callable[[str], None] = print,
    *,
    port: int = 0,
    timeout: float = 600.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Path:
    """Ask for consent, store the refresh token (mode 0600) where the config says; the file written."""
    try:
        if consent.flow is Flow.CODE:
            token = _code_flow(consent, emit, port, timeout)
        else:
            token = _device_flow(consent, emit, sleep, timeout)
    except OAuthError as error:
        raise AuthorizeError(f"the token endpoint refused: {error.error} {error.description or ''}".strip()) from None
    except (requests.RequestException, ValueError) as error:
        raise TransientError(f"token endpoint {consent.client.token_url}: {type(error).__name__}") from None
    refresh_token = str(token.get("refresh_token") or "")
    if not refresh_token:
        raise AuthorizeError("the provider gave no refresh token (Microsoft: scope offline_access; Google: a consent)")
    redaction.remember(refresh_token)
    path = consent.client.refresh_token_file
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with held_across_processes(path):
        write_secret_file(path, refresh_token)
    emit(f"Refresh token stored in {path} (readable by its owner only). Now run: helpdesk check")
    return path
