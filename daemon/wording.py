"""The words for internal codes and the subjects of our mail as a person reads them, from one labels file per
language (templates/labels/<language>.toml), so a translator touches no Python."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

LABELS_DIR = Path(__file__).resolve().parent.parent / "templates" / "labels"
LANGUAGES = ("id", "en")


def language_of(value: str) -> str:
    return value if value in LANGUAGES else "id"


@cache
def _table(language: str) -> dict[str, Any]:
    with (LABELS_DIR / f"{language_of(language)}.toml").open("rb") as handle:
        return tomllib.load(handle)


@dataclass(frozen=True)
class Wording:
    """One reader's language: `label("types", "course_data")`, `subject("reminder", tag="[P4M #3]")`."""

    language: str = "id"

    @property
    def table(self) -> dict[str, Any]:
        return _table(self.language)

    def label(self, section: str, code: str | None) -> str:
        """The reader's word for a code; an unknown code is shown capitalised rather than hidden."""
        if code is None or code == "":
            return "-"
        found = self.table.get(section, {}).get(str(code))
        return str(found) if found is not None else str(code).replace("_", " ").capitalize()

    def labels(self, section: str) -> dict[str, str]:
        return dict(self.table[section])

    def subject(self, key: str, /, **values: object) -> str:
        """A subject line from the [subjects] table, its {placeholders} filled in."""
        return self.filled("subjects", key, **values)

    def filled(self, section: str, key: str, /, **values: object) -> str:
        """A sentence from a table of the labels file, its {placeholders} filled in."""
        return str(self.table[section][key]).format(**values)
