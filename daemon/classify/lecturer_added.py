"""A lecturer asked for with the course between the role and the person: "Mohon ditambahkan dosen team teaching untuk
MK X (KODE): Ir. Y", "Please add a co-lecturer to Control Systems (EL3205): Dr. Y"."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_words import cues, is_old_side
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


def added_with_colon(flat: str) -> FoundChange | None:
    for field, cue in cues(flat):
        if field != "lecturer" or is_old_side(cue):
            continue
        sentence_start = sentence_around(flat, cue.start())[0]
        asked = _ASKED.search(flat, sentence_start, cue.start())
        to_course = _FOR_COURSE.match(flat, cue.end())
        if not asked or not to_course:
            continue
        # "... dosen pengampu untuk kelas TI-2A: Dr. X, nama MK: Y": the colon belongs to this role alone.
        if any(other != "lecturer" for other, _ in cues(flat[cue.end() : to_course.end()])):
            continue
        line_end = flat.find("\n", to_course.end())
        read = VALUE_READERS["lecturer"](flat, to_course.end(), len(flat) if line_end < 0 else line_end)
        if read is None:
            continue
        found = flat.find(read[0], to_course.end(), read[1] + 1)
        change = FoundChange(
            "lecturer",
            read[0],
            f"asked, after its course: {' '.join(asked.group(0).split())} …:",
            found,
            found + len(read[0]),
        )
        if found >= 0 and not unsure(flat, asked.start(), asked.start(), change.span):
            return change
    return None
