"""Find a course change the mail reports already made, with no new trouble told after it."""

# "Perubahan pengampu di e-learning sudah dilakukan oleh admin prodi", "the change was already made by our office":
# the decree or letter beside it is sent for the file. "Sudah dilakukan, tapi mahasiswa masih melihat nama lama" brings
# a new problem and is read as that.

from __future__ import annotations

import re

from daemon.classify.intent import new_problem

_MADE = re.compile(
    r"\b(?:perubahan|penggantian|pergantian|pembaruan|the (?:change|update|rename|renaming))(?: [a-z0-9-]+){0,6}? "
    r"(?:sudah|telah|already|has been|have been|was|were)(?: (?:already|juga|pun))? (?:dilakukan|dilaksanakan|"
    r"diproses|dikerjakan|diterapkan|selesai|beres|made|done|carried out|applied|completed|processed)\b"
)


def change_reported_made(text: str) -> str | None:
    """The words of the normalised text that report a course change already made, unless a new problem follows."""
    found = _MADE.search(text)
    return found.group(0) if found and not new_problem(text) else None
