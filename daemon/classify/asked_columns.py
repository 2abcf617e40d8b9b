"""The new value of a table's plain column whose field the mail asks, outside the table, to change.

"Kode MK | Nama MK | SKS baru | Kelas" over "AK2104 | Perpajakan I | 4 | AK-2C Malam", then "Tolong SKS dan kelasnya
disesuaikan": the heading "Kelas" says no side, the sentence that asks for the class says the row holds its new
value. A class column beside a change asked of another field only says which class ("Kode | Kelas | Short name
baru" with "Mohon short name diganti"), and is not read."""

from __future__ import annotations

import re

from daemon.classify.change_words import cues, is_old_side
from daemon.classify.column_heads import Side
from daemon.classify.connector_value import VERB_IN_SENTENCE, line_of
from daemon.classify.found_change import FoundChange
from daemon.classify.headed_records import new_value
from daemon.classify.headed_rows import headed_tables
from daemon.classify.wording import sentence_around

# Fields whose value is known by its shape alone; a name or a person in a plain column may be the current one.
_SHAPED = frozenset({"class", "credits", "semester"})


_JOINED = re.compile(r"[ \t]*+(?:,|dan|and|serta|&)[ \t]++(?:the[ \t]++|its[ \t]++)?", re.IGNORECASE)
# A request names its fields a few times; only the first mentions are weighed (each reads its sentence from its line's
# start, and a pasted list or hostile text names them by the thousand).
_MENTIONS = 20


def _asked_outside_tables(text: str, fields: set[str]) -> set[str]:
    """Those of `fields` named, not as the old value, in a sentence with a change verb on a line that is no row."""
    asked = set()
    mentions = [(field, cue) for field, cue in cues(text) if field in fields]
    for field, cue in mentions[:_MENTIONS]:
        line = line_of(text, cue.start())
        if field in asked or is_old_side(cue) or "|" in line or "\t" in line:
            continue
        start, end = sentence_around(text, cue.start())
        # "Mohon perubahan dosen pengampu ... untuk kelas berikut": a class after another field's change only says
        # whose; "Tolong SKS dan kelasnya disesuaikan" joins the two changes.
        before = [other for _, other in cues(text[start : cue.start()])]
        if before and not _JOINED.fullmatch(text[start + before[-1].end() : cue.start()]):
            continue
        if VERB_IN_SENTENCE.search(text, start, end):
            asked.add(field)
    return asked


def asked_columns(text: str, found: set[str]) -> list[FoundChange]:
    """The first table's cell under a plain heading of each field asked outside the tables and not read yet."""
    changes: list[FoundChange] = []
    for table in headed_tables(text)[:1]:
        plain = {head.field for head in table.heads if head and head.side is Side.PLAIN and head.field in _SHAPED}
        asked = _asked_outside_tables(text, plain - found) if plain - found else set()
        for head, (cell, start), label in zip(table.heads, table.first_row, table.labels, strict=False):
            if head is None or head.side is not Side.PLAIN or head.field not in asked:
                continue
            if (value := new_value(head.field, cell, [])) is not None:
                at = text.find(value, start)
                at = start if at < 0 else at
                changes.append(
                    FoundChange(head.field, value, f"plain column {label!r}, asked in the text", at, at + len(value))
                )
                asked.discard(head.field)
    return changes
