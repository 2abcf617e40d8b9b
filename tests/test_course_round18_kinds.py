"""Course kinds from the part opened in round 18, tested in other voices: in a list of courses written code first,
the name after a code is that code's, never the name of the code listed next; the students a course is given to are
no part of its name. Written before the rules. "English for the Workplace" held before them: a guard."""

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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "From this week I will be teaching ME2103 Engineering Drawing for the Marine Engineering students, taking "
            "over from Mr. Budi.\n\nPlease change the lecturer on e-learning to: Aisyah Putri, M.T.",
            "Engineering Drawing",
        ),
        (
            "I am now handling EL1102 Basic Electronics for\nthe Electrical Engineering classes. Kindly change the "
            "lecturer in the e-learning course to: Ramesh Kumar, M.Tech.",
            "Basic Electronics",
        ),
        (
            "Please change the lecturer of BI1101 English for the Workplace to Dr. Nur Aini.",
            "English for the Workplace",
        ),
    ],
)
def test_the_students_a_course_is_for_are_no_part_of_its_name(text: str, name: str) -> None:
    assert classify(ClassifierInput("Lecturer change", text, REFERENCE)).fields.course_name == name
