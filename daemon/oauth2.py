"""Access tokens from a stored refresh token at any RFC 6749 token endpoint: cached, refreshed, rotation kept."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.requests_client import OAuth2Session
from pydantic import SecretStr

from daemon import redaction
from daemon.clock import Clock
from daemon.errors import ConfigError, TransientError

log = logging.getLogger(__name__)

DEFAULT_LIFETIME = timedelta(hours=1)  # when the endpoint does not say (RFC 6749 makes expires_in optional)
MAX_MARGIN = timedelta(minutes=5)
# Answers that only a person can mend (a new consent, a corrected client); anything else is tried again later.
_CLIENT_FAULTS = {"invalid_client", "unauthorized_client"}
_GRANT_FAULTS = {"invalid_grant", "invalid_scope", "access_denied"}
_file_locks: dict[Path, threading.Lock] = {}
_file_locks_guard = threading.Lock()


class OAuth2RefusedError(ConfigError):
    """The token endpoint refused the refresh token or the client: a configuration fault, never retried."""


@dataclass(frozen=True)
class AccessToken:
    value: SecretStr
    issued_at: datetime
    expires_at: datetime

    def margin(self) -> timedelta:
        """Refresh this long before expiry: a fifth of the lifetime, at most five minutes."""
        return min(MAX_MARGIN, (self.expires_at - self.issued_at) / 5)

    def fresh_at(self, moment: datetime) -> bool:
        return moment < self.expires_at - self.margin()


@dataclass(frozen=True)
class OAuth2Client:
    """One section's OAuth2 keys, resolved: the secret is read, the paths are absolute."""

    section: str
    token_url: str
    client_id: str
    client_secret: SecretStr | None
    refresh_token_file: Path
    scope: str
    timeout_seconds: float = 30.0


def write_secret_file(path: Path, text: str) -> None:
    """Replace `path` atomically with `text`, readable by its owner only (a crash leaves the old or the new)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)  # atomic (rename(2)) within one directory
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


@contextlib.contextmanager
def held_across_processes(token_file: Path) -> Iterator[None]:
    """Hold the refresh token file's lock while its token is read, presented and replaced: the daemon and a
    `helpdesk` command run beside it share one consent, and a provider that rotates refresh tokens retires the
    one the slower process is about to present."""
    lock_file = token_file.with_name(f".{token_file.name}.lock")
    try:
        descriptor = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        # Writing the rotated token beside it fails the same way and is reported there; refresh regardless.
        log.warning(
            "cannot create %s (%s): refreshing without the lock shared with other processes", lock_file, error.strerror
        )
        yield
        return
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing the descriptor releases the lock


def _lock_for(path: Path) -> threading.Lock:
    """One lock per refresh token file: intake and outgoing often share one consent, and a rotation by one
    would otherwise leave the other holding a refresh token the provider has just retired."""
    with _file_locks_guard:
        return _file_locks.setdefault(path, threading.Lock())


class AccessTokens:
    """Hands out a current access token; refreshes it before it expires, or at once after a refused login."""

    def __init__(self, client: OAuth2Client, clock: Clock) -> None:
        self.client = client
        self.clock = clock
        self._token: AccessToken | None = None
        self._refused: tuple[str, OAuth2RefusedError] | None = None
        self._unsaved: str | None = None  # a rotated refresh token the file could not take
        self._lock = _lock_for(client.refresh_token_file)
        if client.client_secret is not None:
            redaction.remember(client.client_secret.get_secret_value())

    def current(self) -> AccessToken:
        """The token in hand while it is fresh, a new one otherwise."""
        token = self._token
        if token is not None and token.fresh_at(self.clock.now()):
            return token
        return self.refreshed(token)

    def refreshed(self, rejected: AccessToken | None) -> AccessToken:
        """A new token after `rejected` was refused by a server (or expired); shared with the other users."""
        with self._lock:
            if self._token is not None and self._token is not rejected and self._token.fresh_at(self.clock.now()):
                return self._token
            with held_across_processes(self.client.refresh_token_file):
                self._token = self._refresh()
            return self._token

    def _refresh(self) -> AccessToken:
        client = self.client
        refresh_token = self._read_refresh_token()
        if self._refused is not None and self._refused[0] == refresh_token:
            raise self._refused[1]  # the same refused token again: no new request, no endless retry
        secret = client.client_secret.get_secret_value() if client.client_secret is not None else None
        session = OAuth2Session(
            client_id=client.client_id,
            client_secret=secret,
            scope=client.scope or None,
            token_endpoint_auth_method="client_secret_post" if secret else "none",
        )
        requested_at = self.clock.now()
        try:
            with session:
                answer: dict[str, Any] = dict(
                    session.refresh_token(client.token_url, refresh_token=refresh_token, timeout=client.timeout_seconds)
                )
        except OAuthError as error:
            raise self._classified(error, refresh_token) from None
        except (requests.RequestException, ValueError) as error:
            raise TransientError(
                f"{client.section}: token endpoint {client.token_url} unreachable: {type(error).__name__}"
            ) from None
        value = str(answer.get("access_token") or "")
        if not value:
            raise TransientError(f"{client.section}: token endpoint {client.token_url} answered without access_token")
        redaction.remember(value)
        rotated = str(answer.get("refresh_token") or refresh_token)
        if rotated != refresh_token:
            redaction.remember(rotated)
            self._write_refresh_token(rotated)
        lifetime = timedelta(seconds=float(answer["expires_in"])) if answer.get("expires_in") else DEFAULT_LIFETIME
        token = AccessToken(SecretStr(value), requested_at, requested_at + lifetime)
        log.info("%s: OAuth2 access token obtained, valid until %s", client.section, token.expires_at.isoformat())
        return token

    def _classified(self, error: OAuthError, refresh_token: str) -> Exception:
        client = self.client
        code = str(error.error or "")
        said = redaction.redact(str(error.description or "")).strip()
        detail = f"{code}: {said}" if said else code
        if code in _CLIENT_FAULTS:
            refused = OAuth2RefusedError(
                f"{client.section}.oauth2_client_id: the token endpoint refused the client ({detail}); "
                "check oauth2_client_id and the client secret"
            )
        elif code in _GRANT_FAULTS:
            refused = OAuth2RefusedError(
                f"{client.section}.oauth2_refresh_token_file: the token endpoint refused the refresh token, expired "
                f"or revoked ({detail}); run `helpdesk oauth2 authorize` to give consent again"
            )
        else:
            return TransientError(f"{client.section}: token endpoint {client.token_url} answered {detail}")
        self._refused = (refresh_token, refused)
        return refused

    def _read_refresh_token(self) -> str:
        path = self.client.refresh_token_file
        if self._unsaved is not None:
            return self._unsaved
        key = f"{self.client.section}.oauth2_refresh_token_file"
        try:
            text = path.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise ConfigError(
                f"{key}: cannot read {path}: {error.strerror} (run `helpdesk oauth2 authorize` first)"
            ) from None
        if not text:
            raise ConfigError(f"{key}: {path} is empty (run `helpdesk oauth2 authorize` first)")
        redaction.remember(text)
        return text

    def _write_refresh_token(self, token: str) -> None:
        path = self.client.refresh_token_file
        try:
            write_secret_file(path, token)
        except OSError as error:
            # The old refresh token may be retired already: the new one lives in memory until a write succeeds.
            self._unsaved = token
            log.error(
                "%s.oauth2_refresh_token_file: cannot write the rotated refresh token to %s: %s",
                self.client.section,
                path,
                error.strerror,
            )
            return
        self._unsaved = None
        log.info("%s: the provider rotated the refresh token; saved to %s", self.client.section, path)
