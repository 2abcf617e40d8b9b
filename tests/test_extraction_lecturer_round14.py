"""The new lecturer among many people named, and where that person's name stops: an identity number, a phone, a
unit or a note in brackets end it; a nickname in quotes is part of it; a team list's line marked new, the person after
"digantikan oleh", an affiliation or an apposition before "will take over" name the new one; witnesses, stand-ins and
lecturers who stay claim nothing."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes
from daemon.classify.lecturer_marked_new import marked_new_in_list, new_one_in_apposition, replaced_by_person


def pairs(text: str) -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a staff number after the degrees, no comma between
        (
            "Dosen pengampu MK Geologi Teknik (GT2101) diganti ke Wahyu Prasetya, S.T., M.Sc. NIK 117203 ya.",
            "Wahyu Prasetya, S.T., M.Sc.",
        ),
        # a phone after the degrees, labelled by its capitals
        (
            "Please change the lecturer of Soil Mechanics (CE2204) to Hamzah Idris, M.Eng. WA 0813 2222 9090 thanks.",
            "Hamzah Idris, M.Eng.",
        ),
        # capitals after the degrees with no comma before them, no known degree: the person's group
        (
            "Pengampu MK Konversi Energi (KE3101) diganti ke Dimas Arya, S.T., M.T. KBK Energi Terbarukan, makasih.",
            "Dimas Arya, S.T., M.T.",
        ),
        # a workplace in brackets after the degrees
        (
            "Pengampu MK Audit Internal (AK3301) diganti menjadi Yosua Tambunan, S.E., M.Ak. (PT Sucofindo) mulai UTS.",
            "Yosua Tambunan, S.E., M.Ak.",
        ),
        # a note in brackets that names the person replaced
        (
            "Dosen MK Irigasi (SI3105) mohon diganti jadi Komang Adi, S.T., M.T. (Gantikan Pak Made) ya.",
            "Komang Adi, S.T., M.T.",
        ),
        # a term in brackets
        (
            "Instructor of Ship Stability (NA2104) changes to Capt. Lukas Berg, M.Mar. (Even) please.",
            "Capt. Lukas Berg, M.Mar.",
        ),
        # a university in brackets still belongs to the name
        (
            "Dosen pengampu MK Hidrolika (SI2102) diganti menjadi Dr. Ratna Sembiring, M.Eng. (Delft) mulai Senin.",
            "Dr. Ratna Sembiring, M.Eng. (Delft)",
        ),
        # a nickname in quotes between the given and the family name
        (
            'Mohon dosen MK Desain Grafis (DG1102) diganti menjadi Andreas "Andre" Wijaya, S.Ds.',
            'Andreas "Andre" Wijaya, S.Ds.',
        ),
        # a Malaysian technologist's title before the doctorate
        (
            "Kindly replace the lecturer of Process Control (CH3102) with Ts. Dr. Azlan bin Yusof, as discussed.",
            "Ts. Dr. Azlan bin Yusof",
        ),
        # an affiliation, then an apposition, before "will take over" / "will be replacing"
        (
            "Dr. Wong Mei Ling (NTU) will take over Signals and Systems (EE2101) next month; please update it.",
            "Dr. Wong Mei Ling",
        ),
        (
            "Mr. Farhan Ali, M.Sc., a former industry engineer, will be replacing Dr. Cole as lecturer of Robotics "
            "(RB3101).",
            "Farhan Ali, M.Sc.",
        ),
    ],
)
def test_the_new_lecturer_stops_where_the_name_stops(text: str, expected: str) -> None:
    assert pairs(text).get("lecturer") == expected


def test_one_line_of_a_team_list_marked_new_names_the_new_lecturer() -> None:
    text = (
        "Dosen pengampu MK Biokimia (BK2201) semester ini:\n"
        "- Prof. Dr. Hasnah Lubis, M.Si.\n"
        "- Yudha Pranata, S.Si., M.Sc. (new)\n"
        "Terima kasih.\n"
    )
    change = marked_new_in_list(text)
    assert change is not None and change.value == "Yudha Pranata, S.Si., M.Sc."


def test_two_lines_marked_new_leave_who_in_doubt() -> None:
    text = (
        "Dosen pengampu MK Biokimia (BK2201):\n"
        "1. Yudha Pranata, S.Si., M.Sc. (baru)\n"
        "2. Nia Ramadhani, S.Si., M.Si. (baru)\n"
    )
    assert marked_new_in_list(text) is None


def test_the_titled_person_after_digantikan_oleh_is_the_new_lecturer() -> None:
    text = (
        "Saya mutasi ke Politeknik lain, jadi MK Rangkaian Listrik (EL1201) digantikan oleh Bu Sinta Maharani, "
        "S.T., M.T. Tolong nama dosen di e-learning disesuaikan."
    )
    change = replaced_by_person(text)
    assert change is not None and change.value == "Sinta Maharani, S.T., M.T."


@pytest.mark.parametrize(
    "text",
    [
        # a stand-in for one meeting, after "digantikan oleh"
        "Kuliah MK Rangkaian Listrik (EL1201) hari Kamis digantikan oleh Pak Dedi Irawan, M.T. untuk satu pertemuan; "
        "dosen pengampu tetap saya.",
        # an untitled word after "digantikan oleh" is no person told by its title or degree
        "Dosen pengampu bilang ruang praktikum MK Rangkaian Listrik (EL1201) digantikan oleh Lab Dasar.",
        # an office changes hands
        "Kaprodi TI digantikan oleh Dr. Sinta Maharani, M.T. bulan ini; dosen pengampu MK EL1201 tetap.",
    ],
)
def test_no_lecturer_after_digantikan_oleh_for_a_stand_in_or_a_thing(text: str) -> None:
    assert replaced_by_person(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # witnesses with titles and their offices in brackets; only the key is asked
        "Atas persetujuan Dr. Rosa Amelia, M.T. (Kaprodi) dan Ir. Bonar Situmorang, M.T. (Koordinator MK), kunci "
        "enrol MK Hidrolika (SI2102) mohon diganti menjadi hidro2029.",
        # the lecturers said to stay and a guest for one talk
        "Untuk MK Hidrolika (SI2102), Bu Ratna Sembiring, M.Eng. tetap mengampu dan Dr. Hadi Gunawan hanya mengisi "
        "kuliah tamu. Yang perlu diubah hanya SKS-nya menjadi 3.",
    ],
)
def test_many_people_named_none_new_claim_no_lecturer(text: str) -> None:
    assert "lecturer" not in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person between commas after the role said new
        (
            "The new instructor of Pottery Studio (AR2103), Ms. Hana Okada, starts on Monday; kindly list her there.",
            "Hana Okada",
        ),
        (
            "Dosen baru MK Tata Rias (TR1102), Bu Wulandari Kusumo, S.Pd., mulai mengajar pekan depan.",
            "Wulandari Kusumo, S.Pd.",
        ),
    ],
)
def test_the_new_one_named_between_commas(text: str, expected: str) -> None:
    change = new_one_in_apposition(text)
    assert change is not None and change.value == expected


@pytest.mark.parametrize(
    "text",
    [
        # the apposition left open
        "Our new lecturer for Pottery Studio, Ms. Hana Okada and Mr. Lee are both away.",
        # the new colleague asks for something else
        "Dosen baru kami, Bu Wulandari Kusumo, S.Pd., minta nama MK Tata Rias (TR1102) diganti jadi Tata Rias Dasar.",
    ],
)
def test_an_apposition_that_tells_no_joining_names_nobody(text: str) -> None:
    assert new_one_in_apposition(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "put X in as the lecturer"
        (
            "For Glass Art (AR3105) please take Mr. Young off and put Ms. Ines Duarte, M.F.A. in as the lecturer.",
            "Ines Duarte, M.F.A.",
        ),
        # listed as the replacement of another, the verb in the passive before the name
        (
            "Mohon dicantumkan Ns. Yohana Tarigan, S.Kep., M.Kep. sebagai pengganti Bu Lina di MK Keperawatan Dasar "
            "(KP1101).",
            "Ns. Yohana Tarigan, S.Kep., M.Kep.",
        ),
        # the course between "akan mengampu" and "menggantikan"
        (
            "Elisabeth Purba, S.Si., M.Si. akan mengampu MK Kimia Organik (KO2101) menggantikan Pak Tigor. Mohon "
            "pengampunya diperbarui.",
            "Elisabeth Purba, S.Si., M.Si.",
        ),
    ],
)
def test_the_person_put_in_or_replacing(text: str, expected: str) -> None:
    assert pairs(text).get("lecturer") == expected


def test_a_stand_in_who_replaces_the_writer_for_one_meeting_is_no_new_lecturer() -> None:
    text = (
        "Pak Dedi Irawan, M.T. akan mengajar MK Fisika Dasar (FI1101) menggantikan saya untuk pertemuan ke-3 saja. "
        "Dosen pengampu tetap saya."
    )
    assert "lecturer" not in pairs(text)
