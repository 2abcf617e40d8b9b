"""Render every outgoing text from Jinja2 template files named by audience, event and language."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound, select_autoescape

from templates import DIRECTORY as DEFAULT_TEMPLATES


class Renderer:
    """`render("ticket", "ack", "requester", "id", ...)` reads ticket/ack.requester.id.txt.j2."""

    def __init__(self, directory: Path = DEFAULT_TEMPLATES) -> None:
        self.directory = directory
        self._labels: dict[str, dict[str, dict[str, str]]] = {}
        self.environment = Environment(
            loader=FileSystemLoader(str(directory)),
            undefined=StrictUndefined,
            autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml", "html.j2"), default_for_string=True),
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, group: str, event: str, audience: str, language: str, /, **context: Any) -> str:
        """The text of one template; falls back to Indonesian when a language has no file."""
        for candidate in dict.fromkeys((language, "id")):
            name = f"{group}/{event}.{audience}.{candidate}.txt.j2"
            try:
                template = self.environment.get_template(name)
            except TemplateNotFound:
                continue
            return template.render(**context)
        raise TemplateNotFound(f"{group}/{event}.{audience}.{language}.txt.j2")

    def labels(self, group: str, language: str) -> dict[str, dict[str, str]]:
        """The tables of `group/labels.<language>.toml` (Indonesian when a language has no file), read once."""
        path = self.directory / group / f"labels.{language}.toml"
        if not path.exists():
            path = self.directory / group / "labels.id.toml"
        key = str(path)
        if key not in self._labels:
            self._labels[key] = tomllib.loads(path.read_text(encoding="utf-8"))
        return self._labels[key]

    def render_html(self, name: str, **context: Any) -> str:
        return self.environment.get_template(name).render(**context)
