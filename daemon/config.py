"""Load the one TOML configuration file into a validated, typed, immutable object."""

from __future__ import annotations

import os
import tomllib
from datetime import date
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, field_validator
from pydantic_core import ErrorDetails

from daemon.availability_settings import AvailabilitySettings, check_availability
from daemon.config_section import ADDRESS_PATTERN, Address, Section
from daemon.errors import ConfigError
from daemon.mail_server_settings import IntakeSettings, OutgoingSettings
from daemon.moodle_settings import MoodleSettings
from daemon.oauth2_settings import check_oauth2_keys, is_loopback
from daemon.report_settings import ReportSettings
from daemon.work_calendar import WorkingCalendar, parse_working_hours
from templates import DIRECTORY as DEFAULT_TEMPLATES

CONFIG_ENV = "HELPDESK_CONFIG"
MIN_REPLY_KEY_BYTES = 32  # anyone who guesses the key can send staff commands


class HelpdeskSettings(Section):
    address: Address = "helpdesk-p4m@polibatam.ac.id"
    name: str = "Helpdesk P4M Polibatam"
    tag: Annotated[str, Field(pattern=r"^[A-Za-z0-9-]{1,20}$")] = "P4M"
    timezone: str = "Asia/Jakarta"
    language: Literal["id", "en"] = "id"
    reopen_days: Annotated[int, Field(ge=0)] = 14
    auto_reply_cap_per_hour: Annotated[int, Field(ge=1)] = 3
    templates: str = ""  # a directory replacing the packaged templates ("" = the ones installed with the daemon)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def domain(self) -> str:
        return self.address.rsplit("@", 1)[1]


class StaffMember(Section):
    """One person on the staff: how reports name them and the language of the notices they get."""

    address: Address
    name: str = ""
    language: Literal["id", "en"] = "id"


class StaffSettings(Section):
    addresses: tuple[Address, ...] = ()
    notify: tuple[Address, ...] = ()
    trusted_authserv_ids: tuple[str, ...] = ()
    reply_key_env: str = "HELPDESK_REPLY_KEY"
    members: tuple[StaffMember, ...] = ()

    def notify_by_language(self) -> dict[str, tuple[str, ...]]:
        return self.by_language(self.notify)

    def by_language(self, addresses: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
        """Staff recipients grouped by the language they read; Indonesian unless a member set "en"."""
        english = {member.address.lower() for member in self.members if member.language == "en"}
        groups: dict[str, tuple[str, ...]] = {}
        for address in addresses:
            language = "en" if address.lower() in english else "id"
            groups[language] = (*groups.get(language, ()), address)
        return groups

    def display_name(self, address: str) -> str:
        """How a report names a staff member: the configured name, else the address."""
        found = next((m for m in self.members if m.address.lower() == address.lower()), None)
        return found.name if found is not None and found.name else address

    def reply_key(self) -> bytes | None:
        """The key that signs per-ticket reply addresses; None (feature off) when the variable is unset."""
        value = os.environ.get(self.reply_key_env, "") if self.reply_key_env else ""
        if value and len(value.encode()) < MIN_REPLY_KEY_BYTES:
            raise ConfigError(
                f"staff.reply_key_env: {self.reply_key_env} holds {len(value.encode())} bytes, fewer than "
                f"{MIN_REPLY_KEY_BYTES}; make a key with: openssl rand -base64 48"
            )
        return value.encode() if value else None


class StorageSettings(Section):
    url: str = "sqlite:///var/helpdesk.db"
    retention_years: Annotated[int, Field(ge=1)] = 5
    busy_timeout_seconds: Annotated[float, Field(gt=0, le=600)] = 10.0

    @field_validator("url")
    @classmethod
    def _known_backend(cls, value: str) -> str:
        if not value.startswith(("sqlite:///", "postgresql+psycopg://")):
            raise ValueError("must start with sqlite:/// or postgresql+psycopg://")
        return value


class SlaSettings(Section):
    first_response_minutes: Annotated[int, Field(ge=1)] = 15
    working_hours: str = "Mon-Fri 08:00-16:00"
    closed_days: tuple[date, ...] = ()
    holidays: bool = True
    clock: Literal["wall", "working"] = "wall"
    remind_after_minutes: Annotated[int, Field(ge=1)] = 10
    escalate_to: tuple[Address, ...] = ()
    alert_window_hours: Annotated[int, Field(ge=1)] = 24

    @field_validator("working_hours")
    @classmethod
    def _readable_hours(cls, value: str) -> str:
        parse_working_hours(value)
        return value


class DigestSettings(Section):
    recipients: tuple[Address, ...] = ()
    time: Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")] = "07:00"
    max_catch_up_months: Annotated[int, Field(ge=1, le=60)] = 12


class Config(Section):
    """Everything the daemon needs to know, checked once at start-up."""

    base_dir: Path = Path()
    helpdesk: HelpdeskSettings = HelpdeskSettings()
    staff: StaffSettings = StaffSettings()
    storage: StorageSettings = StorageSettings()
    intake: IntakeSettings = IntakeSettings()
    outgoing: OutgoingSettings = OutgoingSettings()
    sla: SlaSettings = SlaSettings()
    digest: DigestSettings = DigestSettings()
    report: ReportSettings = ReportSettings()
    moodle: MoodleSettings = MoodleSettings()
    availability: AvailabilitySettings = AvailabilitySettings()

    def calendar(self) -> WorkingCalendar:
        return WorkingCalendar(
            self.helpdesk.zone,
            parse_working_hours(self.sla.working_hours),
            frozenset(self.sla.closed_days),
            self.sla.holidays,
        )

    def own_addresses(self) -> frozenset[str]:
        """Every address mail of ours comes from: the helpdesk's, and the helpdesk mailbox's login if an address.

        (Not the SMTP login: a relay account may be shared with people whose mail must not be screened.)"""
        login = self.intake.username.lower()
        return frozenset({self.helpdesk.address.lower(), *([login] if "@" in login else [])})

    def templates_dir(self) -> Path:
        return self.resolve(self.helpdesk.templates) if self.helpdesk.templates else DEFAULT_TEMPLATES

    def resolve(self, path: str) -> Path:
        """A path from the config, relative to the config file's directory."""
        candidate = Path(path)
        return candidate if candidate.is_absolute() else self.base_dir / candidate

    @property
    def database_url(self) -> str:
        url = self.storage.url
        prefix = "sqlite:///"
        if url.startswith(prefix) and url != "sqlite:///:memory:":
            return prefix + str(self.resolve(url[len(prefix) :]))
        return url


def _check_cross_keys(config: Config) -> None:
    for section_name, section in (("intake", config.intake), ("outgoing", config.outgoing)):
        is_server = section.kind in ("imap", "smtp")
        if is_server and section.security == "none" and not is_loopback(section.host):
            raise ConfigError(
                f"{section_name}.security: 'none' is allowed only to a loopback host, not {section.host!r}"
            )
        if section.password_env and section.password_file:
            raise ConfigError(f"{section_name}.password_env: set password_env or password_file, not both")
        check_oauth2_keys(section_name, section)


def load_config(path: Path) -> Config:
    """Read and validate the config file; every problem is a ConfigError naming the key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    data["base_dir"] = path.resolve().parent
    try:
        config = Config.model_validate(data)
    except ValidationError as error:
        lines = []
        for problem in error.errors():  # one line per wrong key
            key = ".".join(str(part) for part in problem["loc"])
            lines.append(f"{path}: {key}: {_plain(problem).removeprefix('Value error, ')}")
        raise ConfigError("\n".join(lines)) from None
    _check_cross_keys(config)
    check_availability(config, path)
    return config


def _plain(error: ErrorDetails) -> str:
    """Pydantic's message, except where it would show the operator a regular expression or a Python type."""
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "string_pattern_mismatch" and error.get("ctx", {}).get("pattern") == ADDRESS_PATTERN:
        return f"not an e-mail address: {error['input']!r}"
    if kind in ("tuple_type", "list_type"):
        return (
            f'expected a list in brackets, e.g. ["{error["input"]}"]'
            if isinstance(error["input"], str)
            else ("expected a list in brackets")
        )
    return error["msg"]


def config_path_from(argument: str | None) -> Path:
    chosen = argument or os.environ.get(CONFIG_ENV)
    if not chosen:
        raise ConfigError(f"no config file: pass --config PATH or set {CONFIG_ENV}")
    return Path(chosen)


__all__ = ["CONFIG_ENV", "Config", "load_config"]
