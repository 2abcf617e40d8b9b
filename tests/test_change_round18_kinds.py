"""Change kinds from the part opened in round 18, tested in other voices: what we use now ("kami pakai Python", "we
now use Python") gives no field its value; a value set against the wrong one is the one meant; a new description
named in prose is the one handed over below; a field closing a letter's subject line names nothing below it. Written
before the rules. Guards, which held before them: the key the writer wants to use, a labelled name that is only the
course, and the English description handed over below."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput

REFERENCE = datetime(2026, 10, 8, 2, 0, tzinfo=UTC)


def _changes(subject: str, text: str) -> dict[str, str]:
    return dict(classify(ClassifierInput(subject, text, REFERENCE)).fields.changes)


@pytest.mark.parametrize(
    ("subject", "text", "summary"),
    [
        (
            "Deskripsi MK",
            "Deskripsi MK TI2203 Basis Data di e-learning masih yang lama (pakai MS Access), padahal sekarang kami "
            "pakai PostgreSQL. Mohon deskripsinya diganti dengan teks berikut:\n\nMata kuliah ini membahas "
            "perancangan basis data relasional dan SQL dengan PostgreSQL.\n\nTerima kasih.",
            "Mata kuliah ini membahas perancangan basis data relasional dan SQL dengan PostgreSQL.",
        ),
        (
            "Course description",
            "The description of ME3105 CAD on e-learning still mentions AutoCAD, whereas we now use SolidWorks. "
            "Please replace the summary with the following:\n\nThis course teaches 3D part and assembly modelling "
            "in SolidWorks.\n\nThanks,",
            "This course teaches 3D part and assembly modelling in SolidWorks.",
        ),
    ],
)
def test_what_we_use_now_is_no_value(subject: str, text: str, summary: str) -> None:
    assert _changes(subject, text) == {"summary": summary}


def test_a_key_the_writer_wants_to_use_is_still_read() -> None:
    text = "Untuk MK SI2106 Sistem Informasi Geografis, enrolment key yang ingin saya gunakan: SIG-2027. Terima kasih."
    assert _changes("Enrolment key", text) == {"enrolment_key": "SIG-2027"}


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "Ejaan",
            "Mohon perbaiki ejaan nama MK IF1101 di e-learning: Algoritma Dasar, bukan Algoritme Dasar.",
            {"fullname": "Algoritma Dasar"},
        ),
        (
            "Spelling",
            "Please fix the spelling of the course name of ME1101: Engineering Statics, not Enginering Statics.",
            {"fullname": "Engineering Statics"},
        ),
        (
            "Semester",
            "Course EL3201 Power Systems is listed under semester 5 but it belongs in semester 6.",
            {"semester": "6"},
        ),
        (
            "semester",
            "MK EL3201 Sistem Tenaga tercatat di semester 5 padahal termasuk semester 6, mohon diperbaiki.",
            {"semester": "6"},
        ),
    ],
)
def test_the_value_set_against_the_wrong_one_is_the_one_meant(
    subject: str, text: str, expected: dict[str, str]
) -> None:
    assert _changes(subject, text) == expected


def test_a_labelled_name_that_is_only_the_course_stays_unclaimed() -> None:
    text = "Nama MK di e-learning: Algoritma Dasar. Mohon enrolment key-nya diganti menjadi algo-2026."
    assert _changes("Enrolment key", text) == {"enrolment_key": "algo-2026"}


@pytest.mark.parametrize(
    ("subject", "text", "summary"),
    [
        (
            "New description (attached)",
            "Hi,\nattached is the new description of ME2201 Fluid Mechanics for e-learning, please replace the old "
            "one.\nThanks\n\n[attachment: ME2201.pdf]\nCourse: ME2201 Fluid Mechanics\nNew description:\nThis course "
            "covers fluid statics and pipe flow with three lab sessions.",
            "This course covers fluid statics and pipe flow with three lab sessions.",
        ),
        (
            "Deskripsi MK",
            "Terlampir deskripsi baru MK AK2101 Akuntansi Dasar utk e-learning, mohon yg lama diganti.\n\n"
            "[attachment: AK2101.docx]\nDeskripsi baru:\nMata kuliah ini membahas siklus akuntansi perusahaan jasa.",
            "Mata kuliah ini membahas siklus akuntansi perusahaan jasa.",
        ),
    ],
)
def test_a_new_description_named_in_prose_is_the_one_handed_over_below(subject: str, text: str, summary: str) -> None:
    assert _changes(subject, text) == {"summary": summary}


def test_a_field_closing_a_letters_subject_line_names_no_value_below_it() -> None:
    text = (
        "Nomor    : 118/PL29.3/TE/2026\nPerihal  : Permohonan Enrol Dosen Baru\n\nYth. Kepala P4M\nPoliteknik "
        "Negeri Batam\n\nDengan hormat, mohon dosen baru berikut di-enrol sebagai pengajar pada course yang diampu:\n"
        "1. Hendra Gunawan, S.T., M.T. - Elektronika Dasar (kelas TE-1A)\n"
    )
    assert "Yth. Kepala" not in _changes("Permohonan Enrol Dosen Baru", text).values()
