"""Read the text of DOCX, ODT, PDF and calendar (.ics) attachments within size, page, character and time limits (pure:
no I/O)."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import docx
import icalendar
import pypdf
from odf import opendocument, teletype
from odf.namespaces import TABLENS, TEXTNS

from parsers.message import AttachmentInfo

Clock = Callable[[], float]


@dataclass(frozen=True)
class AttachmentLimits:
    """How much of a hostile attachment intake may read: a request's text is a few pages at most."""

    max_bytes: int = 5 * 1024 * 1024
    max_unpacked: int = 20 * 1024 * 1024  # DOCX and ODT are zip files: the sum of their members, unpacked
    max_pages: int = 10
    max_chars: int = 20_000  # like seconds, for all of a message's attachments together
    seconds: float = 2.0
    max_attachments: int = 5


DEFAULT_LIMITS = AttachmentLimits()


@dataclass(frozen=True)
class AttachmentText:
    """What could be read of one attachment; `note` says why it is partial or empty ("" when read whole)."""

    filename: str
    kind: str
    text: str
    note: str = ""


_TYPES = {
    "pdf": ("application/pdf", ".pdf"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    "odt": ("application/vnd.oasis.opendocument.text", ".odt"),
    "ics": ("text/calendar", ".ics"),
}


def document_kind(item: AttachmentInfo) -> str | None:
    """pdf, docx, odt or ics by content type or file name; None for anything else (pictures, archives, ...)."""
    name = item.filename.lower()
    for kind, (content_type, extension) in _TYPES.items():
        if item.content_type == content_type or name.endswith(extension):
            return kind
    return "pdf" if item.content.startswith(b"%PDF-") else None


class _Budget:
    """Collects text piece by piece and says when a limit stops the reading."""

    def __init__(self, limits: AttachmentLimits, clock: Clock) -> None:
        self.limits = limits
        self.clock = clock
        self.deadline = clock() + limits.seconds
        self.pieces: list[str] = []
        self.size = 0
        self.note = ""

    def out_of_time(self) -> bool:
        return self.clock() > self.deadline

    def add(self, piece: str) -> bool:
        """Keep a piece; False once the character limit is reached."""
        room = self.limits.max_chars - self.size
        if len(piece) >= room:
            self.pieces.append(piece[: max(room, 0)])
            self.size = self.limits.max_chars
            self.note = f"text cut at {self.limits.max_chars} characters"
            return False
        self.pieces.append(piece)
        self.size += len(piece) + 1
        return True

    @property
    def text(self) -> str:
        return "\n".join(self.pieces).strip()


def _pdf_limits(limits: AttachmentLimits) -> pypdf.Configuration:
    """pypdf's own guards, tightened to ours: no stream unpacks past max_unpacked, no helper program is run."""
    unpacked = limits.max_unpacked
    return pypdf.Configuration(
        maximum_declared_stream_length=unpacked,
        zlib_maximum_output_length=unpacked,
        lzw_maximum_output_length=unpacked,
        run_length_maximum_output_length=unpacked,
        brotli_maximum_output_length=unpacked,
        array_based_stream_maximum_output_length=unpacked,
        stream_decoding_work_maximum_length=2 * unpacked,
        stream_parsing_work_maximum_count=200_000,
        jbig2dec_binary=None,
    )


def _pdf(content: bytes, budget: _Budget) -> None:
    with pypdf.apply_configuration(_pdf_limits(budget.limits)):
        _pdf_pages(pypdf.PdfReader(io.BytesIO(content)), budget)


def _pdf_pages(reader: pypdf.PdfReader, budget: _Budget) -> None:
    if reader.is_encrypted:
        reader.decrypt("")  # a PDF locked only against editing opens with the empty password
    pages = len(reader.pages)
    limit = min(pages, budget.limits.max_pages)
    for number in range(limit):
        if budget.out_of_time():
            budget.note = f"time limit: read {number} of {pages} pages"
            return
        if not budget.add(reader.pages[number].extract_text() or ""):
            return
    if limit < pages:
        budget.note = f"read {limit} of {pages} pages"


def _unpacked_size(content: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return sum(member.file_size for member in archive.infolist())


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


def _docx_paragraphs(content: bytes) -> Iterator[str]:
    yield from _docx_blocks(docx.Document(io.BytesIO(content)).element.body)


def _odt_cell_text(cell: object) -> str:
    return " ".join(teletype.extractText(child) for child in _odt_children(cell, (TEXTNS, "p"), (TEXTNS, "h")))


def _odt_children(node: object, *names: tuple[str, str]) -> Iterator[object]:
    for child in getattr(node, "childNodes", ()):
        if getattr(child, "qname", None) in names:
            yield child
        else:
            yield from _odt_children(child, *names)


def _odt_paragraphs(content: bytes) -> Iterator[str]:
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


def _ics_paragraphs(content: bytes) -> Iterator[str]:
    """An invitation's events (a seminar, a guest lecture), each as its title, description and place."""
    calendar = icalendar.Calendar.from_ical(content)
    for event in calendar.walk("VEVENT")[:MAX_EVENTS]:
        for name in _EVENT_TEXT:
            if value := str(event.get(name) or "").strip():
                yield value


def _paragraphs(paragraphs: Iterator[str], budget: _Budget) -> None:
    for paragraph in paragraphs:
        if budget.out_of_time():
            budget.note = "time limit: text cut"
            return
        if not budget.add(paragraph):
            return


def read_attachment(
    item: AttachmentInfo, limits: AttachmentLimits = DEFAULT_LIMITS, clock: Clock = time.monotonic
) -> AttachmentText:
    """The text of one document attachment; a file over a limit or unreadable gives no text and a note."""
    kind = document_kind(item) or "unknown"
    if item.size > limits.max_bytes:
        return AttachmentText(item.filename, kind, "", f"not read: {item.size} bytes, over the {limits.max_bytes}")
    budget = _Budget(limits, clock)
    try:
        if kind == "pdf":
            _pdf(item.content, budget)
        elif kind in ("docx", "odt"):
            unpacked = _unpacked_size(item.content)
            if unpacked > limits.max_unpacked:
                return AttachmentText(
                    item.filename, kind, "", f"not read: unpacks to {unpacked} bytes, over {limits.max_unpacked}"
                )
            _paragraphs(_docx_paragraphs(item.content) if kind == "docx" else _odt_paragraphs(item.content), budget)
        elif kind == "ics":
            _paragraphs(_ics_paragraphs(item.content), budget)
        else:
            return AttachmentText(item.filename, kind, "", "not read: not a PDF, DOCX, ODT or calendar document")
    except Exception as error:  # the document libraries raise anything from deep inside on hostile input
        return AttachmentText(item.filename, kind, "", f"not read: {type(error).__name__}: {error}"[:300])
    return AttachmentText(item.filename, kind, budget.text, budget.note)


def read_attachments(
    attachments: tuple[AttachmentInfo, ...], limits: AttachmentLimits = DEFAULT_LIMITS, clock: Clock = time.monotonic
) -> tuple[AttachmentText, ...]:
    """The documents among a message's attachments (the first few), read within limits of time and characters
    shared by all of them."""
    documents = [item for item in attachments if document_kind(item) is not None]
    deadline = clock() + limits.seconds
    reads: list[AttachmentText] = []
    used = 0
    for item in documents[: limits.max_attachments]:
        if used >= limits.max_chars:
            reads.append(AttachmentText(item.filename, document_kind(item) or "", "", "not read: character limit"))
            continue
        left = replace(limits, seconds=max(deadline - clock(), 0.0), max_chars=limits.max_chars - used)
        reads.append(read_attachment(item, left, clock))
        used += len(reads[-1].text)
    return tuple(reads)
