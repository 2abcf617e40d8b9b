"""Near-misses around the change kinds of this round: lists a field cannot hold, suppositions, deliberations,
changes done or withdrawn, people and places that are no value, and news told in an announcement claim nothing."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes


def pairs(text: str, code: str | None = None, subject: str = "") -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, code, subject)}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # what names a course is never a person
        ("Dosen baru MK Pengantar Bisnis belum ditentukan.", ""),
        # a supposition about the field the subject names
        ("Seandainya nanti jadi 4, apakah bobot tugas ikut berubah?", "SKS Proyek Perangkat Lunak"),
    ],
)
def test_courses_and_suppositions_are_not_values(text: str, subject: str) -> None:
    assert pairs(text, subject=subject) == {}


@pytest.mark.parametrize(
    "text",
    [
        # two semesters or two short names cannot both be the value
        "Please set the semester to Ganjil 2026/2027 and Genap 2026/2027.",
        "Short name diganti jadi IF101-A dan IF101-B?",
    ],
)
def test_lists_a_field_cannot_hold_claim_nothing(text: str) -> None:
    assert pairs(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # a replacement asked about or not yet decided; a person replaced with no field named
        "Should we replace Mr. Tan with Ms. Nur Aisyah as the lecturer? Nothing is decided yet.",
        "Could you replace the old handout with the new one?",
    ],
)
def test_replacements_that_claim_nothing(text: str) -> None:
    assert pairs(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # done by someone, asked about, a permission for others, or withdrawn later in the sentence
        "We changed the course name last week to Applied Robotics, thanks for your help!",
        "Could you tell me who set the enrolment key to abc123?",
        "Can students change their class themselves from TI-1A to TI-1B?",
        "Kemarin saya minta diganti jadi 3 SKS, tapi ternyata tetap 2 SKS saja, jadi tidak usah diubah.",
    ],
)
def test_changes_done_asked_about_or_withdrawn_claim_nothing(text: str) -> None:
    assert pairs(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # a courtesy word alone, a deadline's title, a building and a room are nobody and no class
        "Kepada Bapak/Ibu dosen pengampu:\n\nmohon unggah RPS sebelum Jumat.",
        "Pengumuman untuk dosen mulai besok:\nBatas Akhir Unggah RPS Semester Ganjil",
        "Info: dosen bilang kuliah Jumat pindah ke GU 705 ya.",
        "Kelas hari ini pindah ke GU 702.",
        # one's own name on one's account is not a course's name
        "Nama di akun e-learning saya salah ketik, seharusnya Putri Ayu Lestari.",
    ],
)
def test_people_and_places_that_are_no_value(text: str) -> None:
    assert pairs(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who teaches, in the text of an announcement asked for, is news for students
        (
            "Mohon dibuatkan pengumuman di course Kriptografi. Isi: Mulai pertemuan 8, mata kuliah Kriptografi diampu "
            "oleh Ibu Ratih Purnamasari, M.Kom. Jadwal tidak berubah.",
            {},
        ),
        # a change asked for with its own verb stays, announcement or not
        (
            "Mohon dosen pengampu diganti menjadi Ibu Ratih Purnamasari, M.Kom. dan diumumkan ke mahasiswa.",
            {"lecturer": "Ratih Purnamasari, M.Kom."},
        ),
    ],
)
def test_news_in_an_announcement_is_not_a_change(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected
