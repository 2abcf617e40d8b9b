"""A value told as what e-learning shows now ("yang tertulis sekarang dosennya X, padahal seharusnya Y") is the current
one; the value it ought to be is asked. Written before the rule, in voices tune39 (where the kind was found: a class
representative writing in Banjar) does not use."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes

RECORDED_THEN_OUGHT = (
    (
        "Di e-learning MK Basis Data (IF2204) yang tertulis sekarang dosennya Pak Joko Susilo, padahal seharusnya "
        "Ibu Rina Marlina, M.Kom. yang mengajar kami.",
        "IF2204",
        ("lecturer", "Rina Marlina, M.Kom."),
    ),
    (
        "Punten, di elearning yang tercantum saat ini pengampunya Bapak Dadang Supriatna, padahal mestinya "
        "Ibu Euis Komalasari, S.Pd., M.T.",
        None,
        ("lecturer", "Euis Komalasari, S.Pd., M.T."),
    ),
    (
        "Tabe', di kursus TS2103 masih tertulis dosennya Pak Andi Baso, harusnya Pak Muh. Ilham Syam, S.T., M.T.",
        "TS2103",
        ("lecturer", "Muh. Ilham Syam, S.T., M.T."),
    ),
)


@pytest.mark.parametrize(
    ("text", "code", "asked"), RECORDED_THEN_OUGHT, ids=("tertulis-sekarang", "tercantum-saat-ini", "masih-tertulis")
)
def test_the_value_shown_now_is_current_and_the_ought_value_is_asked(
    text: str, code: str | None, asked: tuple[str, str]
) -> None:
    assert [(change.field, change.value) for change in find_changes(text, code)] == [asked]


def test_a_lecturer_named_as_the_subject_still_asks_the_change_after_her() -> None:
    # The person who acts is no value shown now: "Dosennya Pak Hendro minta nama MK diubah jadi X".
    text = "Dosennya Pak Hendro Wibowo minta nama MK diubah jadi Statistika Terapan."
    assert [(change.field, change.value) for change in find_changes(text, None)] == [("fullname", "Statistika Terapan")]


SHOWN_THEN_RIGHT_FIELD_AFTER = (
    (
        'Di elearning untuk kode TM-2203 yang tertulis sekarang "Mekanika Fluida I" padahal seharusnya "Mekanika '
        'Fluida II". Mohon dibetulkan nama kursusnya.',
        ("fullname", "Mekanika Fluida II"),
    ),
    (
        'On the e-learning it says "Data Mining" but it should read "Data Mining and Analytics". Could you fix the '
        "course title, please?",
        ("fullname", "Data Mining and Analytics"),
    ),
    (
        'Kursus EL2101 tercantum "EL-2101-A", sedangkan harusnya "EL2101-PAGI". Tolong short name-nya diperbaiki.',
        ("shortname", "EL2101-PAGI"),
    ),
)


@pytest.mark.parametrize(
    ("text", "asked"), SHOWN_THEN_RIGHT_FIELD_AFTER, ids=("tertulis-padahal", "it-says-but", "tercantum-sedangkan")
)
def test_values_shown_then_right_take_the_field_named_in_the_next_sentence(text: str, asked: tuple[str, str]) -> None:
    assert [(change.field, change.value) for change in find_changes(text, None)] == [asked]


def test_two_values_compared_with_no_field_named_ask_nothing() -> None:
    text = 'Di modul 3 tertulis "Bab 2" padahal seharusnya "Bab 3". Sudah saya laporkan ke dosennya.'
    assert find_changes(text, None) == ()
