"""Headings that say field and side, and the rows and labelled lines under them (column_heads, headed_rows)."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes
from daemon.classify.column_heads import Head, Side, heading
from daemon.classify.course import find_course_name
from daemon.classify.headed_records import record_changes
from daemon.classify.headed_rows import current_name, table_changes


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Nama MK Lama", Head("fullname", Side.OLD)),
        ("Nma MK Lama", Head("fullname", Side.OLD)),
        ("Nama Baru Matakuliah", Head("fullname", Side.NEW)),
        ("nama_usulan", Head("fullname", Side.NEW)),
        ("Old course name", Head("fullname", Side.OLD)),
        ("Proposed title", Head("fullname", Side.NEW)),
        ("Short name baru", Head("shortname", Side.NEW)),
        ("Shrot name", Head("shortname", Side.PLAIN)),
        ("Kode baru", Head("shortname", Side.NEW)),
        ("Kode lama", Head("code", Side.OLD)),
        ("Dosen Baru", Head("lecturer", Side.NEW)),
        ("Tertulis di e-learning", Head(None, Side.OLD)),
        ("Should be", Head(None, Side.NEW)),
        ("Ket.", None),
        ("Mohon diganti", None),
    ],
)
def test_a_heading_names_its_field_and_side(cell: str, expected: Head | None) -> None:
    assert heading(cell) == expected


def _pairs(text: str, code: str | None = None) -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, code)}


def test_a_sheet_record_gives_the_new_name_and_the_new_code_as_short_name() -> None:
    text = (
        "Terlampir daftar perubahan.\n\n[attachment: a.csv]\nkode lama: MK3301\nnama lama: Sistem Kendali Cerdas\n"
        "kode baru: MK26-301\nnama baru: Kendali Cerdas dan Robotika\nsks: 3\n"
    )
    assert _pairs(text, "MK3301") == {"fullname": "Kendali Cerdas dan Robotika", "shortname": "MK26-301"}


def test_the_first_row_of_a_tab_table_is_the_request_and_its_current_name_stays_whole() -> None:
    text = (
        "tolong ya, ini dari excel kaprodi:\n\nKode\tNama Mata Kuliah\tNama Baru\tShort name baru\n"
        "IF2210\tPemrograman Berorientasi Objek\tPemrograman Berbasis Objek\tPBO-IF2\n"
        "IF2214\tInteraksi Manusia dan Komputer\tDesain Interaksi\tDI-IF2\n"
    )
    assert _pairs(text, "IF2210") == {"fullname": "Pemrograman Berbasis Objek", "shortname": "PBO-IF2"}
    assert find_course_name("", text, "IF2210") == "Pemrograman Berorientasi Objek"


def test_a_new_cell_that_repeats_the_old_one_changes_nothing() -> None:
    text = "Kode | Nama MK (lama) | Nama MK (baru)\nPL3104 | Pengujian Perangkat Lunak | Pengujian Perangkat Lunak\n"
    assert table_changes(text) == []


def test_cells_one_per_line_and_columns_aligned_with_spaces_are_tables() -> None:
    stacked = "Kode MK\nNama MK Lama\nNama MK Baru\nTS2102\nIlmu Ukur Tanah\nSurvei dan Pemetaan\n"
    assert [(change.field, change.value) for change in table_changes(stacked)] == [("fullname", "Survei dan Pemetaan")]
    assert current_name(stacked) == "Ilmu Ukur Tanah"
    aligned = (
        "Course code    Current title     New title\nME2207         Thermodynamics    Engineering Thermodynamics\n"
    )
    assert current_name(aligned) == "Thermodynamics"
    assert _pairs(f"Please change this one:\n\n{aligned}", "ME2207") == {"fullname": "Engineering Thermodynamics"}


def test_lines_under_sesudah_are_new_and_under_sebelum_are_not() -> None:
    text = (
        "Mohon bantuannya untuk course AK3203.\n\nSebelum:\nNama MK: Akuntansi Sektor Publik\nShort name: AK3203\n\n"
        "Sesudah:\nNama MK: Akuntansi Pemerintahan\nShort name: AK3203-AP\n"
    )
    assert _pairs(text, "AK3203") == {"fullname": "Akuntansi Pemerintahan", "shortname": "AK3203-AP"}


def test_a_list_under_a_line_that_asks_gives_new_values_with_typo_labels() -> None:
    text = (
        "Mohon perubahan data course Sistem Kendali (EE3106) menjadi sbb:\n- Ful name : Sistem Kendali Digital\n"
        "- Shrot name : EE3106-SKD\n"
    )
    assert {change.field: change.value for change in record_changes(text)} == {
        "fullname": "Sistem Kendali Digital",
        "shortname": "EE3106-SKD",
    }


@pytest.mark.parametrize(
    "text",
    [
        # The list only says which course: no line that asks above it.
        "Berikut data course-nya:\n- Nama MK: Hidrolika\n- Kode: TS2204\n- Semester: 4\n",
        # The list gives the course's code: it identifies the course.
        "Mohon perubahan berikut:\n- Kode MK: IF1106\n- Nama MK: Logika Informatika\n",
        # A bare course label names the course, not its new name.
        "Mohon diubah sebagai berikut:\n- Mata kuliah: Etika Bisnis\n",
    ],
)
def test_lists_that_only_identify_the_course_claim_nothing(text: str) -> None:
    assert record_changes(text) == []
