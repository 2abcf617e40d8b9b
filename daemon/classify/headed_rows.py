"""Rows under headings that say field and side ("Kode | Nama MK Lama | Nama MK Baru | Short name baru", cells one
per line, columns aligned with spaces): the new values of the first course the rows name, and its current name."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from daemon.classify.column_heads import PLAIN_COLUMN, Head, Side, heading
from daemon.classify.found_change import FoundChange
from daemon.classify.headed_records import new_value, record_lines
from daemon.classify.tables import CELL_ARROW, read_cell

Cell = tuple[str, int]  # the cell's text and where it starts in the text

_SEPARATOR = re.compile(r"[ \t]*(?:\||\t)[ \t]*")
_BORDER = re.compile(r"[-+|:= \t]*[-=][-+|:= \t]*")


# Columns aligned with spaces (a table pasted into a plain-text client): two or more spaces between cells.
_ALIGNED = re.compile(r"[ \t]{2,}")


def _cells(text: str, start: int, end: int, separator: re.Pattern[str] = _SEPARATOR) -> list[Cell]:
    line = text[start:end]
    cells: list[Cell] = []
    position = 0
    for found in [*separator.finditer(line.rstrip()), None]:
        stop = found.start() if found else len(line)
        raw = line[position:stop]
        cells.append((raw.strip(), start + position + len(raw) - len(raw.lstrip())))
        position = found.end() if found else len(line)
    # Outer bars of an ASCII or Markdown row, or an aligned line's indent, open and close no cell.
    if cells and not cells[0][0]:
        cells.pop(0)
    if cells and not cells[-1][0]:
        cells.pop()
    return cells


def _heads(cells: list[Cell]) -> list[Head | None] | None:
    """A header row: every cell a heading or a plain column, one of them naming a field."""
    heads = [heading(cell) for cell, _ in cells]
    if len(cells) < 2 or any(
        head is None and not PLAIN_COLUMN.fullmatch(cell) for head, (cell, _) in zip(heads, cells, strict=False)
    ):
        return None
    return heads if any(head and head.field for head in heads) else None


@dataclass(frozen=True)
class HeadedTable:
    heads: tuple[Head | None, ...]
    labels: tuple[str, ...]
    first_row: tuple[Cell, ...]


def _lines(text: str) -> list[tuple[int, str]]:
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    return lines


def _grid_tables(text: str) -> list[tuple[int, HeadedTable]]:
    """Tables drawn with bars or tabs, or aligned with spaces: the header row, then the first row of values (a
    border or an empty line between rows, as an HTML rendering writes them, ends nothing)."""
    tables: list[tuple[int, HeadedTable]] = []
    heads: list[Head | None] | None = None
    labels: list[str] = []
    header_at, exact = 0, False
    for start, line in _lines(text):
        if not line.strip() or _BORDER.fullmatch(line.strip()):
            continue
        barred = "|" in line or "\t" in line
        cells = (
            _cells(text, start, start + len(line), _SEPARATOR if barred else _ALIGNED)
            if barred or _ALIGNED.search(line.strip())
            else _delimited(start, line)
        )
        if len(cells) < 2:
            heads = None
            continue
        if heads is None:
            heads, labels, header_at, exact = _heads(cells), [cell for cell, _ in cells], start, not barred
        # Cells told apart by spaces or a CSV delimiter make a row only when they fill the header's columns.
        elif not exact or len(cells) == len(heads):
            tables.append((header_at, HeadedTable(tuple(heads), tuple(labels), tuple(cells))))
            heads = None
    return tables


def _delimited(start: int, line: str) -> list[Cell]:
    """A line of a CSV file pasted into the body ("Kode MK;Nama MK Lama;Nama MK Baru", a quoted cell holding a comma):
    its cells, by the delimiter that splits it."""
    for delimiter in ";,":
        if delimiter not in line:
            continue
        cells: list[Cell] = []
        position = 0
        for cell in next(csv.reader([line], delimiter=delimiter)):
            at = line.find(cell, position)
            cells.append((cell.strip(), start + max(at, 0)))
            position = max(at, 0) + len(cell)
        return cells
    return []


def _stacked_tables(text: str) -> list[tuple[int, HeadedTable]]:
    """A table whose plain text puts every cell on a line of its own (Outlook's text of a pasted table): a run of
    heading lines, one naming a new value, then as many lines of values."""
    tables: list[tuple[int, HeadedTable]] = []
    lines = _lines(text)
    index = 0
    while index < len(lines):
        run = 0
        while index + run < len(lines) and _is_heading_line(lines[index + run][1]):
            run += 1
        values = lines[index + run : index + 2 * run]
        heads = [heading(line.strip()) for _, line in lines[index : index + run]]
        if (
            run >= 2
            and len(values) == run
            and all(line.strip() for _, line in values)
            and any(head and head.field and head.side is Side.NEW for head in heads)
        ):
            cells = tuple((line.strip(), start + len(line) - len(line.lstrip())) for start, line in values)
            labels = tuple(line.strip() for _, line in lines[index : index + run])
            tables.append((lines[index][0], HeadedTable(tuple(heads), labels, cells)))
        index += max(run, 1)
    return tables


def _is_heading_line(line: str) -> bool:
    cell = line.strip()
    return bool(cell) and ":" not in cell and (heading(cell) is not None or PLAIN_COLUMN.fullmatch(cell) is not None)


@lru_cache(maxsize=16)
def headed_tables(text: str) -> tuple[HeadedTable, ...]:
    """Each table under a header of field headings, with its first row of values, in the order they stand."""
    return tuple(table for _, table in sorted(_grid_tables(text) + _stacked_tables(text), key=lambda found: found[0]))


def table_changes(text: str) -> list[FoundChange]:
    """The new values of each headed table's first row: the cells under a new-side heading of a field."""
    found: list[FoundChange] = []
    for table in headed_tables(text):
        pairs = list(zip(table.heads, table.first_row, strict=False))
        for index, ((head, (cell, start)), label) in enumerate(zip(pairs, table.labels, strict=False)):
            # "semester sekarang | seharusnya", "Nama lama | Baru": a side alone takes the field of the heading before
            if head is not None and head.field is None and index and (before := pairs[index - 1][0]) is not None:
                head = replace(head, field=before.field)
            if head is None or head.side is not Side.NEW or head.field in (None, "code"):
                continue
            # "Nama MK (lama) | Nama MK (baru)" both "Pengujian Perangkat Lunak": a row that repeats changes nothing.
            old = [
                other
                for other_head, (other, _) in pairs
                if other_head and other_head.field == head.field and other_head.side is not Side.NEW
            ]
            if (value := new_value(head.field, cell, old)) is not None:
                at = text.find(value, start)
                at = start if at < 0 else at  # the cleaned value differs from the cell: the cell's own start
                found.append(FoundChange(head.field, value, f"table column {label!r}", at, at + len(value)))
    return found


def current_name(text: str) -> str | None:
    """The first headed table's current name: its first row under the old name's heading, or under the plain name
    heading ("Mata Kuliah") of a table that also has a column of new values; else the first labelled line of the
    current name ("Nama MK saat ini: X", "Old course name: X")."""
    for table in headed_tables(text):
        pairs = [(head, cell) for head, (cell, _) in zip(table.heads, table.first_row, strict=False) if head]
        for side in (Side.OLD, Side.PLAIN):
            if side is Side.PLAIN and not any(head.side is Side.NEW for head, _ in pairs):
                continue
            if value := next((cell for head, cell in pairs if head.field == "fullname" and head.side is side), None):
                # "Kimia Dasar (TK1101)": the code beside the name in its cell is no part of it.
                return _CODE_IN_BRACKETS.sub("", value) or None
    # "| Nama MK | Manajemen SDM -> Manajemen Sumber Daya Manusia |": the name's row with the change in one cell.
    for _, line in _lines(text):
        cells = [cell for cell, _ in _cells(line, 0, len(line))] if "|" in line or "\t" in line else []
        head = heading(cells[0]) if cells else None
        arrow = CELL_ARROW.search(cells[1]) if len(cells) == 2 else None
        if head and head.field == "fullname" and head.side is not Side.NEW and arrow:
            return cells[1][: arrow.start()].strip() or None
    # A labelled line's value only when it is the whole line ("Nama MK di e-learning: X, seharusnya Y" is prose).
    return next(
        (
            line.value
            for line in record_lines(text)
            if line.head.field == "fullname" and line.head.side is Side.OLD and read_cell("fullname", line.value)
        ),
        None,
    )


_CODE_IN_BRACKETS = re.compile(r"\s*[(\[][^()\[\]\n]*\d[^()\[\]\n]*[)\]]\s*$")
