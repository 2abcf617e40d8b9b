"""A typo in a value mended on the next line with an asterisk, as chat writers do ("... jadi Jaringan Komputr Dasar\n
*Komputer"): the starred word takes the place of the value's word it resembles."""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from daemon.classify.found_change import FoundChange

# "*Komputer", "*Pemrograman, typo 🙏", "*Odhiambo-Otieno, sorry": the mended word first on its line.
_STARRED = re.compile(r"[ \t]*\*[ \t]?([^\s*,;:!?]+?)[.,;:!?]?(?=[\s,*]|$)")
# The starred line after the value's own (the mail client's wrapped lines are joined, so it may follow the rest of
# the value's line after a space).
_UP_TO_STAR = re.compile(r"[^\n*]{0,30}?(?:\n|(?<=\s))(?=[ \t]*\*)")
# A word and its mended form are alike but not the same: one or two letters slipped, a space for a hyphen.
_ALIKE = 0.8


def _resembled(value: str, starred: str) -> tuple[int, int] | None:
    """The span of the value's word, or of two adjacent words, that the starred word mends."""
    words = list(re.finditer(r"\S+", value))
    best: tuple[float, int, int] | None = None
    for index, word in enumerate(words):
        for last in (index, index + 1):
            if last >= len(words):
                break
            span = value[word.start() : words[last].end()]
            likeness = SequenceMatcher(None, span.casefold(), starred.casefold()).ratio()
            if span != starred and likeness >= _ALIKE and (best is None or likeness > best[0]):
                best = (likeness, word.start(), words[last].end())
    return None if best is None else (best[1], best[2])


def starred_fix(flat: str, change: FoundChange) -> FoundChange:
    """The change with its value mended by a starred word on the line after the value's, if there is one."""
    after = _UP_TO_STAR.match(flat, change.end)
    starred = _STARRED.match(flat, after.end()) if after else None
    if starred is None or not change.value or (span := _resembled(change.value, starred.group(1))) is None:
        return change
    value = change.value[: span[0]] + starred.group(1) + change.value[span[1] :]
    return replace(change, value=value, cue=f"{change.cue}, mended by '*{starred.group(1)}'")
