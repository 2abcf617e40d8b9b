"""A lecturer asked for with words between the role and the person: the course ("Mohon ditambahkan dosen team teaching
untuk MK X (KODE): Ir. Y") or the addition told, then who ("Tim pengajar MK X ditambah satu orang, yaitu Y")."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_words import COURSE, cues, is_old_side
from daemon.classify.found_change import FoundChange
from daemon.classify.values import VALUE_READERS
from daemon.classify.wording import sentence_around

# The request, in the sentence before the role: a person added, put in or changed.
_ASKED = re.compile(
    r"\b(?:mohon|tolong|minta|harap|please|pls|kindly|could\syou|can\syou|would\syou)\b[^.!?\n]{0,40}?"
    r"\b(?:(?:di)?tambah(?:kan)?|add|include|(?:di)?masukkan|(?:di)?ganti(?:kan)?|(?:di)?ubah|change|replace|"
    r"assign|(?:di)?perbarui|update)\b",
    re.IGNORECASE,
)
# What stands between the role and the colon: the course it is for, never another value or a clause.
_FOR_COURSE = re.compile(r"[ \t]+(?:untuk|utk|pada|di|for|of|to|in)[ \t]+[^:.!?\n;,=]{2,70}?[ \t]*:[ \t]*", re.I)
# "ditambah satu orang, yaitu", "has been joined by one more colleague, namely": a person added, then named.
_ADDED_NAMELY = re.compile(
    r"[^.!?\n]{0,70}?\b(?:(?:di)?tambah(?:kan)?|bertambah|add(?:ed)?|joined\sby|(?:di)?ganti|berganti|changed)\b"
    r"(?P<tail>[^.!?\n:]{0,30}?)(?:[ \t]*+,?[ \t]*\b(?:yaitu|yakni|namely|ialah)\b|[ \t]*:)[ \t]*",
    re.IGNORECASE,
)

_WHERE_TO = re.compile(r"\b(?:ke|to|into|di|in|pada|berikut|following|" + COURSE + r"|kelas|class)\b", re.IGNORECASE)


def _read_after(flat: str, asked_at: int, start: int, source: str) -> FoundChange | None:
    line_end = flat.find("\n", start)
    read = VALUE_READERS["lecturer"](flat, start, len(flat) if line_end < 0 else line_end)
    if read is None:
        return None
    found = flat.find(read[0], start, read[1] + 1)
    change = FoundChange("lecturer", read[0], source, found, found + len(read[0]))
    return change if found >= 0 and not unsure(flat, asked_at, asked_at, change.span) else None


def added_with_colon(flat: str) -> FoundChange | None:
    for field, cue in cues(flat):
        if field != "lecturer" or is_old_side(cue):
            continue
        if not (to_course := _FOR_COURSE.match(flat, cue.end())):
            continue
        asked = _ASKED.search(flat, sentence_around(flat, cue.start())[0], cue.start())
        if not asked:
            continue
        # "... dosen pengampu untuk kelas TI-2A: Dr. X, nama MK: Y": the colon belongs to this role alone.
        if any(other != "lecturer" for other, _ in cues(flat[cue.end() : to_course.end()])):
            continue
        source = f"asked, after its course: {' '.join(asked.group(0).split())} …:"
        if change := _read_after(flat, asked.start(), to_course.end(), source):
            return change
    return None


def added_namely(flat: str) -> FoundChange | None:
    for field, cue in cues(flat):
        if field != "lecturer" or is_old_side(cue) or not (added := _ADDED_NAMELY.match(flat, cue.end())):
            continue
        if any(other != "lecturer" for other, _ in cues(flat[cue.end() : added.end()])):
            continue
        # "... ditambahkan ke course berikut: Fisika": what follows is where the person goes, not who.
        if _WHERE_TO.search(added.group("tail")):
            continue
        words = " ".join(added.group(0).split()[-3:])
        if change := _read_after(flat, cue.start(), added.end(), f"added, then named: … {words}"):
            return change
    return None
