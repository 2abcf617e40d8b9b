"""Rows under headings that say field and side ("Kode | Nama MK Lama | Nama MK Baru | Short name baru", a sheet's
"nama_saat_ini: X" record, "3. Nama MK baru : Y", lines under "Sesudah:"): the new values of the first course the
rows name, and its current name."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from daemon.classify.change_words import cues
from daemon.classify.column_heads import PLAIN_COLUMN, Head, Side, heading
from daemon.classify.found_change import FoundChange
from daemon.classify.tables import read_cell
from daemon.classify.value_basics import clean_value

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
    header_at, aligned = 0, False
    for start, line in _lines(text):
        if not line.strip() or _BORDER.fullmatch(line.strip()):
            continue
        barred = "|" in line or "\t" in line
        if not barred and not _ALIGNED.search(line.strip()):
            heads = None
            continue
        cells = _cells(text, start, start + len(line), _SEPARATOR if barred else _ALIGNED)
        if heads is None:
            heads, labels, header_at, aligned = _heads(cells), [cell for cell, _ in cells], start, not barred
        elif len(cells) >= 2 and (not aligned or len(cells) == len(heads)):
            tables.append((header_at, HeadedTable(tuple(heads), tuple(labels), tuple(cells))))
            heads = None
    return tables


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


def headed_tables(text: str) -> list[HeadedTable]:
    """Each table under a header of field headings, with its first row of values, in the order they stand."""
    return [table for _, table in sorted(_grid_tables(text) + _stacked_tables(text), key=lambda found: found[0])]


def _value(field: str, cell: str, old: list[str]) -> str | None:
    value = read_cell(field, cell) if cell else None
    return value if value and clean_value(value).casefold() not in {item.casefold() for item in old} else None


def table_changes(text: str) -> list[FoundChange]:
    """The new values of each headed table's first row: the cells under a new-side heading of a field."""
    found: list[FoundChange] = []
    for table in headed_tables(text):
        pairs = list(zip(table.heads, table.first_row, strict=False))
        for (head, (cell, start)), label in zip(pairs, table.labels, strict=False):
            if head is None or head.side is not Side.NEW or head.field in (None, "code"):
                continue
            # "Nama MK (lama) | Nama MK (baru)" both "Pengujian Perangkat Lunak": a row that repeats changes nothing.
            old = [
                other
                for other_head, (other, _) in pairs
                if other_head and other_head.field == head.field and other_head.side is not Side.NEW
            ]
            if (value := _value(head.field, cell, old)) is not None:
                at = text.find(value, start)
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


# A record's line: "Nama MK Lama: X", "- New title: Y", "3. Short name baru : Z", "2) Old course name: W".
_RECORD_LINE = re.compile(
    r"^[ \t]*(?:[-•*▪·‣◦][ \t]*|\(?\d{1,2}[.)][ \t]*|[a-h][.)][ \t]+)?(?P<label>[^\n:|]{2,40}?)[ \t]*:[ \t]*"
    r"(?P<value>[^\n]*?)[ \t]*$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class RecordLine:
    """A labelled line of a field; `asked` when its side comes from the line above the list, not its label."""

    head: Head
    label: str
    value: str
    start: int
    line_start: int
    asked: bool = False


# "Mohon datanya diganti dengan isian berikut:", "Please update the course as follows:": a line that asks for a change
# and hands over the list under it; "Berikut data course-nya:" or "Course details:" only identify the course.
_ASKS_FOR_LIST = re.compile(
    r"\b(?:di)?(?:ganti|ubah|rubah|ubh|perbarui|perbaharui|sesuaikan|update|koreksi|revisi|set)\b|\bperubahan\b|"
    r"\b(?:change|update|set|correct|amend|rename)(?:d)?\b|\bmenjadi\b",
    re.IGNORECASE,
)
_SAYS_NOW = re.compile(r"\b(?:tertulis|saat\s+ini|sekarang|currently|now|still|masih|shows?)\b", re.IGNORECASE)


def _list_asked(text: str, start: int) -> set[str] | None:
    """The fields a list's opening line asks to change (an empty set: any), or None when it asks for nothing."""
    above = text[:start].rstrip()
    line = above[above.rfind("\n") + 1 :]
    if not line.endswith(":") or not _ASKS_FOR_LIST.search(line) or _SAYS_NOW.search(line):
        return None
    return {field for field, _ in cues(line)}


def _with_asked(text: str, block: list[RecordLine], asked: set[str] | None) -> list[RecordLine]:
    """A list of plain labels under a line that asks for a change gives new values; a list that says the side of
    any of its lines ("Dosen baru: X") or gives the course's code keeps its plain labels as what identifies the
    course."""
    # "- Kode MK: X\n- Nama MK: Y": a list that gives the course's code says which course it is about.
    if asked is None or any(line.head.side is not Side.PLAIN or line.head.field == "code" for line in block):
        return block
    return [
        replace(line, head=Head(line.head.field, Side.NEW), asked=True)
        if (not asked or line.head.field in asked) and not _COURSE_LABEL.fullmatch(line.label)
        else line
        for line in block
    ]


# "- Mata kuliah: X", "- Course: X": a bare course word labels the course the list is about, never its new name.
_COURSE_LABEL = re.compile(r"(?i)(?:mata\s*kuliah|matakuliah|matkul|makul|mk|course|subject|module)")


def record_lines(text: str) -> list[RecordLine]:
    """Labelled lines whose label is a field heading; a side heading alone on its line ("Sesudah:", "Before:") gives
    its side to the plain labels under it, up to the next one; a line that asks for a change gives it to the plain
    labels of the list under it."""
    lines: list[RecordLine] = []
    block: list[RecordLine] = []
    asked: set[str] | None = None
    governing: Side | None = None
    end = 0
    for match in _RECORD_LINE.finditer(text):
        # The writer's own sentence between two labelled lines ends the list and what a side heading governs.
        if not block or text[end : match.start()].strip():
            lines += _with_asked(text, block, asked)
            block, asked, governing = [], _list_asked(text, match.start()), None
        end = match.end()
        head = heading(match.group("label"))
        if head is None:
            continue
        if head.field is None:
            governing = head.side if not match.group("value") else governing
            continue
        side = governing if head.side is Side.PLAIN and governing else head.side
        if match.group("value"):
            label = match.group("label").strip()
            block.append(
                RecordLine(Head(head.field, side), label, match.group("value"), match.start("value"), match.start())
            )
    return lines + _with_asked(text, block, asked)


def record_changes(text: str) -> list[FoundChange]:
    """The first new value of each field in labelled lines whose label says it is new ("Nama Baru: X", under
    "Sesudah:"), unless an old line of that field holds the same value."""
    lines = record_lines(text)
    found: dict[str, FoundChange] = {}
    for line in lines:
        if line.head.side is not Side.NEW or line.head.field in (None, "code") or line.head.field in found:
            continue
        field = str(line.head.field)
        old = [other.value for other in lines if other.head.field == field and other.head.side is Side.OLD]
        # A value the mail names elsewhere too (the course's name in the sentence above) identifies the course.
        outside = f"{text[: line.line_start]} {text[line.start + len(line.value) :]}".casefold()
        if line.asked and line.value.strip().casefold() in outside:
            continue
        if (value := _value(field, line.value, old)) is not None:
            at = text.find(value, line.start)
            found[field] = FoundChange(
                field, value, f"labelled new line: {text[line.line_start : line.start].strip()}", at, at + len(value)
            )
    return list(found.values())


def old_spans(text: str) -> list[tuple[int, int]]:
    """Where labelled lines hold current values ("Nama MK Lama: X", "Short name: Y" under "Sebelum:")."""
    return [
        (line.line_start, line.start + len(line.value)) for line in record_lines(text) if line.head.side is Side.OLD
    ]


def without_new_lines(text: str) -> str:
    """The text with the lines of a list of new values blanked (same length, offsets stay): "- Nama matkul: X" under
    "mohon datanya diganti dengan isian berikut:" gives the new name, never the current one."""
    for line in record_lines(text):
        if line.asked:
            end = line.start + len(line.value)
            text = text[: line.line_start] + " " * (end - line.line_start) + text[end:]
    return text
