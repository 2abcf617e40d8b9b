"""Course code and current name in the kinds of writing the opened part7 lost, in other words than its mail and than
the eleventh name corpus: a field's course behind where it shows, full or long name cues, a mistyped code the writer
puts right, a subject naming a field and then its course."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        # A field's course with where it shows between; a day there is when, not which course.
        ("Tolong nama pengampu di e-learning Kalkulus Dasar diperbarui.", None, "Kalkulus Dasar"),
        ("The description listed on Moodle for Marine Ecology is outdated.", None, "Marine Ecology"),
        ("sks tercantum di siakad utk Fisika Bangunan salah, harusnya 2", None, "Fisika Bangunan"),
        ("Mohon dosen di elearning Senin depan sudah benar, kode RB2101.", "RB2101", None),
        # Full or long name cues before the current name of a rename.
        (
            'Tolong nama lengkap mata kuliah MB2201 diganti dari "Akuntansi" menjadi "Akuntansi Manajemen".',
            "MB2201",
            "Akuntansi",
        ),
        ("The long name of course AK3107 is still Perpajakan, it should be Perpajakan Lanjut.", "AK3107", "Perpajakan"),
        (
            "Kindly rename the full name of TE3301 from Antenna Design to Antenna and Propagation.",
            "TE3301",
            "Antenna Design",
        ),
        # What the new name replaces, said first; a system the course shows in is no name.
        (
            "Rather than 'Hydrology', the course name of TS2302 should be 'Applied Hydrology'.",
            "TS2302",
            "Hydrology",
        ),
        ("Nama MK AK2202 di PDDikti sudah diganti, mohon e-learning disamakan.", "AK2202", None),
        # A short name built on the code is no part of the name after it.
        ("Please replace short name ME3301 with ME3301-TH2 on Heat Transfer.", "ME3301", "Heat Transfer"),
        # The lecturer's full name is no course name.
        ("Nama lengkap dosen di course IF3302 mohon ditambah gelar.", "IF3302", None),
        # A code the writer mistyped and puts right; a change of the code itself keeps the current one.
        ("Waduh sy salah ketik kodenya pak, harusnya KM2204 bukan KM2240.", "KM2204", None),
        ("My bad, the code is PL1106 not PL1160.", "PL1106", None),
        ("Kode MK Gizi Dasar di e-learning bukan GZ1101 tapi GZ1102, mohon diperbaiki.", "GZ1101", "Gizi Dasar"),
    ],
)
def test_course_code_and_current_name(text: str, code: str | None, name: str | None) -> None:
    found = find_course_code("", text)
    assert found == code
    assert find_course_name("", text, found) == name


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Ubah enrol key Desain Grafis", "Desain Grafis"),
        ("Change of lecturer Structural Analysis", "Structural Analysis"),
        # A class, a term or a person after the field word is no course.
        ("Ganti dosen Kelas Malam", None),
        ("Update enrolment key Semester Genap", None),
        ("Ganti dosen Pak Anton", None),
    ],
)
def test_a_subject_naming_a_field_then_its_course(subject: str, name: str | None) -> None:
    assert find_course_name(subject, "Mohon dibantu, terima kasih.", None) == name


@pytest.mark.parametrize(
    ("context", "name"),
    [
        ("> Course?\n\nAdvanced Welding, kelas pagi\n\n> Title?\n", "Advanced Welding"),
        ("> Matkul yang dituju?\nAnalisis Struktur\n", "Analisis Struktur"),
        # A question left quoted, with no answer of the writer's under it, names nothing.
        ("> Nama MK?\n> Judul pengumuman?\n", None),
    ],
)
def test_a_forms_question_answered_on_its_own_line(context: str, name: str | None) -> None:
    assert find_course_name("", context, None) == name
