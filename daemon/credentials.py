"""Read the passwords and tokens the config points to (environment variables or files); it never holds them."""

from __future__ import annotations

import os

from pydantic import SecretStr

from daemon.config import Config, IntakeSettings, MoodleSite, OutgoingSettings
from daemon.errors import ConfigError


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
