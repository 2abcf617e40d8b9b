"""OAuth2 for the tests: a small authorization server on loopback (token, introspection, authorization and device
endpoints, which can expire access tokens, rotate refresh tokens and revoke them), the aiosmtpd handler that
takes AUTH XOAUTH2 against it, and the config sections that point the daemon at both."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from aiosmtpd.smtp import SMTP, AuthResult

from tests.servers import Dovecot, RecordingHandler, SmtpServer, TlsMaterial

CLIENT_ID = "helpdesk-test-client"
CLIENT_SECRET = "test-client-secret-4f1c9a"
SECRET_ENV = "TEST_OAUTH2_CLIENT_SECRET"


@dataclass
class _Code:
    user: str
    challenge: str
    redirect_uri: str


@dataclass
class TokenState:
    """What the server knows; every field is read by the tests."""

    lifetime: float = 3600.0
    rotate: bool = False
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # refresh token -> user
    access_tokens: dict[str, tuple[str, float]] = field(default_factory=dict)  # access token -> (user, expiry)
    codes: dict[str, _Code] = field(default_factory=dict)
    devices: dict[str, str | None] = field(default_factory=dict)  # device code -> user once approved
    refresh_requests: list[str] = field(default_factory=list)  # the refresh tokens presented, in order
    introspected: list[tuple[str, bool]] = field(default_factory=list)
    issued: list[str] = field(default_factory=list)  # every token handed out, for the no-secret-in-logs test
    pkce_checked: int = 0
    next_user: str = ""  # who "signs in" at the authorization endpoint


class TokenServer:
    def __init__(self) -> None:
        self.state = TokenState()
        self.lock = threading.Lock()
        self.http = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.http.daemon_threads = True
        self.http.owner = self  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.http.serve_forever, name="token-server", daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http.server_address[1]}"

    token_url = property(lambda self: f"{self.url}/token")
    introspection_url = property(lambda self: f"{self.url}/introspect")
    authorize_url = property(lambda self: f"{self.url}/authorize")
    device_url = property(lambda self: f"{self.url}/devicecode")

    def stop(self) -> None:
        self.http.shutdown()
        self.http.server_close()

    def reset(self, *, lifetime: float = 3600.0, rotate: bool = False) -> None:
        with self.lock:
            self.state = TokenState(lifetime=lifetime, rotate=rotate)

    def consent(self, user: str) -> str:
        """A refresh token for `user`, as after a first consent."""
        with self.lock:
            return self._new_refresh(user)

    def revoke(self, refresh_token: str) -> None:
        with self.lock:
            self.state.refresh_tokens.pop(refresh_token, None)

    def revoke_access(self, access_token: str) -> None:
        with self.lock:
            self.state.access_tokens.pop(access_token, None)

    def approve_devices(self, user: str) -> None:
        """The person typed the code in and signed in as `user`."""
        with self.lock:
            for device in self.state.devices:
                self.state.devices[device] = user

    def active_user(self, access_token: str) -> str | None:
        with self.lock:
            user, expiry = self.state.access_tokens.get(access_token, ("", 0.0))
            active = bool(user) and time.time() < expiry
            self.state.introspected.append((access_token, active))
            return user if active else None

    def _new_refresh(self, user: str) -> str:
        token = "rt-" + secrets.token_urlsafe(24)
        self.state.refresh_tokens[token] = user
        self.state.issued.append(token)
        return token

    def _new_access(self, user: str) -> dict[str, Any]:
        token = "at-" + secrets.token_urlsafe(24)
        self.state.access_tokens[token] = (user, time.time() + self.state.lifetime)
        self.state.issued.append(token)
        return {"access_token": token, "token_type": "Bearer", "expires_in": self.state.lifetime}

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        grant = form.get("grant_type", "")
        if form.get("client_id") != CLIENT_ID or form.get("client_secret", CLIENT_SECRET) != CLIENT_SECRET:
            return 401, {"error": "invalid_client"}
        with self.lock:
            if grant == "refresh_token":
                presented = form.get("refresh_token", "")
                self.state.refresh_requests.append(presented)
                user = self.state.refresh_tokens.get(presented)
                if user is None:
                    return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
                answer = self._new_access(user)
                if self.state.rotate:
                    del self.state.refresh_tokens[presented]
                    answer["refresh_token"] = self._new_refresh(user)
                return 200, answer
            if grant == "authorization_code":
                code = self.state.codes.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "")
                digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
                if code is None or digest != code.challenge or form.get("redirect_uri") != code.redirect_uri:
                    return 400, {"error": "invalid_grant"}
                self.state.pkce_checked += 1
                return 200, {**self._new_access(code.user), "refresh_token": self._new_refresh(code.user)}
            if grant == "urn:ietf:params:oauth:grant-type:device_code":
                device = form.get("device_code", "")
                if device not in self.state.devices:
                    return 400, {"error": "expired_token"}
                user = self.state.devices[device]
                if user is None:
                    return 400, {"error": "authorization_pending"}
                del self.state.devices[device]
                return 200, {**self._new_access(user), "refresh_token": self._new_refresh(user)}
        return 400, {"error": "unsupported_grant_type"}

    def authorization(self, query: dict[str, str]) -> str:
        """Where the browser goes next: back to the client's loopback redirect with a code bound to the challenge."""
        with self.lock:
            code = "code-" + secrets.token_urlsafe(12)
            assert query.get("code_challenge_method") == "S256", query
            self.state.codes[code] = _Code(self.state.next_user, query["code_challenge"], query["redirect_uri"])
        return f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query.get('state', '')})}"

    def device_authorization(self) -> dict[str, Any]:
        with self.lock:
            device = "dev-" + secrets.token_urlsafe(12)
            self.state.devices[device] = None
        return {
            "device_code": device,
            "user_code": "ABCD-EFGH",
            "verification_uri": f"{self.url}/device",
            "expires_in": 900,
            "interval": 1,
        }


class _Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    @property
    def owner(self) -> TokenServer:
        owner: TokenServer = self.server.owner  # type: ignore[attr-defined]
        return owner

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length", "0"))
        form = {key: values[0] for key, values in parse_qs(self.rfile.read(length).decode()).items()}
        basic = self.headers.get("Authorization", "")
        if basic.startswith("Basic "):
            client_id, _, client_secret = base64.b64decode(basic[6:]).decode().partition(":")
            form.update(client_id=client_id, client_secret=client_secret)
        return form

    def _json(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        form = self._form()
        if path == "/token":
            self._json(*self.owner.token(form))
        elif path == "/introspect":
            user = self.owner.active_user(form.get("token", ""))
            self._json(200, {"active": True, "username": user} if user else {"active": False})
        elif path == "/devicecode":
            self._json(200, self.owner.device_authorization())
        else:
            self._json(404, {"error": "not_found"})

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != "/authorize":
            self._json(404, {"error": "not_found"})
            return
        self.send_response(302)
        self.send_header("Location", self.owner.authorization({k: v[0] for k, v in parse_qs(parts.query).items()}))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class OAuth2RecordingHandler(RecordingHandler):
    """Also takes AUTH XOAUTH2, asking the token server's introspection endpoint about the bearer token."""

    def __init__(self, introspection_url: str) -> None:
        super().__init__()
        self.introspection_url = introspection_url
        self.oauth2_logins: list[str] = []

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        if len(args) > 1:
            blob = base64.b64decode(args[1])
        else:
            answer = await server.challenge_auth("")
            if not isinstance(answer, bytes):
                return AuthResult(success=False, handled=True)
            blob = answer
        fields = dict(part.split("=", 1) for part in blob.decode().split("\x01") if "=" in part)
        user, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
        active = await asyncio.to_thread(_introspect, self.introspection_url, token)
        if user and active == user:
            self.oauth2_logins.append(user)
            return AuthResult(success=True, auth_data=user)
        # As Gmail does (and RFC 7628): an error challenge first, the refusal after the client's empty answer.
        await server.challenge_auth(json.dumps({"status": "401", "schemes": "Bearer", "scope": "mail"}))
        return AuthResult(success=False, handled=False)


def _introspect(url: str, token: str) -> str | None:
    request = urllib.request.Request(url, data=urlencode({"token": token}).encode(), method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        answer = json.loads(response.read())
    return str(answer["username"]) if answer.get("active") else None


def oauth_keys(server: TokenServer, refresh_file: Path) -> dict[str, object]:
    return {
        "auth": "oauth2",
        "oauth2_token_url": server.token_url,
        "oauth2_client_id": CLIENT_ID,
        "oauth2_client_secret_env": SECRET_ENV,
        "oauth2_refresh_token_file": str(refresh_file),
        "oauth2_scope": "https://mail.google.com/",
    }


def oauth_sections(
    dovecot: Dovecot, user: str, smtp: SmtpServer, tls: TlsMaterial, server: TokenServer, refresh_file: Path
) -> dict[str, dict[str, object]]:
    """IMAP and SMTP both with XOAUTH2 and one consent (one refresh token file), as for a Gmail mailbox."""
    common = {"host": "127.0.0.1", "security": "starttls", "username": user, "ca_file": str(tls.cert)}
    return {
        "intake": {
            "kind": "imap",
            "port": dovecot.port,
            "poll_seconds": 5,
            **common,
            **oauth_keys(server, refresh_file),
        },
        "outgoing": {"kind": "smtp", "port": smtp.port, **common, **oauth_keys(server, refresh_file)},
    }
