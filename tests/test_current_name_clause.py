"""A label that says in a clause where the name shows now ("Nama yang sekarang tampil di e-learning: X", "The name
currently shown on Moodle: X") names the course's current name, never the new one asked after it. Written before the
rule, in voices tune43 (where the kind was found: a Gmail self-correction) does not use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType

AT = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "name", "new"),
    [
        (
            "The name currently shown on Moodle: Fluid Power. Please change it to Fluid Power Systems (ME3102).",
            "Fluid Power",
            "Fluid Power Systems",
        ),
        (
            "Ralat email kemarin ya min. Kode yg bener TK-3105 bukan TK-3501.\nNama baru: Sistem Tenaga Listrik\n"
            "Nama yg saat ini tertulis di elearning: Sistem Tenaga",
            "Sistem Tenaga",
            "Sistem Tenaga Listrik",
        ),
        (
            "Judul course yang sekarang muncul di LMS: Statistik Bisnis. Tolong diganti jadi Statistika Bisnis.",
            "Statistik Bisnis",
            "Statistika Bisnis",
        ),
    ],
    ids=("currently-shown", "saat-ini-tertulis", "sekarang-muncul"),
)
def test_the_name_shown_now_in_a_clause_is_the_current_name(text: str, name: str, new: str) -> None:
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Perubahan nama MK", text, AT)
    assert fields.course_name == name
    assert dict(fields.changes).get("fullname") == new
