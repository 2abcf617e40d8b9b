"""Tables rendered as text (Outlook HTML, DOCX): the new value of each field from the column or row that names it."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from daemon.classify.change_words import REGIONAL_NEW, REGIONAL_OLD
from daemon.classify.column_heads import Head, Side, heading
from daemon.classify.value_basics import clean_value
from daemon.classify.value_shapes import SHAPE_READERS
from daemon.classify.values import VALUE_READERS

Cues = Callable[[str], "tuple[tuple[str, re.Match[str]], ...]"]
Row = tuple[str, str, str, int, int]

_CELL_SPLIT = re.compile(r"\s*(?:\||\t)\s*")
# A column headed by a word for the new value ("Baru", "Data Baru", "Requested value", "Menjadi"), not the old one.
_NEW_COLUMN = re.compile(
    rf"\b(?:baru|{REGIONAL_NEW}|new|usulan|seharusnya|yang\sbenar|perubahan|menjadi|correct(?:ed)?|proposed|after|sesudah|requested|"
    r"updated|revised|revisi|koreksi|perbaikan|diminta|change\sto|to\sbe|should\sbe|harusnya)\b",
    re.IGNORECASE,
)
_OLD_COLUMN = re.compile(
    rf"\b(?:lama|{REGIONAL_OLD}|old|current|semula|saat\sini|sekarang|saiki|sebelum(?:nya)?|existing|tertulis|now|is|"
    r"shown|showing)\b",
    re.I,
)
# A table typed with spaces: two or more between cells, on lines whose cells start where a neighbour's do.
_ALIGNED_GAP = re.compile(r"[ \t]{2,}")
# "Mata Kuliah | Kelas | Dosen Lama | Dosen Baru": the course a row is about heads a plain column too.
_PLAIN_HEADER = re.compile(
    r"(?:no\.?|data|field|item|keterangan|notes?|remarks?|alasan|reason|mata\s?kuliah|matkul|mk|course|subject|module|)",
    re.IGNORECASE,
)
_COURSE_ROW = re.compile(r"(?:mata\s?kuliah|matkul|mk|course|judul|title)", re.IGNORECASE)
# A cell that says the value stays: "Tetap", "tidak berubah", "-", "unchanged".
_UNCHANGED = re.compile(
    r"(?:tetap|sama|idem|tidak\s(?:berubah|diubah|ada\sperubahan)|tanpa\sperubahan|no\schanges?|unchanged|same|"
    r"as\sis|n/?a|-+|–|—)",
    re.I,
)


CELL_ARROW = re.compile(r"\s(?:-+>|=>|→|➜|⇒)\s")
_BORDER = re.compile(r"[-+|:= ]*[-=][-+|:= ]*")
_COMMENT = re.compile(r"\(([^)]*)\)")


_JOINED = re.compile(r"[ \t]*(?:&|,|\+|/|\b(?:dan|and)\b)[ \t]*", re.IGNORECASE)
_SEMESTER_NAMED = re.compile(r"(?i:semester)[ \t]+\S.*")


def read_cell(field: str, cell: str) -> str | None:
    """The cell's value when it has the field's shape; a comment in parentheses after it is left out ("Ratna Dewi,
    M.Kom. (dosen baru)")."""
    value = clean_value(cell)
    if _UNCHANGED.fullmatch(value):
        return None
    # "Manajemen SDM -> Manajemen Sumber Daya Manusia": a cell holding the change reads its new side.
    if (arrow := CELL_ARROW.search(value)) is not None:
        old, new = clean_value(value[: arrow.start()]), clean_value(value[arrow.end() :])
        return read_cell(field, new) if old and new and old.casefold() != new.casefold() else None
    # "TPF-3A & TPF-3B": classes taught as one course fill one cell together.
    if (
        field == "class"
        and len(classes := _JOINED.split(value)) > 1
        and all((read := VALUE_READERS[field](part, 0, len(part))) and clean_value(read[0]) == part for part in classes)
    ):
        return value
    # A key in a cell of its own is the whole cell, its closing "!" or "." too ("mk2027!").
    whole_key = field == "enrolment_key" and not re.search(r"\s", value)
    read = VALUE_READERS[field](value.rstrip("!") if whole_key else value, 0, len(value))
    if read is None:
        return None
    # "Semester Ganjil 2026/2027": the cell may name its field before the term
    if clean_value(read[0]) == value or (field == "semester" and _SEMESTER_NAMED.fullmatch(value[: read[1]])):
        return value
    # "MES1204 (tetap)", "Hidrologi (tidak berubah)": a comment that says the value stays makes it no change.
    if (comment := _COMMENT.match(value[read[1] :].strip())) is not None:
        return None if _UNCHANGED.fullmatch(comment.group(1).strip()) else clean_value(read[0])
    return value if whole_key else None


def _field_columns(cells: list[str], cues: Cues) -> dict[int, tuple[str, str, bool]] | None:
    """A header row whose every cell names a field or is a plain heading ("Kode MK | Nama MK Lama | Nama MK Baru |
    Dosen Baru", " | Course name | Lecturer"): the columns that name a field, and whether each names the new value."""
    named = [(index, cues(cell)) for index, cell in enumerate(cells)]
    if len(cells) < 2 or not all(found or _PLAIN_HEADER.fullmatch(cells[index]) for index, found in named):
        return None
    # "Semester | Semester 3 | Semester 4": a cell that holds a value of its field's shape is a row of values.
    if any(found[0][0] in SHAPE_READERS and read_cell(found[0][0], cells[index]) for index, found in named if found):
        return None
    return {
        index: (found[0][0], cells[index], bool(_NEW_COLUMN.search(cells[index])))
        for index, found in named
        if found and not _OLD_COLUMN.search(cells[index])
    } or None


# "Mohon pengampu disesuaikan dengan data berikut:" above "Kode | Mata Kuliah | Kelas | Dosen Pengampu": the field the
# line above asks to change is the column of new values.
_ASKS_ABOVE = re.compile(
    r"\b(?:disesuaikan|sesuaikan|diganti|ganti|diubah|ubah|diperbarui|perbarui|update[d]?|change[d]?|set)\b[^\n]*:\s*$",
    re.IGNORECASE,
)


def _asked_above(text: str, line_start: int, columns: dict[int, tuple[str, str, bool]], cues: Cues) -> None:
    above = text[:line_start].rstrip().rsplit("\n", 1)[-1]
    if not _ASKS_ABOVE.search(above):
        return
    asked = {field for field, _ in cues(above)}
    for index, (field, label, _new_column) in list(columns.items()):
        if field in asked and len(asked) == 1:
            columns[index] = (field, label, True)


def _column_values(
    line: str, line_start: int, cells: list[str], columns: dict[int, tuple[str, str, bool]]
) -> list[Row]:
    """A row under a header of fields: the new-value columns ("Nama MK Baru"), or every field's column when the row
    is the one of new values ("New | Agile Project Management | Dr. Maya Sari")."""
    new_row = bool(cells and _NEW_COLUMN.fullmatch(cells[0]))
    found: list[Row] = []
    for index, (field, label, new_column) in columns.items():
        if (new_column or new_row) and index < len(cells) and (value := read_cell(field, cells[index])):
            start = line_start + line.find(value)
            found.append((field, value, f"table column {label!r}", start, start + len(value)))
    return found


def _rows(text: str) -> list[tuple[int, str]]:
    """The lines with where each starts; a line break inside a table's last cell (an Outlook "<br>") is joined back:
    "Nama MK | X | Teknik Tenaga Listrik" + "dan Energi Terbarukan" before the next row."""
    lines: list[tuple[int, str]] = []
    position = 0
    split = text.split("\n")
    for index, line in enumerate(split):
        following = split[index + 1] if index + 1 < len(split) else ""
        if lines and line.strip() and "|" not in line and "|" in lines[-1][1] and "|" in following:
            lines[-1] = (lines[-1][0], f"{lines[-1][1]} {line.strip()}")
        else:
            lines.append((position, line))
        position += len(line) + 1
    return lines


def _named(cell: str, cues: Cues) -> str | None:
    """The field a row's label cell names; in a table "Mata Kuliah" or "Course" alone is the course's name."""
    if (cue := cues(cell)) and cue[0][1].start() <= 3:
        return cue[0][0]
    if _COURSE_ROW.fullmatch(cell):
        return "fullname"
    # "Course short name", "Nma MK": a heading the cue words miss by a word or a typo.
    head = heading(cell)
    return head.field if head is not None and head.field not in (None, "code") else None


def _aligned_starts(line: str) -> tuple[int, ...]:
    """Where each cell of a line typed with spaces between cells starts; () for a line of one cell."""
    stripped = line.rstrip()
    starts = [len(stripped) - len(stripped.lstrip())] + [gap.end() for gap in _ALIGNED_GAP.finditer(stripped.strip())]
    if len(starts) < 2:
        return ()
    indent = starts[0]
    return (indent, *(indent + start for start in starts[1:]))


def _aligned_lines(rows: list[tuple[int, str]]) -> set[int]:
    """The indices of lines whose cells, split by runs of spaces, start where those of the next or previous line
    (a dashed underline passed over) do: a table pasted into a plain-text client."""
    kept = [index for index, (_, line) in enumerate(rows) if line.strip() and not _BORDER.fullmatch(line.strip())]
    starts = {index: _aligned_starts(rows[index][1]) for index in kept}
    aligned: set[int] = set()
    for previous, following in pairwise(kept):
        if _same_columns(starts[previous], starts[following]) or _same_columns(starts[following], starts[previous]):
            aligned.update((previous, following))
    return aligned


def _same_columns(one: tuple[int, ...], other: tuple[int, ...]) -> bool:
    """Whether two lines' cells start in the same columns; a header over the columns of values only, indented past
    the rows' label column ("            LAMA          BARU" over "Nama MK     X     Y"), counts."""
    if one and len(one) + 1 == len(other) and one[0] > other[0] + 1:
        other = other[1:]
    return bool(one) and len(one) == len(other) and all(abs(a - b) <= 1 for a, b in zip(one, other, strict=True))


def read_table_rows(text: str, cues: Cues) -> list[Row]:
    """Rows of a table rendered as text: a row per field ("Nama MK | lama | baru", the field from the first cell
    left of the value that names one, the value from the column headed "baru"/"new"/"menjadi"), or a column per
    field ("Kode MK | Nama MK Baru | Dosen Baru", the values in the rows below)."""
    found: list[Row] = []
    new_column: int | None = None
    columns: dict[int, tuple[str, str, bool]] | None = None
    header = ""
    rows = _rows(text)
    aligned = _aligned_lines(rows) if "  " in text else set()
    for index, (line_start, line) in enumerate(rows):
        # "+-------+-------+", "|-------|-------|": a border drawn in ASCII separates rows, it ends no table; nor
        # does an empty line (an HTML rendering puts one between the rows of a pasted text table).
        if not line.strip() or _BORDER.fullmatch(line.strip()):
            continue
        if "|" not in line and "\t" not in line and index not in aligned:
            new_column = columns = None
            continue
        # A leading bar is an empty first cell (" | Course name | Lecturer"); a trailing one closes the row.
        split = _CELL_SPLIT if "|" in line or "\t" in line else _ALIGNED_GAP
        cells = [cell.strip() for cell in split.split(line.strip())]
        if split is _ALIGNED_GAP and line.startswith("  "):
            cells.insert(0, "")  # the header's cell over the rows' labels is empty
        if len(cells) > 1 and not cells[-1]:
            cells.pop()
        if columns is not None:
            found.extend(_column_values(line, line_start, cells, columns))
            continue
        if (columns := _field_columns(cells, cues)) is not None:
            _asked_above(text, line_start, columns, cues)
            continue
        # A row that names a field ("Nama MK baru | X") is a row of values, not the header.
        headers = [
            index
            for index, cell in enumerate(cells)
            if (_NEW_COLUMN.search(cell) and not _OLD_COLUMN.search(cell) and not cues(cell))
            or heading(cell) == Head(None, Side.NEW)
        ]
        # "Perubahan | Dari | Menjadi": the first column labels the rows; a later one headed for the new value wins.
        headers = [index for index in headers if index > 0] or headers
        if headers and len(cells) >= 2:
            new_column, header = headers[0], cells[headers[0]]
            continue
        if len(cells) < 2 or new_column is None or new_column >= len(cells):
            continue
        # The field is named in a cell left of the new value, not always the first ("No | Data | Semula | Menjadi").
        named = next(((field, cell) for cell in cells[:new_column] if (field := _named(cell, cues))), None)
        # "Course code | ME2102 | ME2102", "Kode MK | MES1204 | MES1204 (tetap)": a row whose new value repeats the
        # current one changes nothing.
        value = read_cell(named[0], cells[new_column]) if named is not None else None
        if named is not None and value and all(clean_value(cell) != value for cell in cells[:new_column]):
            start = line_start + line.find(value)
            found.append((named[0], value, f"table column {header!r}: {named[1]}", start, start + len(value)))
    return found
