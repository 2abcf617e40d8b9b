"""Read the passwords and tokens the config points to (environment variables or files); it never holds them."""

from __future__ import annotations

import os
import threading

from pydantic import SecretStr

from daemon.clock import Clock, SystemClock
from daemon.config import Config
from daemon.errors import ConfigError
from daemon.logins import Login, OAuth2Login, PasswordLogin
from daemon.mail_server_settings import IntakeSettings, OutgoingSettings
from daemon.moodle_settings import MoodleSite
from daemon.oauth2 import AccessTokens, OAuth2Client


def read_moodle_token(config: Config, name: str, site: MoodleSite) -> SecretStr:
    key = "moodle" if name == config.moodle.name else f"moodle.sites.{name}"
    if site.token_file:
        try:
            return SecretStr(config.resolve(site.token_file).read_text(encoding="utf-8").strip())
        except OSError as error:
            raise ConfigError(f"{key}.token_file: cannot read it: {error.strerror}") from None
    value = os.environ.get(site.token_env)
    if not value:
        raise ConfigError(f"{key}.token_env: environment variable {site.token_env} is not set")
    return SecretStr(value)


def read_secret(config: Config, section_name: str, section: IntakeSettings | OutgoingSettings) -> SecretStr:
    """The password named by password_env or password_file; never stored in the config itself."""
    if section.password_env:
        value = os.environ.get(section.password_env)
        if value is None:
            raise ConfigError(f"{section_name}.password_env: environment variable {section.password_env} is not set")
        return SecretStr(value)
    if section.password_file:
        secret_path = config.resolve(section.password_file)
        try:
            return SecretStr(secret_path.read_text(encoding="utf-8").strip())
        except OSError as error:
            raise ConfigError(f"{section_name}.password_file: cannot read {secret_path}: {error.strerror}") from None
    return SecretStr("")


def _read_client_secret(config: Config, name: str, section: IntakeSettings | OutgoingSettings) -> SecretStr | None:
    if section.oauth2_client_secret_env:
        value = os.environ.get(section.oauth2_client_secret_env)
        if not value:
            raise ConfigError(
                f"{name}.oauth2_client_secret_env: environment variable {section.oauth2_client_secret_env} is not set"
            )
        return SecretStr(value)
    if section.oauth2_client_secret_file:
        path = config.resolve(section.oauth2_client_secret_file)
        try:
            return SecretStr(path.read_text(encoding="utf-8").strip())
        except OSError as error:
            raise ConfigError(f"{name}.oauth2_client_secret_file: cannot read {path}: {error.strerror}") from None
    return None  # a public client (Microsoft's device-code flow needs no secret)


def oauth2_client(config: Config, name: str, section: IntakeSettings | OutgoingSettings) -> OAuth2Client:
    return OAuth2Client(
        section=name,
        token_url=section.oauth2_token_url,
        client_id=section.oauth2_client_id,
        client_secret=_read_client_secret(config, name, section),
        refresh_token_file=config.resolve(section.oauth2_refresh_token_file),
        scope=section.oauth2_scope,
        timeout_seconds=section.timeout_seconds,
    )


_shared_tokens: dict[OAuth2Client, AccessTokens] = {}
_shared_guard = threading.Lock()


def read_login(
    config: Config, name: str, section: IntakeSettings | OutgoingSettings, clock: Clock | None = None
) -> Login:
    """How to log in to the section's server. One AccessTokens per OAuth2 client in the process, so that the
    intake, the Sent-folder watcher and the sending lanes share a token instead of each asking for one."""
    if section.auth == "password":
        return PasswordLogin(read_secret(config, name, section))
    client = oauth2_client(config, name, section)
    with _shared_guard:
        tokens = _shared_tokens.get(client)
        if tokens is None:
            tokens = _shared_tokens[client] = AccessTokens(client, clock or SystemClock())
    return OAuth2Login(tokens)
