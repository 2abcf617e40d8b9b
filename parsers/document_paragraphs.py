"""The paragraphs of DOCX, ODT and calendar (.ics) documents in reading order: tables as rows of cells, content
controls and text boxes read through, an invitation's events as their title, description and place."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import docx
import icalendar
from odf import opendocument, teletype
from odf.namespaces import TABLENS, TEXTNS

# Tables inside tables (a letter laid out in a table) are read a few levels deep, so hostile nesting stays cheap.
MAX_TABLE_DEPTH = 4
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_NOT_TEXT = {f"{_W}rPr", f"{_W}pPr", f"{_W}sdtPr", f"{_W}tblPr", f"{_W}trPr", f"{_W}tcPr", _FALLBACK}


def _w_text(node: Any) -> str:
    """A paragraph's text as Word shows it: runs inside content controls (the answers of a form template),
    hyperlinks, insertions and text boxes included; a text box's drawing fallback, which repeats it, left out."""
    parts: list[str] = []
    for element in node.iterchildren():
        tag = element.tag
        if tag == f"{_W}t":
            parts.append(element.text or "")
        elif tag == f"{_W}tab":
            parts.append(" ")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}p":  # a paragraph of a text box inside this one
            parts.append(f"\n{_w_text(element)}")
        elif tag not in _NOT_TEXT:
            parts.append(_w_text(element))
    return "".join(parts)


def _docx_blocks(container: Any, depth: int = 0) -> Iterator[str]:
    """Paragraphs and tables in the order they are written (a form's table sits between its introduction and its
    closing lines); block content controls are read through."""
    for element in container.iterchildren():
        if element.tag == f"{_W}p":
            yield _w_text(element)
        elif element.tag == f"{_W}tbl":
            yield from _docx_rows(element, depth)
        elif element.tag not in _NOT_TEXT:
            yield from _docx_blocks(element, depth)


def _docx_rows(table: Any, depth: int) -> Iterator[str]:
    """A data table's row as one line of cells ("Nama MK | Lama | Baru"); a row of one cell, or one holding another
    table, only lays the page out: its content is read as blocks of its own."""
    for row in table.iterchildren(f"{_W}tr"):
        cells = row.xpath("./w:tc | ./w:sdt/w:sdtContent/w:tc")
        if depth < MAX_TABLE_DEPTH and (len(cells) == 1 or any(cell.find(f"{_W}tbl") is not None for cell in cells)):
            for cell in cells:
                yield from _docx_blocks(cell, depth + 1)
        else:
            yield " | ".join(" ".join(_w_text(p) for p in cell.iter(f"{_W}p")).strip() for cell in cells)


def docx_paragraphs(content: bytes) -> Iterator[str]:
    yield from _docx_blocks(docx.Document(io.BytesIO(content)).element.body)


def _odt_cell_text(cell: object) -> str:
    return " ".join(teletype.extractText(child) for child in _odt_children(cell, (TEXTNS, "p"), (TEXTNS, "h")))


def _odt_children(node: object, *names: tuple[str, str]) -> Iterator[object]:
    for child in getattr(node, "childNodes", ()):
        if getattr(child, "qname", None) in names:
            yield child
        else:
            yield from _odt_children(child, *names)


def odt_paragraphs(content: bytes) -> Iterator[str]:
    document = opendocument.load(io.BytesIO(content))

    def walk(node: object) -> Iterator[str]:
        for child in getattr(node, "childNodes", ()):
            name = getattr(child, "qname", None)
            if name in ((TEXTNS, "p"), (TEXTNS, "h")):
                yield teletype.extractText(child)
            elif name == (TABLENS, "table-row"):
                cells = [_odt_cell_text(cell) for cell in _odt_children(child, (TABLENS, "table-cell"))]
                yield from cells if len(cells) == 1 else (" | ".join(cells),)
            else:
                yield from walk(child)

    yield from walk(document.text)


# What an event says of itself; its times are left out: when an event takes place is not when a notice about it is
# published.
_EVENT_TEXT = ("SUMMARY", "DESCRIPTION", "LOCATION")
MAX_EVENTS = 20


def ics_paragraphs(content: bytes) -> Iterator[str]:
    """An invitation's events (a seminar, a guest lecture), each as its title, description and place."""
    calendar = icalendar.Calendar.from_ical(content)
    for event in calendar.walk("VEVENT")[:MAX_EVENTS]:
        for name in _EVENT_TEXT:
            if value := str(event.get(name) or "").strip():
                yield value
