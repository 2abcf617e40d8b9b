"""Changes written in words in a table's change column ("Kode MK | Nama MK | Perubahan", then "IF2208 | ... | SKS
2 -> 3"): each cell of the first row's change column read as the request it is."""

from __future__ import annotations

from dataclasses import replace

from daemon.classify.changes import find_changes
from daemon.classify.column_heads import CHANGE_COLUMN
from daemon.classify.found_change import FoundChange
from daemon.classify.headed_rows import headed_tables


def change_column_changes(text: str, code: str | None) -> tuple[FoundChange, ...]:
    """The changes the first row of each table says in its change column, placed where the cell stands; the
    rows of other courses below it are not this request's (the course is the first row's)."""
    found: list[FoundChange] = []
    for table in headed_tables(text):
        for label, (cell, start) in zip(table.labels, table.first_row, strict=False):
            if not CHANGE_COLUMN.fullmatch(label.strip()):
                continue
            found.extend(
                replace(
                    change,
                    cue=f"table column {label!r}, {change.cue}",
                    start=start + change.start,
                    end=start + change.end,
                )
                for change in find_changes(cell, code)
                if change.value
            )
    return tuple(found)
