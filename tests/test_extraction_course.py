"""Which course a request is about: its code and its current name, however the writer puts them."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_code, find_course_name


@pytest.mark.parametrize(
    ("subject", "text", "code", "name"),
    [
        (
            "",
            "Mohon nama mata kuliah IF1105 (Algoritma dan Pemrograman) diubah.",
            "IF1105",
            "Algoritma dan Pemrograman",
        ),
        ("", "The course 3D Modelling (AN2102) needs a new name.", "AN2102", "3D Modelling"),
        (
            "",
            "Please update the lecturer of Business English for Engineers (BI2204):",
            "BI2204",
            "Business English for Engineers",
        ),
        ("", "Can you post this to my Technical Writing course (BI3102) tonight?", "BI3102", "Technical Writing"),
        ("", "utk MK Basis Data Lanjut IF3102 kls nya msh TI-3A", "IF3102", "Basis Data Lanjut"),
        (
            "Kelas course PBO",
            "Course Pemrograman Berorientasi Objek (IF2203) masih kelas pagi.",
            "IF2203",
            "Pemrograman Berorientasi Objek",
        ),
        ("", "NIM 4112401077, mohon kode MK menjadi IF3301", None, None),
    ],
)
def test_course_code_and_name(subject: str, text: str, code: str | None, name: str | None) -> None:
    found = find_course_code(subject, text)
    assert found == code
    assert find_course_name(subject, text, found) == name
