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
