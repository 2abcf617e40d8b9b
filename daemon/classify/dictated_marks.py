"""A text dictated to a phone without a mark typed: the punctuation its writer spoke ("titik", "full stop") written."""

from __future__ import annotations

import re

# Any mark typed by hand (a clock's "13.00" is no sentence mark): a text that has one was not dictated mark-less.
_TYPED_MARK = re.compile(r"[!?;:]|[.,](?!\d)")
# The words a voice keyboard writes out when told to write a mark, with the space before them.
_SPOKEN = (
    ("titik dua", ":"),
    ("titik koma", ";"),
    ("tanda tanya", "?"),
    ("tanda seru", "!"),
    ("baris baru", "\n"),
    ("titik", "."),
    ("koma", ","),
    ("full stop", "."),
    ("period", "."),
    ("comma", ","),
    ("question mark", "?"),
    ("exclamation mark", "!"),
    ("new line", "\n"),
)
_SPOKEN_MARK = re.compile(
    r"[ \t]+(" + "|".join(words.replace(" ", r"[ \t]+") for words, _ in _SPOKEN) + r")\b", re.IGNORECASE
)
_MARKS = dict(_SPOKEN)
# A sentence or two typed without marks is only short; a dictated text runs on.
_DICTATED_WORDS = 15


def spoken_marks_written(text: str) -> str:
    """The text with each spoken mark written in its place, padded so every other character keeps its offset; a text
    with a mark typed anywhere, or too short to tell, is returned as it is."""
    if _TYPED_MARK.search(text) or len(text.split()) < _DICTATED_WORDS:
        return text

    def written(spoken: re.Match[str]) -> str:
        mark = _MARKS[" ".join(spoken.group(1).lower().split())]
        return mark + " " * (len(spoken.group(0)) - 1)

    return _SPOKEN_MARK.sub(written, text)
