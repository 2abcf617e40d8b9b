"""Tables rendered as text (Outlook HTML, DOCX, ASCII, a sheet's tabs) read for the course's current name: the name
column under a header of labels, or the name's row in the column of the value now."""

from __future__ import annotations

import re

# What heads a column of a table without a rule under its header (DOCX): "No | Kode | Nama Mata Kuliah | Dosen Baru".
_HEADER_CELL = re.compile(
    r"(?i:no\.?|nomor|kode(?:\s+\w+){0,2}|(?:course\s+)?code|nama(?:\s+\w+){0,2}|name|mata\s*kuliah|mk|matkul|"
    r"course(?:\s+\w+)?|module(?:\s+\w+)?|kelas|class|dosen(?:\s+\w+){0,2}|(?:new\s+|old\s+)?lecturer|sks|credits?|"
    r"semester|ruang(?:\s+\w+)?|room|keterangan|notes?|remarks?|judul|title|tanggal|date|hari|day|jam|time|waktu|"
    r"prodi|program\s+studi|jurusan|data(?:\s+\w+){0,2}|field|lama|baru|old|new|(?:new|old)\s+\w+|menjadi|perubahan)"
)


# An ASCII table draws its rules with "+" at the crossings and its cells between outer pipes: "+------+-----+",
# "| Kode | Mata Kuliah |"; a Markdown table (pasted from a chat or a notes app) rules it with pipes: "|---|:---|".
_RULE = re.compile(r"[ \t]*(?:-{3}|\+-{3}|\|[ \t]*:?-{3})")


def _cells(line: str) -> list[str]:
    stripped = line.strip()
    # A sheet exported as text (TSV) parts its cells by tabs: "No\tKode\tNama MK Lama\tNama MK Baru".
    if "|" not in stripped and "\t" in stripped:
        return [cell.strip() for cell in re.split(r"\t+", stripped)]
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        stripped = stripped[1:-1]
    return [cell.strip() for cell in stripped.split("|")]


def table_values(lines: list[str], column_label: str) -> tuple[list[str], set[int]]:
    """The name column's first value of each table whose header names it, and which lines are headers. A header row
    holds labels only ("Mata kuliah| RE3104 - Sistem Tenaga Listrik" is a labelled row); under it comes a "---" line
    (mail rendered from HTML) or, in a DOCX table, a row of as many cells."""
    values: list[str] = []
    headers: set[int] = set()
    for index, line in enumerate(lines[:-1]):
        header = _cells(line)
        if len(header) < 2 or re.search(r"\d", line):
            continue
        ruled = bool(_RULE.match(lines[index + 1]))
        row_line = lines[index + 2] if ruled and index + 2 < len(lines) else lines[index + 1]
        row = _cells(row_line)
        if not ruled and (len(row) != len(header) or not all(_HEADER_CELL.fullmatch(cell) for cell in header)):
            continue
        # A two-column table of settings rendered from HTML takes its first row for a header: "Course full name |
        # X" over "---" is a label and its value, not two column heads.
        if ruled and len(header) == 2 and not _HEADER_CELL.fullmatch(header[1]):
            if re.fullmatch(column_label, header[0]):
                values.append(header[1])
            continue
        headers.add(index)
        column = next((i for i, cell in enumerate(header) if re.fullmatch(column_label, cell)), None)
        if column is not None and column < len(row):
            values.append(row[column])
    return values, headers


# A table whose rows are fields and whose columns are the value now and the one asked for ("| field | now | should
# be |", "Data | Saat ini | Usulan"): the name's row in the column of the value now.
_NOW_HEADER = re.compile(
    r"(?i:now|current(?:ly|\s+value)?|saat\s+ini|sekarang|lama|semula|sebelum(?:nya)?|before|was|existing|old"
    r"(?:\s+value)?|tertulis|(?:data|nilai)\s+(?:lama|sekarang|saat\s+ini))"
)
_NAME_ROW = re.compile(
    r"(?i:(?:course\s+)?(?:full\s*)?(?:name|title)|nama(?:\s+(?:lengkap|mk|mata\s*kuliah|matkul|course))?"
    r"|mata\s*kuliah|matkul|mk|judul(?:\s+mk)?|course(?:\s+(?:full\s*)?(?:name|title))?)"
)
# From the first blank of a run only: trying every blank of a long run as a start was quadratic.
_TABLE_CELLS = re.compile(r"(?<![ \t])(?:[ \t]*\|[ \t]*|[ \t]*\t[ \t]*)")


def now_column_values(lines: list[str]) -> list[str]:
    values: list[str] = []
    now: int | None = None
    for line in lines:
        if _RULE.match(line) or (re.fullmatch(r"[-+|= \t]*", line) and line.strip()):
            continue
        cells = [cell.strip() for cell in _TABLE_CELLS.split(line.strip().strip("|"))]
        if len(cells) < 3:
            now = None
            continue
        header = next((i for i, cell in enumerate(cells[1:], 1) if _NOW_HEADER.fullmatch(cell)), None)
        if header is not None:
            now = header
        # The row's label stands in a cell left of the value now, not always the first ("Kode | Yang diubah | Semula").
        elif now is not None and now < len(cells) and any(_NAME_ROW.fullmatch(cell) for cell in cells[:now]):
            values.append(cells[now])
    return values
