"""A code written as its letters, the semester and the course's number after a dot or a hyphen ("TE 2.201", "TRPL
3-208") is the course's where the writer says so (in brackets or after a code's label); a room, a version or a
chapter written alike is not. Written before the rule, in voices tune39 (where the kind was found: a Balinese lab
assistant and a Bangladeshi lecturer) does not use."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code

CODED = (
    (
        "Mohon bantuan",
        "Saya asisten praktikum Elektronika Daya (EL 3.204), kunci pendaftaran mohon diganti.",
        "EL 3.204",
        "Elektronika Daya",
    ),
    (
        "Course title revision",
        "Course code: MES 4-105\nPresent title: Mechatronic Design\nRevised title: X",
        "MES 4-105",
        None,
    ),
    ("Perubahan SKS", "Mata kuliah Gambar Teknik [TM 1.102] SKS-nya seharusnya 3.", "TM 1.102", "Gambar Teknik"),
    # two digits after the dot, a hyphen before the semester, a letter after the number
    (
        "Ganti dosen",
        "Dosen MK Statika Struktur (SIP 2.07) mohon diganti Ir. Made Wirawan.",
        "SIP 2.07",
        "Statika Struktur",
    ),
    ("Key", "Kode MK: KIM-1.04\nNama MK: Kimia Dasar\nKey baru: Kim#2027", "KIM-1.04", None),
    (
        "Lab key",
        "For the lab course Circuit Practice (EE 2.118P), please reset the key to Ohm-77.",
        "EE 2.118P",
        "Circuit Practice",
    ),
)


@pytest.mark.parametrize(
    ("subject", "text", "code", "name"),
    CODED,
    ids=("bracketed-dot", "labelled-hyphen", "square", "two-digits", "hyphen-dot", "letter-after"),
)
def test_a_dotted_or_hyphenated_semester_code_is_read_where_the_writer_says_so(
    subject: str, text: str, code: str, name: str | None
) -> None:
    assert find_course_code(subject, text) == code
    if name:
        assert find_course_name(subject, text, code) == name


NOT_CODED = (
    "Kuliah dipindah ke ruang GU 7.203 mulai minggu depan.",
    "Moodle app version 4.1-220 keeps crashing on my phone.",
    "Please read Bab 3.201 sampai 3.210 before Friday.",
    "Kuliah diundur, mulai WITA 9.30 di ruang sebelah.",
    "We run PHP 8.12 on the lab server since last week.",
)


@pytest.mark.parametrize("text", NOT_CODED, ids=("room", "version", "chapter", "clock", "php"))
def test_a_room_a_version_or_a_chapter_is_no_code(text: str) -> None:
    assert find_course_code("Pertanyaan", text) is None
