"""Subjects and labels live in one labels file per language, the same keys in each, and no Python writes them."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from daemon.outgoing.renderer import Renderer
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


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", "Bagian berikut kami tangani terpisah: dosen pengampu (peran Teacher) (Dr. Sari)."),
        ("en", "We are handling these separately: lecturer (Teacher role) (Dr. Sari)."),
    ],
)
def test_what_is_done_by_hand_is_named_in_the_requester_s_language(language: str, expected: str) -> None:
    text = Renderer().render(
        "ticket",
        "moodle-done",
        "requester",
        language,
        kind="course_update",
        tag="[P4M #7]",
        requester_name="Andi",
        helpdesk_name="Helpdesk P4M Polibatam",
        course_url="https://elearning.example.ac.id/course/view.php?id=7",
        changed=[("fullname", "Basis Data", "Basis Data Lanjut")],
        by_hand=[("lecturer", "Dr. Sari")],
    )
    assert expected in text


def test_moodle_s_own_values_are_shown_as_a_person_reads_them() -> None:
    words = Wording("id")
    assert words.moodle_value("1795392000", "startdate") == "Senin, 23 November 2026"
    assert words.moodle_value("0", "enddate") == "tidak ada"
    assert words.moodle_value("0", "visible") == "tidak (disembunyikan dari mahasiswa)"
    description = "<p>Teori &amp; praktik</p><p>Proyek akhir</p>"
    assert words.moodle_value(description, "summary") == "Teori & praktik Proyek akhir"
    assert words.moodle_value("IF302-TI", "shortname") == "IF302-TI"
