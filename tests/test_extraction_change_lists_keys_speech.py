"""Change values of kinds the opened part7 (requests-tune10) showed: a numbered list is no value, a key that ends
its line with "!" is not claimed, a specific cue wins over a bare "kode", who teaches now in spoken verbs, a class
with its cohort's year, a word of address after a name; with the near-misses around each."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes


def pairs(text: str, code: str | None = None, subject: str = "") -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, code, subject)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number of an item that opens a line is not a semester or a credit count named above the list
        (
            "Mohon dosen MK Fisika diganti jadi Dr. Ani Wulan.\n\nSemester genap, tembusan:\n1. Kajur\n2. Arsip",
            {"lecturer": "Dr. Ani Wulan"},
        ),
        ("Credits of EN2101:\n1) see the attached curriculum\n2) see the minutes", {}),
        # a number alone on its line, or ending the sentence, is still the value
        ("Jumlah SKS mohon diubah menjadi:\n3\nTerima kasih", {"credits": "3"}),
        ("Tolong semesternya dipindah ke 4. Makasih", {"semester": "4"}),
    ],
)
def test_a_numbered_list_is_no_value(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a key that ends its line with "!": the key's own mark or the writer's, so no key is claimed
        ("Please change the enrolment key to Geo#Lab27!", {}),
        ("kunci enrol tolong diganti jadi kimia2027!\nSoalnya yang lama bocor.", {}),
        # inside the key, or with the sentence going on after it, the mark is plain
        ("Please change the enrolment key to Geo!Lab27.", {"enrolment_key": "Geo!Lab27"}),
        ("Enrolment key diganti ke mesin-27! Makasih", {"enrolment_key": "mesin-27"}),
        ("Could you set the enrolment key to stat-27? Thanks!", {"enrolment_key": "stat-27"}),
    ],
)
def test_a_closing_exclamation_after_a_key(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kodenya salah tulis, bukan EL2201 tapi EL2210. Nama singkatnya tetap diganti jadi ELDAS-B.", "ELDAS-B"),
        (
            "Maaf, kode saya keliru: bukan IF2103 melainkan IF2130. Short name mohon diubah menjadi BASDAT-B.",
            "BASDAT-B",
        ),
        # a bare "kode" alone still names the short name
        ("Kode course IF3201 mohon diganti jadi IF3201-B.", "IF3201-B"),
    ],
)
def test_a_specific_cue_wins_over_a_bare_code(text: str, expected: str) -> None:
    assert pairs(text) == {"shortname": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Di e-learning masih nama saya. Yang mengajar sekarang Dra. Wati Lubis, M.Pd.",
            {"lecturer": "Dra. Wati Lubis, M.Pd."},
        ),
        ("tlg ganti dosennya, yg ngampu skrg pak Tigor Simbolon", {"lecturer": "Tigor Simbolon"}),
        ("Mohon diganti ya, yang pegang saat ini Bu Rina Marlina, S.E.", {"lecturer": "Rina Marlina, S.E."}),
        # who teaches now, said to be still the same, names no new lecturer
        ("Yang ngajar sekarang masih Pak Joko, itu sudah benar.", {}),
        ("Yang mengajar sekarang saya sendiri, jadi tidak perlu diubah.", {}),
    ],
)
def test_who_teaches_now_in_spoken_verbs(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Class: GLB-2027\n- Credits: 2", {"class": "GLB-2027", "credits": "2"}),
        ("Mohon kelasnya diubah menjadi KRJ-2026 ya.", {"class": "KRJ-2026"}),
        # a year with a slash or a room number is no class
        ("Mohon kelasnya diubah menjadi TA-2026/2027.", {}),
        ("Kelas pindah ke GU-705 mulai besok.", {}),
    ],
)
def test_a_class_with_its_cohort_year(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


def test_should_still_become() -> None:
    assert pairs("The short name should still become ELDAS-B.") == {"shortname": "ELDAS-B"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tolong nama matkul diubah jd Statistika Terapan kak, makasih", "Statistika Terapan"),
        ("nama course minta diganti jadi Jaringan Komputer Dasar min. Thx", "Jaringan Komputer Dasar"),
        ("Nama MK mohon diganti menjadi Basis Data Lanjut Pak, terima kasih.", "Basis Data Lanjut"),
        # a course's own name may end in "Ibu"
        ("Mohon nama MK diubah menjadi Keperawatan Ibu. Terima kasih.", "Keperawatan Ibu"),
    ],
)
def test_a_word_of_address_after_a_name(text: str, expected: str) -> None:
    assert pairs(text) == {"fullname": expected}
