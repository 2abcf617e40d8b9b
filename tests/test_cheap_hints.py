"""Readers that search a cheap hint before compiling a per-name pattern find what the whole pattern finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from daemon.classify.course_name_shape import LINE_NAME
from daemon.classify.course_name_slashed import other_side, widened
from daemon.classify.renamed_by_name import leads_to_new, renamed_by_name, renaming

NAME = "Sistem Basis Data"
# Words around the name that lead to a new one, open a rename, or only look like it; quotes, a code and line breaks.
PIECES = st.sampled_from(
    [
        NAME,
        NAME.upper(),
        "sistem basis data",
        "Sistem Basis",
        "ubah",
        "ganti",
        "change",
        "rename",
        "nama",
        "menjadi",
        "jadi",
        "ke",
        "to",
        "into",
        "with",
        "should",
        "will be called",
        "be named",
        "go by",
        "now",
        "(IF2204)",
        '"',
        "“",
        "”",
        "/",
        "Lab",
        "Jaringan Komputer",
        ".",
        "\n",
        "please",
    ]
)
TEXTS = st.lists(PIECES, max_size=14).map(" ".join)


@given(TEXTS)
def test_a_rename_by_name_is_searched_wherever_the_whole_pattern_matches(text: str) -> None:
    if renaming(NAME).search(text):
        assert leads_to_new(text, NAME)


def test_a_rename_by_name_is_still_read() -> None:
    change = renamed_by_name("Mohon ubah Sistem Basis Data menjadi Sistem Basis Data Lanjut. Terima kasih.", NAME)
    assert change is not None and change.value == "Sistem Basis Data Lanjut"
    assert renamed_by_name("Sistem Basis Data sudah benar, hanya dosennya yang perlu diganti.", NAME) is None


def _widened_by_whole_patterns(name: str, text: str) -> str:
    """What widened reads by its whole patterns alone, no hint searched first (as it read before the hints)."""
    escaped, side = re.escape(name), rf"({LINE_NAME})"
    after = re.search(rf"(?<![\w/]){escaped}[ \t]+/[ \t]+{side}", text)
    if after and (other := other_side(after.group(1))):
        return f"{name} / {other}"
    before = re.search(rf"{side}[ \t]+/[ \t]+{escaped}(?![\w/])", text)
    if before and (other := other_side(before.group(1))):
        return f"{other} / {name}"
    return name


@given(TEXTS)
def test_a_slashed_name_reads_as_its_whole_patterns_do(text: str) -> None:
    assert widened(NAME, text) == _widened_by_whole_patterns(NAME, text)
