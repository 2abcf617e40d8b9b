"""Kinds from the second part opened in round 18 (tune33), tested in other voices: a course named by a one-word
abbreviation before its bracketed code, a list item "Course (CODE): new lecturer" under a heading that names the
field, publishing verbs in Sundanese, a student asking for their own grade, and a person typed in lower case known by
the degree after the name. Written before the rules. Lower-case words without a degree held before them: a guard."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import Classification, RequestType

REFERENCE = datetime(2026, 10, 8, 2, 0, tzinfo=UTC)


def _classify(subject: str, text: str) -> Classification:
    return classify(ClassifierInput(subject, text, REFERENCE))


@pytest.mark.parametrize(
    ("subject", "text", "code", "name"),
    [
        (
            "Full name",
            'Kindly change the full name of the course OOP (IF2205) on the e-learning to "Object-Oriented '
            'Programming with Java".',
            "IF2205",
            "OOP",
        ),
        ("key", "min enrol key jarkom (ti2204) kelas pagi tolong ganti jd jarkom2026pagi ya", "ti2204", "jarkom"),
        (
            "Nama MK",
            "Mohon nama MK PBO (IF2205) diganti menjadi Pemrograman Berorientasi Objek Lanjut.",
            "IF2205",
            "PBO",
        ),
    ],
)
def test_a_one_word_abbreviation_before_the_bracketed_code_is_the_name(
    subject: str, text: str, code: str, name: str
) -> None:
    fields = _classify(subject, text).fields
    assert (fields.course_code, fields.course_name) == (code, name)


@pytest.mark.parametrize(
    "text",
    [
        "Hi team,\n\nNew lecturer from next week:\n\n* Thermodynamics (ME2104) - Kevin Tan, M.Eng.\n\nPlease update.",
        "Pagi min,\n\nPengampu baru (mulai minggu ini):\n\n• Termodinamika (ME2104): Kevin Tan, M.Eng.\n\nmohon "
        "diupdate ya, makasih!",
    ],
)
def test_a_list_item_course_then_person_under_the_fields_heading_gives_the_person(text: str) -> None:
    assert dict(_classify("Lecturer", text).fields.changes) == {"lecturer": "Kevin Tan, M.Eng."}


def test_publishing_verbs_in_sundanese_govern_the_moment() -> None:
    text = (
        "Punten, nyuhunkeun ditayangkeun pengumuman di MK Fisika Dasar (FI1101) kanggo kelas TI-1A, dina Senin, "
        "12 Oktober 2026 pukul 07.30.\n\nJudul: Kuis Fisika Dipindah\nIsi: Kuis dipindah ka minggu payun."
    )
    assert _classify("Pangumuman", text).fields.publish_at == "2026-10-12T07:30:00+07:00"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("nilai kuis", "Pak, nilai kuis 2 Kalkulus saya di e-learning 60, mohon dinaikkan jadi 80 karena saya sakit."),
        (
            "My grade",
            "Dear P4M, could you please change my assignment mark in Statics from 65 to 85? I think it's unfair.",
        ),
    ],
)
def test_a_student_asking_for_their_own_grade_is_other(subject: str, text: str) -> None:
    assert _classify(subject, text).type is RequestType.OTHER


@pytest.mark.parametrize(
    ("text", "lecturer"),
    [
        ("min tolong ganti dosen basis data ti2201 ke budi santoso m.kom ya, makasih", "budi santoso m.kom"),
        ("dosen pengampu mk fisika dasar (fi1101) ganti jadi dewi lestari s.si ya min", "dewi lestari s.si"),
    ],
)
def test_a_person_typed_in_lower_case_is_known_by_the_degree_after_the_name(text: str, lecturer: str) -> None:
    assert dict(_classify("dosen", text).fields.changes) == {"lecturer": lecturer}


def test_lower_case_words_without_a_degree_are_no_person() -> None:
    assert dict(_classify("dosen", "min tolong ganti dosen basis data ke yang lebih senior ya").fields.changes) == {}
