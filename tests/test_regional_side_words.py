"""Regional words for the new and the old side ("anyar", "hanyar", "enggal"; "lawas", "heubeul") stand where
Indonesian writes "baru" and "lama". Written before the rule, in Javanese, Sundanese and Banjar voices other than the
one tune39 (where the kind was found: a Banjar lab assistant) uses."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes

SIDES = (
    (
        "Nyuwun sewu, dosen pengampu MK Akuntansi Biaya ganti.\nDosen anyar: Dra. Sri Rahayu, M.Si.",
        "lecturer",
        "Dra. Sri Rahayu, M.Si.",
    ),
    (
        "Punten, enrolment key kursus Statistika diganti nya.\nKey heubeul: stat2025\nKey anyar: Stat#Bdg26",
        "enrolment_key",
        "Stat#Bdg26",
    ),
    (
        "Assalamualaikum, short name MK Hidrolika handak diganti.\n"
        "Short name lawas: HIDRO\nShort name hanyar: HIDRO-TS3A",
        "shortname",
        "HIDRO-TS3A",
    ),
)


@pytest.mark.parametrize(("text", "field", "value"), SIDES, ids=("anyar", "heubeul-anyar", "lawas-hanyar"))
def test_the_regional_new_side_names_the_value(text: str, field: str, value: str) -> None:
    assert [(change.field, change.value) for change in find_changes(text, None)] == [(field, value)]


def test_the_regional_old_side_alone_asks_nothing() -> None:
    assert find_changes("Kelas lawas: TI-2A. Niki namung informasi mawon.", None) == ()


def test_malay_kod_pendaftaran_is_the_enrolment_key() -> None:
    text = "Dimaklumkan bahawa kod pendaftaran kursus Asas Perakaunan perlu ditukar.\nKod pendaftaran baharu: APK-BN26"
    assert [(change.field, change.value) for change in find_changes(text, None)] == [("enrolment_key", "APK-BN26")]


# The right value said in regional words where Indonesian writes "yang benar": Sundanese "nu leres (mah)", Javanese
# "sing bener"/"sing leres", Jakarta "yang bener". Found in tune43 (a Sundanese lecturer's class); new fields here.
RIGHT_SIDES = (
    (
        "Kang, nami dosen di e-learning MK Fisika Dasar teh lepat. Nu leres mah Dr. Ujang Suherman, M.T.",
        "lecturer",
        "Dr. Ujang Suherman, M.T.",
    ),
    (
        "Mas, enrolment key MK Statistika isih salah, sing bener Stat-JTG26 ya.",
        "enrolment_key",
        "Stat-JTG26",
    ),
    (
        "Min, short name MK Hidrolika masih HIDRO doang, padahal yang bener HIDRO-TS3A. Ganti dong.",
        "shortname",
        "HIDRO-TS3A",
    ),
)


@pytest.mark.parametrize(("text", "field", "value"), RIGHT_SIDES, ids=("nu-leres-mah", "sing-bener", "yang-bener"))
def test_the_regional_right_value_is_the_new_value(text: str, field: str, value: str) -> None:
    assert [(change.field, change.value) for change in find_changes(text, None)] == [(field, value)]
