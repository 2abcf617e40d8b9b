"""Course kinds from the part opened in round 18, tested in other voices: in a list of courses written code first,
the name after a code is that code's, never the name of the code listed next. Written before the rule."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput

REFERENCE = datetime(2026, 10, 8, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("subject", "text", "code", "name"),
    [
        (
            "Dosen",
            "Halo, blok ini ada tiga MK: MN1101 Pengantar Manajemen, MN1102 Manajemen Operasi, dan MN1103 Manajemen "
            "SDM. MN1101 dan MN1103 sudah benar. Yang perlu diubah hanya MN1102 Manajemen Operasi: mohon dosennya "
            "diganti jadi Fitriani, S.E., M.M.",
            "MN1102",
            "Manajemen Operasi",
        ),
        (
            "Lecturer",
            "Our block has three courses: LG2101 Port Operations, LG2102 Warehousing and LG2103 Freight Forwarding. "
            "Only LG2102 Warehousing needs a change: please set the lecturer to Capt. Andi Saputra, M.Mar.",
            "LG2102",
            "Warehousing",
        ),
    ],
)
def test_the_name_after_another_code_in_a_list_is_that_codes(subject: str, text: str, code: str, name: str) -> None:
    fields = classify(ClassifierInput(subject, text, REFERENCE)).fields
    assert (fields.course_code, fields.course_name) == (code, name)
