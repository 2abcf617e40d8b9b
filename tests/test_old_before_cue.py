"""A field told as it was ("Previously the lecturer was X", "Dulu pengampunya X") names the old value: it is never
claimed as the new one; nor is a value the writer gives as themself ("the lecturer is me, X"), which says who they
are, when a new one is named too. Written before the rule, in voices tune37 (where the kind was found: a lecturer's
Google-Translate English, "Before the lecturer is me, X") does not use; the first three held already."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes

TOLD_BEFORE = (
    (
        "Dear P4M,\n\nPreviously the lecturer was Ir. Bambang Wijaya, M.T., but he retired in October. The new "
        "lecturer is Dr. Sinta Maharani, S.T., M.Eng. for course ME2201 Mekanika Fluida.\n\nThanks,\nSinta",
        "ME2201",
        "Ir. Bambang Wijaya, M.T.",
        "Dr. Sinta Maharani, S.T., M.Eng.",
    ),
    (
        "Halo min, MK AK2104 Akuntansi Biaya dulu pengampunya Pak Rudi Hartono, S.E., M.Ak. tapi beliau sudah "
        "pindah. Mohon diganti menjadi Lestari Wulandari, S.E., M.Ak. ya.",
        "AK2104",
        "Pak Rudi Hartono, S.E., M.Ak.",
        "Lestari Wulandari, S.E., M.Ak.",
    ),
    (
        "Good morning. Originally the short name was EL-2A-SK; please set it to EL2206-SK from this term on.",
        "EL2206",
        "EL-2A-SK",
        "EL2206-SK",
    ),
)


@pytest.mark.parametrize(("body", "code", "old", "new"), TOLD_BEFORE, ids=("previously", "dulu", "originally"))
def test_the_value_told_as_it_was_is_not_claimed(body: str, code: str, old: str, new: str) -> None:
    values = {change.value for change in find_changes(body, code)}
    assert old not in values and old.removeprefix("Pak ") not in values
    assert values == {new}


def test_a_courtesy_before_the_request_is_no_old_value() -> None:
    body = "Sebelumnya terima kasih. Nama MK IF2201 mohon diubah menjadi Basis Data Terapan."
    assert [(change.field, change.value) for change in find_changes(body, "IF2201")] == [
        ("fullname", "Basis Data Terapan")
    ]


WRITER_AS_THE_VALUE = (
    (
        "Hello po. Until last week the lecturer is me, Mark Anthony Reyes, MIT. Now the new lecturer is Dr. Joanna "
        "Cruz, M.Sc. for MT2105 Robotics. Salamat po!",
        "MT2105",
        "Dr. Joanna Cruz, M.Sc.",
    ),
    (
        "The lecturer: me, Yudi Pratama, M.Kom. (until November).\nNew lecturer: Dr. Rina Kusuma, M.T.",
        "IF2205",
        "Dr. Rina Kusuma, M.T.",
    ),
)


@pytest.mark.parametrize(("body", "code", "new"), WRITER_AS_THE_VALUE, ids=("filipino", "labelled"))
def test_the_writer_named_as_themself_gives_way_to_the_new_one(body: str, code: str, new: str) -> None:
    assert [change.value for change in find_changes(body, code)] == [new]


def test_the_writer_named_as_the_new_one_is_still_read() -> None:
    body = "Mulai semester ini pengampu baru MK IF2205 adalah saya, Yudi Pratama, M.Kom. Mohon diperbarui."
    assert [change.value for change in find_changes(body, "IF2205")] == ["Yudi Pratama, M.Kom."]
