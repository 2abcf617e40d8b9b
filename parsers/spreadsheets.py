"""The rows of CSV, tab-separated and XLSX attachments as lines the rules read: a form's rows as "label: value", a
table's rows under their header as "header: value" lines, one record a paragraph (within row, column and time
limits)."""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time

import openpyxl

# A request's sheet is a handful of rows: a course change, a schedule of announcements, a form. A sheet of hundreds
# (a grade export, a student list) holds no request past its first rows, and the rules take about a second per
# 40 000 characters of text, so reading it all would slow intake for nothing.
MAX_ROWS = 60
MAX_COLUMNS = 30
MAX_SHEETS = 5
MAX_CELL_CHARS = 2_000
_SAMPLE = 4_096
_DELIMITERS = ";,\t|"


@dataclass(frozen=True)
class SheetRows:
    """A sheet's rows (cells as text, trailing empty cells dropped) and why it was read only in part ("" if whole)."""

    rows: tuple[tuple[str, ...], ...]
    note: str = ""


def _cells(row: Iterable[str]) -> tuple[str, ...]:
    cells = [" ".join(cell.split())[:MAX_CELL_CHARS] for cell in list(row)[:MAX_COLUMNS]]
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


def _delimiter(sample: str) -> str:
    """The separator Excel or a system wrote: ';' from an Indonesian Excel, ',' from Google Sheets, a tab from an
    export; the most frequent one on the first line when the sniffer cannot tell."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        return max(_DELIMITERS, key=first.count)


def csv_rows(text: str, delimiter: str | None = None) -> SheetRows:
    """The rows of a delimited text file (its separator guessed unless given)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Excel's own hint on the first line ("sep=;") names the separator and is no row.
    if hint := re.match(r"\ufeff?sep=(.)\n", text):
        delimiter, text = hint.group(1), text[hint.end() :]
    reader = csv.reader(io.StringIO(text), delimiter=delimiter or _delimiter(text[:_SAMPLE]))
    rows: list[tuple[str, ...]] = []
    try:
        for number, row in enumerate(reader):
            if number >= MAX_ROWS:
                return SheetRows(tuple(rows), f"read the first {MAX_ROWS} rows")
            if cells := _cells(row):
                rows.append(cells)
    except csv.Error as error:  # a field over the csv module's size limit, a NUL byte: the rows so far are kept
        return SheetRows(tuple(rows), f"rows cut: {error}")
    return SheetRows(tuple(rows))


def _cell_text(value: object) -> str:
    """A cell as the sheet shows it: dates day first ("04/12/2026"), times with a dot ("07.00"), whole numbers
    without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        shown = value.strftime("%d/%m/%Y")
        return shown if value.time() == time() else f"{shown} {value.strftime('%H.%M')}"
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H.%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_rows(content: bytes, out_of_time: Callable[[], bool]) -> Iterator[SheetRows]:
    """Each sheet's rows (the first few sheets), read streaming: the workbook is never loaded whole."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a workbook without styles or with unknown extensions is still read
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        try:
            for sheet in book.worksheets[:MAX_SHEETS]:
                rows: list[tuple[str, ...]] = []
                note = ""
                for number, row in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)):
                    if number >= MAX_ROWS or out_of_time():
                        note = f"read the first {number} rows" if number >= MAX_ROWS else "time limit: rows cut"
                        break
                    if cells := _cells(_cell_text(value) for value in row):
                        rows.append(cells)
                yield SheetRows(tuple(rows), note)
                if note.startswith("time"):
                    return
        finally:
            book.close()


_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)*")


def _is_header(cells: tuple[str, ...]) -> bool:
    """A row of column names: every cell filled with words, none a number."""
    return len(cells) >= 2 and all(cell and not _NUMBER.fullmatch(cell) for cell in cells)


def _label(cell: str) -> str:
    """A column name as words: a system's export names its columns "nama_mk", "shortname_baru"."""
    return cell.replace("_", " ").strip() if re.fullmatch(r"\w+", cell) else cell


def _heads_a_table(cells: tuple[str, ...], below: tuple[str, ...] | None) -> bool:
    """A row of column names: every cell filled with words, none a number; a row of two such cells heads a table
    only when the row under it starts with a code or a number ("Course code | New lecturer" over "EL3206 | ..."),
    else it is a form's label and value ("Nama MK | Rangkaian Listrik")."""
    if not _is_header(cells):
        return False
    return len(cells) > 2 or (below is not None and len(below) == 2 and re.search(r"\d", below[0]) is not None)


# A table with a row per field ("Field | Current value | New value", "Data | Semula | Menjadi"): its first column
# names the field of each row, so it is read as a table ("Short name | MB4102-A | BE-MB4-INT"), the way an HTML
# table is, where a row whose new value repeats the current one changes nothing.
_FIELD_COLUMN = re.compile(
    r"(?i)(?:no\.?\s)?(?:field|fields|data|item|atribut|attribute|perubahan|kolom|column|jenis(?:\sdata)?|setting|"
    r"settings|pengaturan|informasi|info|uraian|komponen|keterangan|hal|yang\sdiubah)"
)


def _rows_per_field(header: tuple[str, ...]) -> bool:
    return bool(_FIELD_COLUMN.fullmatch(header[0]) or (len(header) > 3 and _FIELD_COLUMN.fullmatch(header[1])))


def rows_as_lines(rows: tuple[tuple[str, ...], ...]) -> Iterator[str]:
    """Lines the rules read as they read a form: a two-cell row is "label: value"; under a header row, each row is
    a record of "header: value" lines, a blank line after it; a table with a row per field as rows of cells
    between bars; a row of one cell (a heading, a note) as it is."""
    header: tuple[str, ...] | None = None
    for index, cells in enumerate(rows):
        if header is not None and _rows_per_field(header) and len(cells) > 1:
            yield " | ".join(cells)
            continue
        if len(cells) == 1:
            header = None
            yield cells[0]
        elif header is not None and len(cells) <= len(header):
            yield from (f"{_label(name)}: {cell}" for name, cell in zip(header, cells, strict=False) if cell and name)
            yield ""
        elif _heads_a_table(cells, rows[index + 1] if index + 1 < len(rows) else None):
            header = cells
            if _rows_per_field(cells):
                yield from (" | ".join(cells), "|".join("---" for _ in cells))
        elif len(cells) == 2 and cells[0]:
            yield f"{_label(cells[0])}: {cells[1]}" if cells[1] else cells[0]
        else:
            yield " | ".join(cells)
