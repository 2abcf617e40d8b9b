"""The new value of a table's plain column whose field the mail asks, outside the table, to change.

"Kode MK | Nama MK | SKS baru | Kelas" over "AK2104 | Perpajakan I | 4 | AK-2C Malam", then "Tolong SKS dan kelasnya
disesuaikan": the heading "Kelas" says no side, the sentence that asks for the class says the row holds its new
value. A class column beside a change asked of another field only says which class ("Kode | Kelas | Short name
baru" with "Mohon short name diganti"), and is not read."""

from __future__ import annotations

from daemon.classify.change_words import cues, is_old_side
from daemon.classify.column_heads import Side
from daemon.classify.connector_value import VERB_IN_SENTENCE, line_of
from daemon.classify.found_change import FoundChange
from daemon.classify.headed_records import new_value
from daemon.classify.headed_rows import headed_tables
from daemon.classify.wording import sentence_around

# Fields whose value is known by its shape alone; a name or a person in a plain column may be the current one.
_SHAPED = frozenset({"class", "credits", "semester"})


def _asked_outside_tables(text: str) -> set[str]:
    """The shaped fields named, not as the old value, in a sentence with a change verb on a line that is no row."""
    asked = set()
    for field, cue in cues(text):
        line = line_of(text, cue.start())
        if field not in _SHAPED or is_old_side(cue) or "|" in line or "\t" in line:
            continue
        start, end = sentence_around(text, cue.start())
        if VERB_IN_SENTENCE.search(text, start, end):
            asked.add(field)
    return asked


def asked_columns(text: str, found: set[str]) -> list[FoundChange]:
    """The first table's cell under a plain heading of each field asked outside the tables and not read yet."""
    changes: list[FoundChange] = []
    tables = headed_tables(text)
    asked = _asked_outside_tables(text) - found if tables else set()
    for table in tables[:1]:
        for head, (cell, start), label in zip(table.heads, table.first_row, table.labels, strict=False):
            if head is None or head.side is not Side.PLAIN or head.field not in asked:
                continue
            if (value := new_value(head.field, cell, [])) is not None:
                at = text.find(value, start)
                at = start if at < 0 else at
                changes.append(FoundChange(head.field, value, f"plain column {label!r}, asked in the text", at, at + len(value)))
                asked.discard(head.field)
    return changes
