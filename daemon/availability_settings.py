"""The `[availability]` config section: probes, the target and planned maintenance windows, validated."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, field_validator

from daemon.config_section import Address, Section
from daemon.errors import ConfigError

if TYPE_CHECKING:
    from daemon.config import Config

ProbeKind = Literal["http", "tcp", "imap", "smtp", "moodle"]


class ProbeSettings(Section):
    """One service and how to check it."""

    name: Annotated[str, Field(min_length=1, max_length=100)]
    kind: ProbeKind = "http"
    url: str = ""  # http: the page; moodle: the site ("" = the [moodle] site named by `site`)
    host: str = ""  # tcp
    port: Annotated[int, Field(ge=1, le=65535)] | None = None  # tcp
    site: str = ""  # moodle: a site name from [moodle] ("" = the default site)
    interval_seconds: Annotated[float, Field(ge=5, le=86400)] = 60.0
    timeout_seconds: Annotated[float, Field(gt=0, le=300)] = 10.0
    expected_status: Annotated[int, Field(ge=100, le=599)] = 200
    expect_text: str = ""
    ca_file: str = ""
    down_after: Annotated[int, Field(ge=1, le=100)] = 3
    elearning: bool = False  # an e-learning request during this service's outage is told the outage is known

    @field_validator("url")
    @classmethod
    def _web_url(cls, value: str) -> str:
        if value and not value.startswith(("https://", "http://")):
            raise ValueError("must start with https:// (or http:// for a test server)")
        return value

    @property
    def stretch_seconds(self) -> float:
        """How long one result speaks for: until the next probe is due, with slack for a slow probe."""
        return max(self.interval_seconds, self.timeout_seconds) + min(self.interval_seconds, 60.0) / 2


class MaintenanceSettings(Section):
    """A planned window: failures inside it are listed apart and are not downtime."""

    service: Annotated[str, Field(min_length=1)]
    start: datetime
    end: datetime
    note: str = ""


class AvailabilitySettings(Section):
    target_pct: Annotated[float, Field(gt=0, le=100)] = 99.0
    notify: tuple[Address, ...] = ()  # who is told of outages and recoveries ([] = staff.notify)
    probe: tuple[ProbeSettings, ...] = ()
    maintenance: tuple[MaintenanceSettings, ...] = ()

    def named(self, name: str) -> ProbeSettings | None:
        return next((probe for probe in self.probe if probe.name == name), None)


def _probe_problems(key: str, probe: ProbeSettings, config: Config) -> list[str]:
    problems = []
    if probe.kind == "http" and not probe.url:
        problems.append(f"{key}.url: an http probe needs url")
    if probe.kind == "tcp" and not probe.host:
        problems.append(f"{key}.host: a tcp probe needs host")
    if probe.kind == "tcp" and probe.port is None:
        problems.append(f"{key}.port: a tcp probe needs port")
    if probe.kind != "http" and probe.expect_text:
        problems.append(f"{key}.expect_text: only an http probe looks for text")
    if probe.kind != "http" and probe.expected_status != 200:
        problems.append(f"{key}.expected_status: only an http probe checks a status")
    if probe.kind == "imap" and config.intake.kind != "imap":
        problems.append(f"{key}.kind: an imap probe logs in as [intake], which is not kind = 'imap'")
    if probe.kind == "smtp" and config.outgoing.kind != "smtp":
        problems.append(f"{key}.kind: an smtp probe logs in as [outgoing], which is not kind = 'smtp'")
    wanted = probe.site or config.moodle.name
    if probe.kind == "moodle" and wanted not in config.moodle.all_sites():
        problems.append(f"{key}.site: no Moodle site {wanted!r} in [moodle] (the probe needs its token)")
    if probe.kind != "moodle" and probe.site:
        problems.append(f"{key}.site: only a moodle probe names a site")
    return problems


def check_availability(config: Config, path: Path) -> None:
    """What one value cannot show alone, one line per wrong key: names, needed keys, servers, windows."""
    settings = config.availability
    problems: list[str] = []
    seen: set[str] = set()
    for index, probe in enumerate(settings.probe):
        key = f"availability.probe.{index}"
        if probe.name in seen:
            problems.append(f"{key}.name: {probe.name!r} is used by an earlier probe")
        seen.add(probe.name)
        problems += _probe_problems(key, probe, config)
    for index, window in enumerate(settings.maintenance):
        key = f"availability.maintenance.{index}"
        if window.service not in seen:
            problems.append(f"{key}.service: no probe named {window.service!r}")
        if window.start.tzinfo is None or window.end.tzinfo is None:
            problems.append(f"{key}.start: give times with an offset, e.g. 2026-12-07T22:00:00+07:00")
        elif window.end <= window.start:
            problems.append(f"{key}.end: must be after start")
    if problems:
        raise ConfigError("\n".join(f"{path}: {problem}" for problem in problems))


__all__ = ["AvailabilitySettings", "MaintenanceSettings", "ProbeSettings", "check_availability"]
