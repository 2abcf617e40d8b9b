"""A course name written as a name and its part joined by a spaced dash ("Robotika Lanjut - Praktikum", "English for
Technicians - Conversation") is the whole, where the mail names it as a course; a dash before a request, a person, a
class or a field still ends the name. Written before the rule, in voices tune39 (where the kind was found: Balinese
and Canadian lab assistants) does not use."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_name

WHOLE = (
    (
        "Xin chào, I teach the course Vietnamese Culture - Basic Conversation (BV-1101) this term.",
        "BV-1101",
        "Vietnamese Culture - Basic Conversation",
    ),
    (
        "Punten, abdi asisten kursus Mekanika Teknik – Praktikum (TM2105), mau tanya short name-nya.",
        "TM2105",
        "Mekanika Teknik – Praktikum",
    ),
    (
        "Formular\nKode MK: EL 3104\nNama MK: Sistem Kendali - Teori\nDosen baru: Dr. Klaus Richter",
        "EL 3104",
        "Sistem Kendali - Teori",
    ),
)


@pytest.mark.parametrize(("text", "code", "name"), WHOLE, ids=("course-cue", "en-dash-kursus", "labelled-line"))
def test_a_name_and_its_part_joined_by_a_dash_are_one_name(text: str, code: str, name: str) -> None:
    assert find_course_name("Pertanyaan", text, code) == name


CUT = (
    ("Request - Data Mining (IF3201): please reset the enrolment key.", "IF3201", "Data Mining"),
    ("Mohon bantuan untuk MK Basis Data - Pak Budi Santoso (IF2204), dosennya ganti.", "IF2204", "Basis Data"),
    ("Nama MK: Kalkulus Lanjut - Kelas TI-1A\nMohon enrolment key diganti.", None, "Kalkulus Lanjut"),
    ("Course Fisika Dasar - Enrolment Key (FI1101) needs resetting.", "FI1101", "Fisika Dasar"),
    ("Untuk kursus Statistika (ST2201) - Senin depan ada kuis.", "ST2201", "Statistika"),
)


@pytest.mark.parametrize(("text", "code", "name"), CUT, ids=("request", "person", "class", "field", "after-code"))
def test_a_dash_before_no_part_of_the_name_ends_it(text: str, code: str | None, name: str) -> None:
    assert find_course_name("Pertanyaan", text, code) == name


def test_a_sentence_opening_with_kursus_names_the_course_after_it() -> None:
    text = "Kursus Teknik Pengukuran dengan kode EL-2203-2026 di e-learning masih terdaftar untuk kelas EL-2A."
    assert find_course_name("Perubahan kelas", text, "EL-2203-2026") == "Teknik Pengukuran"
