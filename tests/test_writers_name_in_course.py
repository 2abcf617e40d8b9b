"""A subject that names only "name" and a text about the writer's own name in a course ("my name is misspelled in
the course X", "nama saya di MK X tertulis ...") ask for the lecturer's name, not the course's. Written before the
rule, in voices tune43 (where the kind was found: a Filipino visiting lecturer on Outlook for iOS) does not use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.changes import find_changes
from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType

AT = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)

WRITERS_NAME = (
    (
        "Salah ketik nama",
        'Selamat siang, nama saya di MK Kalkulus I (MA1101) tertulis "Rahmad Hidayat". Mohon diganti menjadi '
        '"Rahmat Hidayat, S.Si., M.Sc.". Terima kasih.',
        "Rahmat Hidayat, S.Si., M.Sc.",
    ),
    (
        "Name spelling",
        'Hi team, my name appears wrongly in the course Thermodynamics (ME2201): it shows "Nguyen Van Tuan". '
        'Please change it to "Nguyen Van Thuan, PhD". Thanks.',
        "Nguyen Van Thuan, PhD",
    ),
    (
        "Wrong name on course page",
        "Dear P4M, my name is spelled wrongly in the course Digital Logic (EE1203). It currently reads Ahmad Farouk. "
        "Kindly correct it to Ahmed Farouk Bello.",
        "Ahmed Farouk Bello",
    ),
)


@pytest.mark.parametrize(("subject", "text", "value"), WRITERS_NAME, ids=("nama-saya", "my-name", "spelled-wrongly"))
def test_the_writers_own_name_is_the_lecturer(subject: str, text: str, value: str) -> None:
    assert [(change.field, change.value) for change in find_changes(text, None, subject)] == [("lecturer", value)]


def test_the_course_is_not_named_by_the_writers_old_name() -> None:
    subject, text, _ = WRITERS_NAME[0]
    fields, _ = extract_fields(RequestType.COURSE_DATA, subject, text, AT)
    assert (fields.course_code, fields.course_name) == ("MA1101", "Kalkulus I")


def test_a_course_named_by_its_name_keeps_the_full_name() -> None:
    text = "Nama saya Budi, dosen MK Kalkulus I (MA1101). Nama MK tertulis salah, mohon diganti menjadi Kalkulus Dasar."
    assert [(c.field, c.value) for c in find_changes(text, None, "Perubahan nama")] == [("fullname", "Kalkulus Dasar")]
