"""The `[moodle]` config section: the default e-learning site and any further `[moodle.sites.NAME]`."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator

from daemon.config_section import Section


def _web_url(value: str) -> str:
    if value and not value.startswith(("https://", "http://")):
        raise ValueError("must start with https:// (or http:// for a test server)")
    return value.rstrip("/")


class _MoodleConnection(Section):
    """How to reach one site; every key but `url` has a default."""

    url: str = ""
    token_env: str = "HELPDESK_MOODLE_TOKEN"  # noqa: S105  (the variable name, not a secret)
    token_file: str = ""
    site_course_id: Annotated[int, Field(ge=1)] = 1
    course_lookup: tuple[Literal["idnumber", "shortname"], ...] = ("idnumber", "shortname")
    timeout_seconds: Annotated[float, Field(gt=0, le=300)] = 20.0

    _check_url = field_validator("url")(_web_url)


class MoodleSite(_MoodleConnection):
    url: Annotated[str, Field(min_length=1)]


class MoodleSettings(_MoodleConnection):
    """The e-learning site(s): `[moodle]` is the default site; `[moodle.sites.NAME]` adds more."""

    name: str = "elearning"
    sites: dict[str, MoodleSite] = Field(default_factory=dict)

    def all_sites(self) -> dict[str, MoodleSite]:
        found = dict(self.sites)
        if self.url:
            own = MoodleSite(**self.model_dump(exclude={"name", "sites"}))
            found = {self.name: own, **found}
        return found
