"""Where a claimed value ends, in sentences of their own (not the tune24-precision corpus's): the writer's sentence
after a description, capitals after a degree, a professional title's dot, an assistant beside the lecturer, a dash
after a name, a course named where a key was read, and a later note that corrects the value."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType

TEXT = "Kajian aliran saluran terbuka, pintu air, dan bangunan terjun."


def pairs(text: str, subject: str = "Perubahan data MK") -> dict[str, str]:
    fields, _ = extract_fields(RequestType.COURSE_DATA, subject, text, datetime(2027, 12, 1, tzinfo=UTC))
    return dict(fields.changes)


@pytest.mark.parametrize(
    "after",
    [
        "Cepat ya pak.",
        "Segera.",
        "Urgent!",
        "Soalnya borang akreditasi ditutup Senin.",
        "Because the old text still names the 2019 curriculum.",
        "Sebelum perkuliahan dimulai ya.",
        "By Friday please.",
        "Sudah di-acc Kajur.",
        "Approved by the programme board.",
        "Diperlukan untuk borang akreditasi.",
        "Sekian dan terima kasih.",
        "Would that work?",
    ],
)
def test_the_writers_sentence_after_a_description_is_not_the_description(after: str) -> None:
    text = f"Deskripsi Hidrolika (TS2102) mohon diganti menjadi: {TEXT} {after}"
    assert pairs(text).get("summary") == TEXT


@pytest.mark.parametrize(
    "own",
    [
        "Sebelum mengambil mata kuliah ini, mahasiswa wajib lulus Mekanika Fluida.",
        "Agar mahasiswa mampu merancang saluran irigasi sederhana.",
        "Karena itu praktikum lapangan menjadi bagian utama.",
    ],
)
def test_the_descriptions_own_last_sentence_stays(own: str) -> None:
    text = f"Deskripsi Hidrolika (TS2102) mohon diganti menjadi: {TEXT} {own}\n\nSalam,\nRini"
    assert pairs(text).get("summary") == f"{TEXT} {own}"


def test_capitals_after_a_degree_are_the_writers() -> None:
    text = "Please set the lecturer of Hydraulics (TS2102) to Dr. Kofi Mensah, Ph.D. ASAP, classes start Monday."
    assert pairs(text).get("lecturer") == "Dr. Kofi Mensah, Ph.D."


def test_an_engineers_professional_title_keeps_its_dot() -> None:
    text = "Pengampu Hidrolika (TS2102) diganti jadi Ir. Ayu Kartika, S.T., M.T., IPU.\nMohon dibantu."
    assert pairs(text).get("lecturer") == "Ir. Ayu Kartika, S.T., M.T., IPU."


@pytest.mark.parametrize(
    "text",
    [
        "Dosen Hidrolika (TS2102) diganti jadi Dr. Yanti Hasibuan, M.T. dan Mas Doni sebagai teknisi lab.",
        "The lecturer of Hydraulics (TS2102) becomes Dr. Yanti Hasibuan, M.T. with Tom Reed as a tutor.",
    ],
)
def test_an_assistant_beside_the_lecturer_is_not_a_lecturer(text: str) -> None:
    assert pairs(text).get("lecturer") == "Dr. Yanti Hasibuan, M.T."


def test_team_teaching_keeps_both_lecturers() -> None:
    text = "Dosen Hidrolika (TS2102) diganti jadi Dr. Yanti Hasibuan, M.T. dan Ir. Joko Susilo, M.Eng."
    assert pairs(text).get("lecturer") == "Dr. Yanti Hasibuan, M.T. dan Ir. Joko Susilo, M.Eng."


def test_a_name_does_not_end_on_a_dash() -> None:
    text = "Please rename Hydraulics (TS2102) to Open Channel Hydraulics -- next term onwards."
    assert pairs(text).get("fullname") == "Open Channel Hydraulics"


def test_a_course_named_where_a_key_was_read_is_no_key() -> None:
    text = "Key Statistika 1 (ST1101) tetap ST1-ok, tidak usah diubah. Yang diganti Statistika 2 (ST1202) saja."
    assert pairs(text).get("enrolment_key") != "Statistika"


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (
            "Short name Hidrolika (TS2102) jadi HID-2A.\n\nUpdate: maaf salah, yang benar HID-2C.",
            "shortname",
            "HID-2C",
        ),
        ("Kelas Hidrolika (TS2102) pindah ke TS-2A.\nRalat: bukan TS-2A, tapi TS-2B.", "class", "TS-2B"),
    ],
)
def test_a_later_note_corrects_the_value(text: str, field: str, expected: str) -> None:
    assert pairs(text).get(field) == expected
