"""Where one change ends and another message or change begins: a forwarded message under a closing, a second change
verb coordinated after a value, and two readings of one field of which one is the fuller form."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes


def pairs(text: str, subject: str = "") -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, None, subject)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A greeting after the forwarder's closing opens the forwarded message; its lines are not a signature.
        (
            "Mohon dibantu.\n\nTerima kasih,\nRina\nTU Jurusan\n\nBu Rina,\n\nuntuk MK Fisika Dasar pengampunya "
            "Dra. Sri Lestari, M.Si. mulai semester ini.\n\nSalam,\nKaprodi",
            {"lecturer": "Dra. Sri Lestari, M.Si."},
        ),
        (
            "Please see below.\n\nRegards,\nTom\n\nDear Tom,\n\nFor Fluid Mechanics the lecturer is Dr. Ahmad Fauzi, "
            "M.Eng. from next week.\n\nBest,\nLisa",
            {"lecturer": "Dr. Ahmad Fauzi, M.Eng."},
        ),
        # Without a greeting, a labelled line under the closing still signs the mail.
        ("Mohon bantuannya ganti nama MK.\n\nHormat saya,\nRina\nDosen Pengampu: Dr. Budi Santoso", {}),
        ("Mohon dicek.\n\nTerima kasih,\nBu Rina\nDosen pengampu: Dr. Budi Santoso, M.Kom.", {}),
    ],
)
def test_a_forwarded_message_under_a_closing_is_read(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tolong ubah nama course ini jadi Akuntansi Sektor Publik lalu pindahkan ke Ganjil 2026/2027.",
            {"fullname": "Akuntansi Sektor Publik"},
        ),
        (
            "Could you rename the course to Data Mining and then move it to Genap 2026/2027?",
            {"fullname": "Data Mining"},
        ),
        (
            "Mohon ganti nama MK jadi Statistika Terapan dan Komputasi.",
            {"fullname": "Statistika Terapan dan Komputasi"},
        ),
        # The "to" of another verb, or a semester's shape, is never the new name.
        ("Mohon course ini diganti namanya dan dipindah ke Genap 2026/2027.", {}),
        ("please rename my course and switch it to Genap 2026/2027", {}),
        ("Tolong ubah nama MK ke Ganjil 2026/2027.", {}),
    ],
)
def test_a_coordinated_change_verb_starts_another_change(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Pindah MK Fisika ke semester Ganjil 2026/2027", {"semester": "Ganjil 2026/2027"}),
        # Readings that disagree: the text's stands.
        ("Pindah MK Fisika ke semester Genap 2026/2027", {"semester": "ganjil"}),
    ],
)
def test_the_fuller_of_two_agreeing_semesters_wins(subject: str, expected: dict[str, str]) -> None:
    assert pairs("Mohon dipindahkan ke kategori semester ganjil ya.", subject) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Ganti dosen MK Fisika menjadi Dr. Rina Wati, M.Si.", "Dr. Rina Wati, M.Si."),
        ("Ganti dosen MK Fisika menjadi Dr. Rina Wulandari, M.Si.", "Rina Wati"),
    ],
)
def test_the_fuller_of_two_agreeing_names_wins(subject: str, expected: str) -> None:
    assert pairs("Mohon dosennya diganti jadi Rina Wati.", subject) == {"lecturer": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nama mata kuliah ini sudah berubah menjadi Analisis Data Bisnis di kurikulum baru. Mohon course di "
            "e-learning disesuaikan.",
            {"fullname": "Analisis Data Bisnis"},
        ),
        (
            "The course name has officially changed to Applied Thermodynamics this year. Could you please update it "
            "on Moodle?",
            {"fullname": "Applied Thermodynamics"},
        ),
        # Changed by the helpdesk, asked why, nothing asked after it, or something else asked: no new name.
        ("Nama MK-nya sudah diganti jadi Kimia Analitik, terima kasih. Mohon dicek lagi nanti.", {}),
        ("Kenapa nama MK sudah berubah jadi Analisis Data? Mohon disesuaikan lagi seperti semula.", {}),
        ("Nama MK sudah berubah jadi Analisis Data Bisnis di kurikulum baru. Terima kasih infonya.", {}),
        ("Nama MK sudah berubah jadi Analisis Data Bisnis. Mohon kelas saya disesuaikan juga ya.", {}),
    ],
)
def test_a_name_changed_elsewhere_and_asked_for_here(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected
