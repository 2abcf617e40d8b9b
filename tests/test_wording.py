"""Subjects and labels live in one labels file per language, the same keys in each, and no Python writes them."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from daemon.wording import LABELS_DIR, Wording

ROOT = Path(__file__).resolve().parent.parent


def keys(language: str) -> set[tuple[str, str]]:
    table = tomllib.loads((LABELS_DIR / f"{language}.toml").read_text(encoding="utf-8"))
    return {(section, key) for section, values in table.items() if isinstance(values, dict) for key in values}


def test_every_language_has_the_same_labels() -> None:
    assert keys("id") == keys("en")
    assert ("subjects", "reminder") in keys("id")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("id", "[P4M #7] Pengingat: belum ada respons"), ("en", "[P4M #7] Reminder: no response yet")],
)
def test_a_subject_is_filled_in_from_the_reader_s_file(language: str, expected: str) -> None:
    assert Wording(language).subject("reminder", tag="[P4M #7]") == expected


def test_an_unknown_language_reads_indonesian_and_an_unknown_code_is_shown() -> None:
    assert Wording("fr").label("types", "course_data") == "Perubahan data identitas mata kuliah"
    assert Wording("id").label("types", "new_kind") == "New kind"


def test_no_mail_subject_is_written_in_python() -> None:
    literal = re.compile(r"""subject=f?["']""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "daemon").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert offenders == []
