"""A table typed with spaces in a plain-text client (a field per row, its current and new value in columns headed
"Lama/Baru" or "Current/New", with or without a dashed underline) is read like a table with bars; lines that only
happen to hold double spaces are not. Written before the rule, in voices tune39 (where the kind was found: a lab
assistant from Kupang) does not use."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes

UNDERLINED = """Dear helpdesk, as discussed, the changes for ME2104:

Field         Current            New
------------  -----------------  ------------------
Short name    THERMO-1           THERMO-ME2A
Credits       2                  3

Kind regards,
Pieter"""

BARE = """Nuwun sewu, perubahan kursus AK2201:

Data           Saiki          Anyar
Kelas          AK-2A          AK-2A Malam
Enrolment key  ak2201         Akun#Biaya26
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    (
        (UNDERLINED, [("shortname", "THERMO-ME2A"), ("credits", "3")]),
        (BARE, [("class", "AK-2A Malam"), ("enrolment_key", "Akun#Biaya26")]),
    ),
    ids=("underlined-english", "bare-javanese"),
)
def test_a_table_aligned_with_spaces_is_read_row_by_row(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((change.field, change.value) for change in find_changes(text, None)) == sorted(expected)


def test_double_spaces_between_sentences_make_no_table() -> None:
    text = "Kelas saya TI-2A.  Baru tahu hari ini.\nShort name sudah benar.  Lama tidak ada masalah."
    assert find_changes(text, None) == ()
