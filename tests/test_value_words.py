"""The short fields of a change read in the kinds that need them set apart: a key that is a plain word, a value
named before its field, labels in markdown bold, classes with their shift, Roman semesters, dotted short names."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes
from daemon.classify.markdown_labels import plain_labels


def _read(text: str) -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Enrolment key kursus IF310 bocor.\nMohon diganti jadi: konsensus\n\nTerima kasih",
            {"enrolment_key": "konsensus"},
        ),
        (
            'Please change the self enrolment key of Computer Vision to "magnolia"? Thanks',
            {"enrolment_key": "magnolia"},
        ),
        ("Three things: the enrolment key becomes riverbank.\n\nCheers", {"enrolment_key": "riverbank"}),
        ("Please set the **enrolment key** for Robotics (RB3201) to **anatolia**.", {"enrolment_key": "anatolia"}),
        ("min, 'pelabuhan' itu key-nya yang baru buat MK Logistik Maritim.", {"enrolment_key": "pelabuhan"}),
        ("tolong set key: rajawali", {"enrolment_key": "rajawali"}),
        (
            "- **Semester baru:** Genap 2026/2027\n- **Short name baru**: BDL-GNP27\n",
            {"semester": "Genap 2026/2027", "shortname": "BDL-GNP27"},
        ),
        ("Mohon MK Perancangan Produk dipindahkan ke semester V sesuai kurikulum.", {"semester": "V"}),
        ("Mohon kelasnya diganti menjadi 2B Pagi. Mahasiswa 2A tidak ikut.", {"class": "2B Pagi"}),
        ("Revisi:\nkelas -> MB 2C (karyawan)\nsks -> 3", {"class": "MB 2C (karyawan)", "credits": "3"}),
        ("tolong short name-nya jadi KIMDAS.A ya.", {"shortname": "KIMDAS.A"}),
        ("MK ini 3 SKS, bukan 2 SKS seperti yang tertulis.", {"credits": "3"}),
        ("Mohon pindahkan course ini ke kategori Genap 2026/2027.", {"semester": "Genap 2026/2027"}),
        ("MK Kecerdasan Buatan tolong masukin ke smt 5 ya min, skrg msh di smt 6", {"semester": "5"}),
        (
            "shortname -> PCD-TI.5\nenrolment key -> `Laut@Dalam`",
            {"shortname": "PCD-TI.5", "enrolment_key": "Laut@Dalam"},
        ),
        ("key-nya tolong diganti jadi mangga ya min", {"enrolment_key": "mangga"}),
        ("Enrolment key diganti jadi samudra, soalnya yang lama bocor.", {"enrolment_key": "samudra"}),
        ("ganti ke kelas B malam", {"class": "B malam"}),
        ("kelasnya dipindah ke TI-2A sore ini juga", {"class": "TI-2A"}),
        ('Mohon ganti short name jadi "ALPRO 1A"', {"shortname": "ALPRO 1A"}),
        (
            "Mohon short name diganti jadi ALG-1A dan key-nya jadi Elang-1.",
            {"shortname": "ALG-1A", "enrolment_key": "Elang-1"},
        ),
        ("Mohon disesuaikan: sks 3, smt 5, kelas TI-3A.", {"credits": "3", "semester": "5", "class": "TI-3A"}),
        (
            "Mohon untuk Praktikum Fisika (FS1103): short name PRAKFIS-1; kelas FS-1B; key 'cahaya'.",
            {"shortname": "PRAKFIS-1", "class": "FS-1B", "enrolment_key": "cahaya"},
        ),
        ("Kelas AK2101 salah lah, bukan AK-2A, yang betul AK-2B Malam.", {"class": "AK-2B Malam"}),
    ],
)
def test_a_short_field_set_apart_is_read(text: str, expected: dict[str, str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mohon enrolment key diganti secepatnya.",
        "Enrolment key jadi kacau.",
        "The enrolment key is compromised.",
        "the enrolment key needs to be changed to something harder.",
        "Kemarin saya pakai 'apel' itu key-nya.",
        "Apakah 'apel' itu key-nya yang baru?",
        "'mangga' itu key-nya yang lama",
        "Course category: Teknik Informatika",
        "bukan 3 SKS, bukan 2",
        "tolong masukkan saya ke kelas TI-2A",
        "key-nya diganti dengan yang baru ya",
        "Mohon diganti: short name ALG-1A, dosen Pak Budi.",
        "Mohon untuk Praktikum Fisika (FS1103): kelas FS-1B.",
        "Enrolment key: Belum",
    ],
)
def test_a_word_not_set_apart_as_the_new_value_is_not_claimed(text: str) -> None:
    assert _read(text) == {}


def test_bold_labels_become_plain_in_place() -> None:
    text = "- **Semester baru:** Genap and **enrolment key** to **anatolia**"
    plain = plain_labels(text)
    assert len(plain) == len(text)
    assert plain == "-   Semester baru:   Genap and   enrolment key   to **anatolia**"
    # Every word keeps its place, so a cue's span points into the mail as written.
    assert plain.index("Semester") == text.index("Semester") and plain.index("enrolment") == text.index("enrolment")
