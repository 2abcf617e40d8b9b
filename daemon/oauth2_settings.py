"""The `auth` and `oauth2_*` keys of [intake] and [outgoing], and the checks that span them."""

from __future__ import annotations

import ipaddress
from typing import Literal, Protocol
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

from daemon.errors import ConfigError


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class OAuth2Keys(BaseModel):
    """How the daemon logs in: a password, or an OAuth2 access token got with a stored refresh token."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    auth: Literal["password", "oauth2"] = "password"
    oauth2_token_url: str = ""
    oauth2_client_id: str = ""
    oauth2_client_secret_env: str = ""
    oauth2_client_secret_file: str = ""
    oauth2_refresh_token_file: str = ""
    oauth2_scope: str = ""


class _Section(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def auth(self) -> Literal["password", "oauth2"]: ...
    @property
    def username(self) -> str: ...
    @property
    def password_env(self) -> str: ...
    @property
    def password_file(self) -> str: ...
    @property
    def oauth2_token_url(self) -> str: ...
    @property
    def oauth2_client_id(self) -> str: ...
    @property
    def oauth2_client_secret_env(self) -> str: ...
    @property
    def oauth2_client_secret_file(self) -> str: ...
    @property
    def oauth2_refresh_token_file(self) -> str: ...


def check_token_url(key: str, url: str) -> None:
    """https, or http to a loopback host only (a test server), as for security = "none"."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigError(f"{key}: not an https:// URL: {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigError(f"{key}: must be https:// (http:// only to a loopback host), not {url!r}")


def check_oauth2_keys(name: str, section: _Section) -> None:
    """Every key auth = "oauth2" needs is there, and no password beside it; one line naming the key."""
    if section.oauth2_client_secret_env and section.oauth2_client_secret_file:
        raise ConfigError(
            f"{name}.oauth2_client_secret_env: set oauth2_client_secret_env or oauth2_client_secret_file, not both"
        )
    if section.auth != "oauth2" or section.kind not in ("imap", "smtp"):
        return
    for key in ("oauth2_token_url", "oauth2_client_id", "oauth2_refresh_token_file", "username"):
        if not getattr(section, key):
            raise ConfigError(f'{name}.{key}: required with auth = "oauth2"')
    for key in ("password_env", "password_file"):
        if getattr(section, key):
            raise ConfigError(f'{name}.{key}: not used with auth = "oauth2" (the login is an access token)')
    check_token_url(f"{name}.oauth2_token_url", section.oauth2_token_url)
