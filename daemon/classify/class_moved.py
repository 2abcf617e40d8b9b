"""A course moved "to class X" in a sentence that names the course: the class it is to have.

"Please move my course IA2301 Industrial Automation dari shift pagi ke class MK-5A Evening", "Could you transfer Web
Design (MM2104) to class MM-2B Evening?": the verb and the class stand words apart, with the course between them.
People moved to a class ("pindahkan mahasiswa saya ke kelas TI-2A") are enrolled, and are not read here."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_words import COURSE
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at

_MOVE = re.compile(
    r"\b(?:move[ds]?|moving|transfer(?:red)?|shift(?:ed)?|relocate[ds]?|(?:di)?pindah(?:kan|in)?|mindahin|put|place)\b",
    re.IGNORECASE,
)
# ... or put under it: "please put AN3104 Motion Graphics under class ANI-3B instead of ANI-3A"
_TO_CLASS = re.compile(r"\b(?:ke|to|into|under|in)[ \t]+(?:the[ \t]+)?(?:kelas|class|group)[ \t]+", re.IGNORECASE)
_COURSE_NAMED = re.compile(rf"\b(?:{COURSE}|it)\b|\b[A-Z]{{2,4}}[ -]?\d{{3,4}}\b|\bnya\b", re.IGNORECASE)
_PEOPLE = re.compile(r"\b(?:mahasiswa|mhs|siswa|students?|peserta|participants?|NIM|atas\snama|a\.n\.)\b", re.I)


# The verb stands within a sentence's reach before the class; a request moves its course once or twice, so only
# the first mentions of a class moved to are weighed (hostile text repeats them by the thousand).
_REACH = 200
_MENTIONS = 20
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s)|\n")


def _sentence_start(flat: str, position: int) -> int:
    window_start = max(0, position - _REACH)
    breaks = [found.end() for found in _SENTENCE_BREAK.finditer(flat, window_start, position)]
    return breaks[-1] if breaks else window_start


def moved_to_class(flat: str) -> FoundChange | None:
    for index, to_class in enumerate(_TO_CLASS.finditer(flat)):
        if index == _MENTIONS:
            break
        sentence_start = _sentence_start(flat, to_class.start())
        # "move my course X dari shift pagi ke class Y": the verb whose object is the course, not a later "shift".
        move = next(
            (
                verb
                for verb in _MOVE.finditer(flat, sentence_start, to_class.start())
                if _COURSE_NAMED.search(flat, verb.end(), to_class.start())
                and not _PEOPLE.search(flat, verb.end(), to_class.start())
            ),
            None,
        )
        if move is None:
            continue
        read = value_at(flat, "class", to_class.end(), len(flat))
        if read is None or read.start != to_class.end():
            continue
        change = FoundChange(
            "class", read.value, f"moved to class: {move.group(0)} … {to_class.group(0).strip()}", read.start, read.end
        )
        if not unsure(flat, move.start(), move.start(), change.span):
            return change
    return None
