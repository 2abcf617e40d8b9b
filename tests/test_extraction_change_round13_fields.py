"""Class, full name, enrolment key and credits handed over the ways unseen mail missed: key = value blocks and course
arrows, credits with their split, shift words after a class, a course moved to a class, a plain table column asked
for in the text, a leaked key rotated, a key in a code block."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.changes import find_changes
from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType
from daemon.classify.value_blocks import labelled_blocks


def pairs(text: str, code: str | None = None) -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, code)}


def fields(text: str) -> tuple[str | None, str | None, dict[str, str]]:
    found, _ = extract_fields(RequestType.COURSE_DATA, "Data MK", text, datetime(2028, 3, 1, tzinfo=UTC))
    return found.course_code, found.course_name, dict(found.changes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a script's assignments, aligned, snake_case keys
        (
            "Halo,\n\nkd_mk      = KM2201\nnama_mk    = Kimia Organik\nkelas_baru = KM-2A Sore\n\nMakasih",
            ("KM2201", "Kimia Organik", {"class": "KM-2A Sore"}),
        ),
        # an arrow after the course's own key names the course; after a field's name, its new value
        (
            "Tolong ya:\n  matkul -> GL3104 Geologi Struktur\n  sks    -> 4\n",
            ("GL3104", "Geologi Struktur", {"credits": "4"}),
        ),
        # a JSON object's quoted keys and values
        (
            'Payload:\n{\n  "kode_mk": "AR2105",\n  "nama_mk": "Studio Arsitektur",\n  "kelas_baru": "AR-2B Malam"\n}',
            ("AR2105", "Studio Arsitektur", {"class": "AR-2B Malam"}),
        ),
        # an Outlook rendering: one empty line between the key = value paragraphs
        (
            "Kode MK = HK1102\n\nNama MK = Hukum Perdata\n\nNama MK Baru = Hukum Perdata dan Acara\n",
            ("HK1102", "Hukum Perdata", {"fullname": "Hukum Perdata dan Acara"}),
        ),
    ],
)
def test_key_value_blocks_and_course_arrows(text: str, expected: tuple[str, str, dict[str, str]]) -> None:
    assert fields(text) == expected


def test_a_single_assignment_or_a_comparison_is_no_block() -> None:
    single = "Rumusnya x = y + 1, tolong dicek."
    assert labelled_blocks(single) == single
    compared = "if a == b\nthen c == d\n"
    assert labelled_blocks(compared) == compared
    block = "kode = SI2201\nsks = 3\n"
    assert len(labelled_blocks(block)) == len(block) and labelled_blocks(block).startswith("kode:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the split into theory and practice, which adds up to the count, is the value's
        ("Mohon SKS MK Mekanika Tanah (SP2203) diubah menjadi 3 (T: 2, P: 1).", {"credits": "3 (T: 2, P: 1)"}),
        (
            "Please change the credits of Surveying (SV1101) to 4 (2 lecture + 2 fieldwork).",
            {"credits": "4 (2 lecture + 2 fieldwork)"},
        ),
        # read before its unit, the count keeps the split written after the unit
        ("SKS Gambar Mesin (GM1102) tolong dijadikan 2 sks (1-1) ya.", {"credits": "2 sks (1-1)"}),
        # a bracket that does not add up, or says something else, is not the value's
        ("Mohon SKS MK Mekanika Tanah (SP2203) diubah menjadi 3 (T: 2, P: 2).", {"credits": "3"}),
        ("SKS Kalkulus (KL1101) tolong diubah jadi 3 SKS (3 x 50 menit).", {"credits": "3"}),
    ],
)
def test_credits_with_their_split(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shift words after the class
        ("Kelas MK Fotografi (DK2104) mohon diganti jadi DK-2A Weekend.", {"class": "DK-2A Weekend"}),
        ("Please change the class of Acoustics (FS3102) to FS-3C Night.", {"class": "FS-3C Night"}),
        # a course moved to a class, the course between the verb and the class
        ("Could you move my course OC2201 Ocean Engineering to class OC-2A Afternoon?", {"class": "OC-2A Afternoon"}),
        # the verb whose object is the course, not a later "shift"
        (
            "Tolong move course Hidrolika (HD2101) dari shift pagi ke class HD-2B Evening.",
            {"class": "HD-2B Evening"},
        ),
    ],
)
def test_classes_with_a_shift_and_courses_moved(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


def test_students_moved_to_a_class_are_no_class_change() -> None:
    text = "Mohon pindahkan mahasiswa MK Hidrolika (HD2101) ke kelas HD-2B Malam."
    assert "class" not in pairs(text)


def test_a_plain_table_column_is_new_only_when_the_text_asks_for_its_field() -> None:
    table = "Kode MK | Mata Kuliah | Kelas\nPT2101 | Pertanian Organik | PT-2A Sore\n\n"
    assert pairs(table + "Kelasnya tolong diperbarui sesuai tabel.") == {"class": "PT-2A Sore"}
    assert "class" not in pairs(table + "Tabel di atas hanya untuk informasi.")
    # a class after another field's change only says whose
    rows = "Kelas | Dosen Baru\nPT-2A Sore | Rina Oktaviani, M.P.\n"
    assert "class" not in pairs("Mohon perubahan dosen MK Pertanian Organik untuk kelas berikut:\n\n" + rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leaked key rotated, its field named in the sentence before
        (
            "The enrolment key of Ethics (ET1101) was leaked. Please rotate it to Eth!cs-77.",
            {"enrolment_key": "Eth!cs-77"},
        ),
        (
            "The enrolment key of Ethics (ET1101) was leaked. Please regenerate it as Eth#88x.",
            {"enrolment_key": "Eth#88x"},
        ),
        # a key alone in a code block
        (
            "Please set the enrolment key of Ethics (ET1101) to:\n\n```\nEt-h1cs$2028\n```\n\nThanks",
            {"enrolment_key": "Et-h1cs$2028"},
        ),
    ],
)
def test_keys_rotated_or_fenced(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected
