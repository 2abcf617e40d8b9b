"""Change values found when held-out part27 was opened (as tune48), in voices tune48 does not use: a value asked in a
sentence of its own for the one field named before it; a class password described rather than named; several classes
in one table cell; a lecturer named only as the one who leaves."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.field_named_elsewhere import field_named_before
from daemon.classify.fields import extract_fields
from daemon.classify.memory import NO_EXAMPLES
from daemon.classify.model import RequestType

AT = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


def _changes(subject: str, text: str) -> dict[str, str]:
    fields, _ = extract_fields(RequestType.COURSE_DATA, subject, text, AT)
    return dict(fields.changes)


ASKED_ON_ITS_OWN = (
    (
        "Kelas online Fluid Mechanics",
        "Good morning. The enrolment key for my Fluid Mechanics class (MES2204) is still the one the previous "
        "lecturer set, and my students cannot guess it.\n\nCould you change it to: fluida#26\n\nMany thanks, Ines",
        {"enrolment_key": "fluida#26"},
    ),
    (
        "tolong kak",
        "kak, nama singkat course Kimia Dasar (KIM1101) di e-learning masih KD-LAMA-2022. bisa diganti jd KIM1101-26 "
        "ga ya? makasih kak",
        {"shortname": "KIM1101-26"},
    ),
    (
        "Kelas Statika",
        "Yth. Tim P4M,\n\nDeskripsi singkat mata kuliah Statika (MES1101) di halaman e-learning masih berisi teks "
        "dosen sebelumnya tentang gambar teknik.\n\nMohon diganti dengan teks berikut:\n\nMata kuliah ini membahas "
        "keseimbangan gaya pada partikel dan benda tegar.\n\nHormat saya,\nDedi",
        {"summary": "Mata kuliah ini membahas keseimbangan gaya pada partikel dan benda tegar."},
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), ASKED_ON_ITS_OWN)
def test_a_value_asked_on_its_own_is_for_the_one_field_named_before(
    subject: str, text: str, expected: dict[str, str]
) -> None:
    assert _changes(subject, text) == expected
    # read by the reader for it, not only by the learned tagger beside it
    assert {field: change.value for field, change in field_named_before(text).items()} == expected


def test_a_value_asked_on_its_own_after_two_fields_it_fits_is_not_read_for_either() -> None:
    text = (
        "Selamat siang. Enrolment key dan nama singkat MK Dinamika (MES2102) masih yang lama.\n\n"
        "Mohon diganti jadi DIN-2026.\n\nTerima kasih."
    )
    assert field_named_before(text) == {}


PASSWORD_FOR_A_CLASS = (
    "Students need a password to get into my class Dinamika (MES2102) and the current one was set by the old "
    "lecturer. Please change it to dinamo2026.",
    "Mahasiswa saya perlu kata sandi supaya bisa gabung ke kelas Dinamika (MES2102), yang sekarang masih buatan "
    "dosen lama. Tolong diganti jadi dinamo2026 ya Bu.",
)


@pytest.mark.parametrize("text", PASSWORD_FOR_A_CLASS)
def test_a_password_to_get_into_a_class_is_its_enrolment_key(text: str) -> None:
    result = classify(ClassifierInput("Kelas online saya", text, AT, False, "", NO_EXAMPLES))
    assert result.type is RequestType.COURSE_DATA
    assert dict(result.fields.changes) == {"enrolment_key": "dinamo2026"}


def test_a_login_password_is_still_login_trouble() -> None:
    text = "Saya lupa kata sandi untuk masuk e-learning, akun saya terkunci sejak tadi pagi. Mohon direset."
    result = classify(ClassifierInput("Tidak bisa login", text, AT, False, "", NO_EXAMPLES))
    assert result.type is RequestType.ELEARNING_SUPPORT


def test_several_classes_in_one_table_cell_are_one_value() -> None:
    text = (
        "Dear P4M, for Thermodynamics (MES2201) please update the course as below.\n\n"
        "Field | Current | New\nClass | ME-2A | ME-2A and ME-2B\n\nThe two groups now meet together. Regards, Tom"
    )
    assert _changes("Course update", text) == {"class": "ME-2A and ME-2B"}


LEAVING = (
    "Course: Fluid Mechanics (MES2204)\nLecturer: Mr. Hendra Wijaya is on leave from next month, so the lecturer "
    "needs to change. We will tell you who replaces him.\nClass: please change to MES-2B Evening.",
    "MK: Hidrolika (MES3101)\n- Pengampu: Ibu Sinta Dewi, M.T. mulai Oktober pensiun, penggantinya menyusul.\n"
    "- Kelas: mohon diubah menjadi MES-2B Evening.",
)


@pytest.mark.parametrize("text", LEAVING)
def test_the_lecturer_who_leaves_is_not_the_new_one(text: str) -> None:
    assert _changes("Perubahan MK", text) == {"class": "MES-2B Evening"}


def test_the_new_lecturer_stays_when_the_old_one_leaves() -> None:
    text = (
        "Pengampu MK Fisika Dasar (MES1105) mohon diganti menjadi Bu Lestari Handayani, M.T. karena Pak Joko mulai "
        "bulan depan cuti studi."
    )
    assert _changes("Pengampu MK", text) == {"lecturer": "Lestari Handayani, M.T."}
