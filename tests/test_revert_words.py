"""The one lexicon of revert words: both text forms accept the same words, and each reader knows the words that only
one of them knew before the lexicons were joined."""

from __future__ import annotations

import re

import pytest

from daemon.classify.casual_words import normalise
from daemon.classify.changes import find_changes
from daemon.classify.course_name_reverted import reverted_name
from daemon.classify.revert_words import REVERT, REVERT_IN_RAW_TEXT
from daemon.classify.rules import RULES


@pytest.mark.parametrize(
    "words",
    [
        "dikembalikan",
        "ngembaliin",
        "kembali ke",
        "dibalikna",
        "dipulihkan",
        "reverting",
        "restored",
        "rolled back",
        "undo",
        "switch the course title back",
        "go back",
        "back to its original",
    ],
)
def test_both_text_forms_read_the_same_words(words: str) -> None:
    assert re.fullmatch(f"(?:{REVERT})", normalise(words))
    spaced = words.replace(" ", " \t\n ").upper()
    assert re.fullmatch(f"(?:{REVERT_IN_RAW_TEXT})", spaced, re.IGNORECASE)


def test_a_value_asked_back_by_dipulihkan_is_read() -> None:
    changes = find_changes("Short name-nya mohon dipulihkan seperti semula, yaitu KIM-2B.", None)
    assert {change.field: change.value for change in changes} == {"shortname": "KIM-2B"}


def test_a_rename_to_restore_names_the_course_as_it_stands() -> None:
    text = 'The course was renamed to "Applied Optics" by mistake last week; please restore it.'
    assert reverted_name(text) == "Applied Optics"


def test_a_field_restored_to_its_former_value_is_a_change_asked() -> None:
    reverted = next(rule for rule in RULES if rule.name == "change reverted")
    assert reverted.reason(normalise("Could you restore the short name to the previous one?"))
    assert not reverted.reason(normalise("Could you restore the quiz I deleted yesterday?"))
