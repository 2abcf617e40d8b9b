"""Render every outgoing text from Jinja2 template files named by audience, event and language."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound, select_autoescape

from daemon.wording import DEFAULT_ZONE, Wording, filters
from templates import DIRECTORY as DEFAULT_TEMPLATES


class Renderer:
    """`render("ticket", "ack", "requester", "id", ...)` reads ticket/ack.requester.id.txt.j2."""

    def __init__(self, directory: Path = DEFAULT_TEMPLATES, zone: tzinfo = DEFAULT_ZONE) -> None:
        self.directory = directory
        self.zone = zone
        self.environment = Environment(
            loader=FileSystemLoader(str(directory)),
            undefined=StrictUndefined,
            autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml", "html.j2"), default_for_string=True),
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        # Dates, numbers and code labels in the template's own language (its `lang`): `{{ at|when }}`.
        helpers = filters(zone)
        self.environment.globals["label_table"] = helpers.pop("label_table")
        self.environment.filters.update(helpers)

    def render(self, group: str, event: str, audience: str, language: str, /, **context: Any) -> str:
        """The text of one template; falls back to Indonesian when a language has no file."""
        for candidate in dict.fromkeys((language, "id")):
            name = f"{group}/{event}.{audience}.{candidate}.txt.j2"
            try:
                template = self.environment.get_template(name)
            except TemplateNotFound:
                continue
            return template.render(**{"lang": candidate, **context})
        raise TemplateNotFound(f"{group}/{event}.{audience}.{language}.txt.j2")

    def wording(self, language: str) -> Wording:
        """Dates, numbers and the words for codes (templates/labels/<language>.toml) for one reader."""
        return Wording(language, self.zone)

    def render_html(self, name: str, **context: Any) -> str:
        return self.environment.get_template(name).render(**context)
