"""A course name's abbreviation in brackets may stand inside the name ("Computer Aided Design (CAD) Practice"):
the words after it are the name's too, never cut away to claim a shorter name. Written before the rule, in voices
tune37 (where the kind was found: a Malaysian partner's "Reka Bentuk Berbantu Komputer (CAD) Lanjutan") does not
use."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes

INSIDE = (
    (
        "Please rename MS3105 to Computer Aided Design (CAD) Practice from next term.",
        "MS3105",
        "Computer Aided Design (CAD) Practice",
    ),
    ("Mohon nama MK IF3043 diubah menjadi Basis Data (SQL) Lanjutan ya pak.", "IF3043", "Basis Data (SQL) Lanjutan"),
    (
        "Dear P4M,\n\nNew full name for TE2207: Sistem Kendali (PLC) Industri\n\nRegards,\nYoga",
        "TE2207",
        "Sistem Kendali (PLC) Industri",
    ),
)
ENDS = (
    ("Please rename MS3105 to Computer Aided Design (CAD) Thanks a lot!", "MS3105", "Computer Aided Design (CAD)"),
    (
        "Nama MK TS2101 mohon diubah menjadi Keselamatan dan Kesehatan Kerja (K3) agar sama dengan RPS.",
        "TS2101",
        "Keselamatan dan Kesehatan Kerja (K3)",
    ),
)


@pytest.mark.parametrize(("body", "code", "name"), INSIDE + ENDS)
def test_the_name_runs_past_its_abbreviation_only_while_the_name_goes_on(body: str, code: str, name: str) -> None:
    assert [(change.field, change.value) for change in find_changes(body, code)] == [("fullname", name)]
