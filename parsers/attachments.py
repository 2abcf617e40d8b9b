"""Read the text of DOCX, ODT, PDF, RTF, spreadsheet (CSV, tab-separated, XLSX), text and calendar (.ics) attachments
within size, page, row, character and time limits (pure: no I/O)."""

from __future__ import annotations

import io
import re
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import pypdf

from parsers.attachment_kinds import document_kind
from parsers.document_paragraphs import docx_paragraphs, ics_paragraphs, odt_paragraphs
from parsers.message import AttachmentInfo
from parsers.spreadsheets import SheetRows, csv_rows, rows_as_lines, xlsx_rows
from parsers.text_files import decode_text, rtf_text
from parsers.text_form import html_to_text, readable

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
    # A text, HTML, RTF, CSV or calendar file: an invitation or a letter is a few kilobytes, and converting a hostile
    # page of markup costs seconds per hundred kilobytes. A longer file is read from its start; a calendar not.
    max_text_bytes: int = 100_000


DEFAULT_LIMITS = AttachmentLimits()


@dataclass(frozen=True)
class AttachmentText:
    """What could be read of one attachment; `note` says why it is partial or empty ("" when read whole)."""

    filename: str
    kind: str
    text: str
    note: str = ""


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
    _pdf_form(reader, budget)


MAX_FORM_FIELDS = 100


def _pdf_form(reader: pypdf.PdfReader, budget: _Budget) -> None:
    """A filled-in form keeps its answers in its fields, not in the page's text: each is written after its label on
    the page ("Dosen pengampu baru:" alone on its line), or else under the pages as "label: answer"; the label is
    the field's tooltip (what the form shows beside it) or else its name."""
    for field in list((reader.get_fields() or {}).values())[:MAX_FORM_FIELDS]:
        value = field.get("/V")
        if not isinstance(value, str) or not value.strip() or budget.out_of_time():
            continue
        label = str(field.get("/TU") or field.get("/T") or "").strip()
        answer = f"{label}: {value.strip()}" if label else value.strip()
        bare = re.compile(rf"(?im)^[ \t]*{re.escape(label)}[ \t]*:?[ \t]*$") if label else None
        page = next((index for index, piece in enumerate(budget.pieces) if bare and bare.search(piece)), None)
        if bare and page is not None:
            budget.pieces[page] = bare.sub(answer.replace("\\", "\\\\"), budget.pieces[page], count=1)
            budget.size += len(value)
        elif not budget.add(answer):
            return


def _unpacked_size(content: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return sum(member.file_size for member in archive.infolist())


def _paragraphs(paragraphs: Iterator[str], budget: _Budget) -> None:
    for paragraph in paragraphs:
        if budget.out_of_time():
            budget.note = "time limit: text cut"
            return
        if not budget.add(paragraph):
            return


def _sheet(sheet: SheetRows, budget: _Budget) -> bool:
    """A sheet's rows as lines; False once a limit stops the reading."""
    budget.note = budget.note or sheet.note
    _paragraphs(rows_as_lines(sheet.rows), budget)
    return not budget.out_of_time() and budget.size < budget.limits.max_chars


def _text_file(kind: str, item: AttachmentInfo, budget: _Budget) -> None:
    """A text, HTML, RTF or delimited file, read from its start."""
    start = item.content[: budget.limits.max_text_bytes]
    # An RTF file is ASCII: its other characters are escaped in the code page it names.
    written = readable(rtf_text(start) if kind == "rtf" else decode_text(start, item.charset))
    if kind in ("csv", "tsv"):
        _sheet(csv_rows(written, "\t" if kind == "tsv" else None), budget)
        return
    text = readable(html_to_text(written) if kind == "html" else written.replace("\r\n", "\n"))
    _paragraphs(iter(text.split("\n")), budget)


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
            _paragraphs(docx_paragraphs(item.content) if kind == "docx" else odt_paragraphs(item.content), budget)
        elif kind == "ics":
            if item.size > limits.max_text_bytes:
                return AttachmentText(item.filename, kind, "", f"not read: {item.size} bytes for a calendar")
            _paragraphs(ics_paragraphs(item.content), budget)
        elif kind in ("txt", "html", "csv", "tsv", "rtf"):
            if item.size > limits.max_text_bytes:
                budget.note = f"read the first {limits.max_text_bytes} of {item.size} bytes"
            _text_file(kind, item, budget)
        elif kind == "xlsx":
            unpacked = _unpacked_size(item.content)
            if unpacked > limits.max_unpacked:
                return AttachmentText(
                    item.filename, kind, "", f"not read: unpacks to {unpacked} bytes, over {limits.max_unpacked}"
                )
            for sheet in xlsx_rows(item.content, budget.out_of_time):
                if not _sheet(sheet, budget):
                    break
        elif kind == "ole":
            return AttachmentText(item.filename, kind, "", "not read: an old Word or Excel file (.doc, .xls)")
        else:
            return AttachmentText(item.filename, kind, "", "not read: not a document, calendar or text file")
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
