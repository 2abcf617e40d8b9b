"""Change and course kinds of round 17, each written before its rule in a voice the corpora lack: the teacher who goes
named after "no longer taught by" is not the new value; a course name in lower case after the word for a course."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code

REFERENCE = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


def _changes(subject: str, text: str) -> dict[str, str]:
    return dict(classify(ClassifierInput(subject, text, REFERENCE)).fields.changes)


@pytest.mark.parametrize(
    ("text", "lecturer"),
    [
        (
            "Mulai minggu depan MK TI2103 Struktur Data tidak lagi diampu oleh Pak Hendra. Beliau digantikan oleh "
            "Maria Ulfa, S.Kom., M.Cs.\n\nMohon data di e-learning disesuaikan.",
            "Maria Ulfa, S.Kom., M.Cs.",
        ),
        (
            "Digital Systems (EL2205) is no longer taught by Mr. Tan. Please change the lecturer to Dr. Ahmad Fauzi.",
            "Dr. Ahmad Fauzi",
        ),
    ],
)
def test_the_teacher_no_longer_teaching_is_not_the_new_lecturer(text: str, lecturer: str) -> None:
    assert _changes("Pergantian dosen", text).get("lecturer") == lecturer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a phone writer in lower case; a dictated request with no capitals or stops
        ("kak enrol key utk mk if2104 basis data diganti ke bd2026 ya, makasih", "basis data"),
        (
            "selamat pagi saya dosen teknik mesin mohon untuk mata kuliah mekanika fluida di e-learning kuncinya "
            "diganti jadi mekflu dua enam terima kasih",
            "mekanika fluida",
        ),
        ("tolong nama matkul sistem informasi manajemen diganti menjadi sim lanjut ya", "sistem informasi manajemen"),
    ],
)
def test_a_lower_case_name_after_the_word_for_a_course(text: str, name: str) -> None:
    assert find_course_name("", text, find_course_code("", text)) == name


@pytest.mark.parametrize(
    "text",
    [
        "mk saya belum muncul di dashboard, tolong dicek",
        "mata kuliah yang saya ampu semester ini ada tiga",
        "mohon info mata kuliah pilihan semester depan",
        "course page saya kosong",
    ],
)
def test_no_lower_case_name_where_the_words_after_the_cue_are_not_one(text: str) -> None:
    assert find_course_name("", text, find_course_code("", text)) is None


def test_a_number_its_credit_unit_follows_is_no_semester() -> None:
    text = "Dear P4M, for Kewirausahaan (BS1201) this semester the credit is 3 sks already. Please change to 3 sks."
    changes = _changes("Credits", text)
    assert "semester" not in changes
    assert _changes("Semester", "Mohon semester MK Fisika (FS1101) dipindah ke 3.").get("semester") == "3"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # rows pasted from a spreadsheet: a heading of the side alone after the field's own
        (
            "Saya tempel dari excel:\n\nkode\tmata kuliah\tsemester saat ini\tseharusnya\n"
            "AB2105\tEkonomi Mikro\tSemester Genap 2025/2026\tSemester Ganjil 2026/2027\n\nMohon dibantu.",
            "semester",
            "Semester Ganjil 2026/2027",
        ),
        (
            "Please fix the short name:\n\nCourse | Short name now | New\nOperations Research | OR-2025 | OR-MN3A\n",
            "shortname",
            "OR-MN3A",
        ),
    ],
)
def test_a_heading_of_the_side_alone_takes_the_field_before_it(text: str, field: str, value: str) -> None:
    assert _changes("Perubahan", text).get(field) == value
