"""A class told as the one the writer teaches, against the one e-learning records ("terdaftar untuk kelas X, padahal
saya mengajar kelas Y"), is the class asked for; a writer listing the classes they teach asks nothing. Written
before the rule, in voices tune37 (where the kind was found: a lecturer asking her head of department's approval)
does not use."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes

TAUGHT = (
    ("Di e-learning course EL2201 terdaftar untuk kelas EL-2A, padahal saya mengajar kelas EL-2B.", "EL2201", "EL-2B"),
    ("The course ME2105 is set for class ME-2A, but I actually teach class ME-2C this term.", "ME2105", "ME-2C"),
    (
        "Course AK2203 di e-learning masih kelas AK-2A, padahal sekarang saya pegang kelas AK-2B Malam.",
        "AK2203",
        "AK-2B Malam",
    ),
)


@pytest.mark.parametrize(("text", "code", "taught"), TAUGHT, ids=("terdaftar", "english", "pegang"))
def test_the_class_the_writer_teaches_against_the_one_recorded_is_asked(text: str, code: str, taught: str) -> None:
    assert [(change.field, change.value) for change in find_changes(text, code)] == [("class", taught)]


def test_classes_the_writer_teaches_named_alone_ask_nothing() -> None:
    assert find_changes("Saya mengajar kelas TI-2A dan TI-2B. Bagaimana cara melihat nilai?", "TI2201") == ()
