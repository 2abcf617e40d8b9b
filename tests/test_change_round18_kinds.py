"""Change kinds from the part opened in round 18, tested in other voices: what we use now ("kami pakai Python", "we
now use Python") tells how things are, it gives no field its value. Written before the rule."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput

REFERENCE = datetime(2026, 10, 8, 2, 0, tzinfo=UTC)


def _changes(subject: str, text: str) -> dict[str, str]:
    return dict(classify(ClassifierInput(subject, text, REFERENCE)).fields.changes)


@pytest.mark.parametrize(
    ("subject", "text", "summary"),
    [
        (
            "Deskripsi MK",
            "Deskripsi MK TI2203 Basis Data di e-learning masih yang lama (pakai MS Access), padahal sekarang kami "
            "pakai PostgreSQL. Mohon deskripsinya diganti dengan teks berikut:\n\nMata kuliah ini membahas "
            "perancangan basis data relasional dan SQL dengan PostgreSQL.\n\nTerima kasih.",
            "Mata kuliah ini membahas perancangan basis data relasional dan SQL dengan PostgreSQL.",
        ),
        (
            "Course description",
            "The description of ME3105 CAD on e-learning still mentions AutoCAD, whereas we now use SolidWorks. "
            "Please replace the summary with the following:\n\nThis course teaches 3D part and assembly modelling "
            "in SolidWorks.\n\nThanks,",
            "This course teaches 3D part and assembly modelling in SolidWorks.",
        ),
    ],
)
def test_what_we_use_now_is_no_value(subject: str, text: str, summary: str) -> None:
    assert _changes(subject, text) == {"summary": summary}


def test_a_key_the_writer_wants_to_use_is_still_read() -> None:
    text = "Untuk MK SI2106 Sistem Informasi Geografis, enrolment key yang ingin saya gunakan: SIG-2027. Terima kasih."
    assert _changes("Enrolment key", text) == {"enrolment_key": "SIG-2027"}
