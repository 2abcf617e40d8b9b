"""A course name with a subtitle after a colon ("Industrial IoT: Sensors, Networks and Security", "Workshop: Data
Visualization") is the whole where the mail names it as a course (after a course word or its code, under a name's
label, inside quotes); a colon before a field, a person, a class or a request still ends the name. Written before the
rule, in voices tune42 (where the kind was found: IUP and elective courses) does not use."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_name

WHOLE = (
    (
        "Mohon ganti key untuk mata kuliah Robotika: Kinematika dan Kendali (ME3121), terima kasih.",
        "ME3121",
        "Robotika: Kinematika dan Kendali",
    ),
    (
        "Please post this in my course EE2201 Signals: Theory and Practice tomorrow at 8 am.",
        "EE2201",
        "Signals: Theory and Practice",
    ),
    (
        'Saya pengampu MK wajib "Statistika: Analisis Data Terapan", mohon nama singkatnya diganti.',
        None,
        "Statistika: Analisis Data Terapan",
    ),
    (
        "For the course SE3102 Capstone: Design, Build and Test, please reset the enrolment key.",
        "SE3102",
        "Capstone: Design, Build and Test",
    ),
)


@pytest.mark.parametrize(("text", "code", "name"), WHOLE, ids=("course-word", "after-code", "quoted", "listed"))
def test_a_name_and_its_subtitle_after_a_colon_are_one_name(text: str, code: str | None, name: str) -> None:
    assert find_course_name("Pertanyaan", text, code) == name


CUT = (
    ("Untuk MK Basis Data (IF2204): Enrolment Key mohon diganti jadi BD-2027.", "IF2204", "Basis Data"),
    ("Course IF2204 Basis Data: Pak Budi Santoso is the new lecturer.", "IF2204", "Basis Data"),
    ("MK Kalkulus (MA1101): Kelas TI-1A belum bisa masuk.", "MA1101", "Kalkulus"),
    ("For the course IF2204 Basis Data: Please Change The Key.", "IF2204", "Basis Data"),
)


@pytest.mark.parametrize(("text", "code", "name"), CUT, ids=("field", "person", "class", "request"))
def test_a_colon_before_a_field_a_person_a_class_or_a_request_ends_the_name(text: str, code: str, name: str) -> None:
    assert find_course_name("Pertanyaan", text, code) == name


def test_a_side_word_typed_before_the_colon_is_no_head_of_the_name() -> None:
    text = "Kode: KI2104\nMata Kuliah Semula: Kimia Dasar\nMata Kuliah Usulan: Kimia Dasar Terapan\n"
    assert find_course_name("Perubahan", text, "KI2104") == "Kimia Dasar"
