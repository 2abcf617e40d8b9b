"""Tables rendered as text (Outlook HTML, DOCX): the new value of each field from the column or row that names it."""

from __future__ import annotations

import re
from collections.abc import Callable

from daemon.classify.values import VALUE_READERS, clean_value

Cues = Callable[[str], "list[tuple[str, re.Match[str]]]"]
Row = tuple[str, str, str, int, int]

_CELL_SPLIT = re.compile(r"\s*(?:\||\t)\s*")
# A column headed by a word for the new value ("Baru", "Data Baru", "Requested value", "Menjadi"), not the old one.
_NEW_COLUMN = re.compile(
    r"\b(?:baru|new|usulan|seharusnya|yang\sbenar|perubahan|menjadi|correct(?:ed)?|proposed|after|sesudah|requested|"
    r"updated|revised|revisi|koreksi|perbaikan|diminta|change\sto|to\sbe)\b",
    re.IGNORECASE,
)
_OLD_COLUMN = re.compile(r"\b(?:lama|old|current|semula|saat\sini|sekarang|sebelum(?:nya)?|existing|tertulis)\b", re.I)
_PLAIN_HEADER = re.compile(r"(?:no\.?|data|field|item|keterangan|notes?|remarks?|alasan|reason)", re.IGNORECASE)


def _read(field: str, cell: str) -> str | None:
    value = clean_value(cell)
    read = VALUE_READERS[field](value, 0, len(value))
    return value if read and clean_value(read[0]) == value else None


def _field_columns(cells: list[str], cues: Cues) -> dict[int, tuple[str, str]] | None:
    """A header row whose every cell names a field or is a plain heading ("Kode MK | Nama MK Lama | Nama MK Baru |
    Dosen Baru"): the columns of new values, by field."""
    named = [(index, cues(cell)) for index, cell in enumerate(cells)]
    if len(cells) < 2 or not all(found or _PLAIN_HEADER.fullmatch(cells[index]) for index, found in named):
        return None
    return {
        index: (found[0][0], cells[index])
        for index, found in named
        if found and _NEW_COLUMN.search(cells[index]) and not _OLD_COLUMN.search(cells[index])
    } or None


def read_table_rows(text: str, cues: Cues) -> list[Row]:
    """Rows of a table rendered as text: a row per field ("Nama MK | lama | baru", the field from the first cell
    left of the value that names one, the value from the column headed "baru"/"new"/"menjadi"), or a column per
    field ("Kode MK | Nama MK Baru | Dosen Baru", the values in the rows below)."""
    found: list[Row] = []
    new_column: int | None = None
    columns: dict[int, tuple[str, str]] | None = None
    header = ""
    position = 0
    for line in text.split("\n"):
        line_start, position = position, position + len(line) + 1
        if "|" not in line and "\t" not in line:
            new_column = columns = None
            continue
        if set(line.strip()) <= set("-|: "):
            continue
        cells = [cell.strip() for cell in _CELL_SPLIT.split(line.strip().strip("|"))]
        if columns is not None:
            for index, (field, label) in columns.items():
                if index < len(cells) and (value := _read(field, cells[index])):
                    start = line_start + line.find(cells[index])
                    found.append((field, value, f"table column {label!r}", start, start + len(value)))
            continue
        if (columns := _field_columns(cells, cues)) is not None:
            continue
        # A row that names a field ("Nama MK baru | X") is a row of values, not the header.
        headers = [
            index
            for index, cell in enumerate(cells)
            if _NEW_COLUMN.search(cell) and not _OLD_COLUMN.search(cell) and not cues(cell)
        ]
        if headers and len(cells) >= 2:
            new_column, header = headers[0], cells[headers[0]]
            continue
        if len(cells) < 2 or new_column is None or new_column >= len(cells):
            continue
        # The field is named in a cell left of the new value, not always the first ("No | Data | Semula | Menjadi").
        named = next(
            ((cue[0][0], cell) for cell in cells[:new_column] if (cue := cues(cell)) and cue[0][1].start() <= 3),
            None,
        )
        if named is not None and (value := _read(named[0], cells[new_column])):
            start = line_start + line.find(cells[new_column])
            found.append((named[0], value, f"table column {header!r}: {named[1]}", start, start + len(value)))
    return found
