"""Read the text of DOCX, ODT, PDF and calendar (.ics) attachments within size, page, character and time limits (pure:
no I/O)."""

from __future__ import annotations

import codecs
import io
import re
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import pypdf

from parsers.document_paragraphs import docx_paragraphs, ics_paragraphs, odt_paragraphs
from parsers.message import AttachmentInfo
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
    # A text, HTML or calendar file: an invitation or a letter is a few kilobytes, and converting a hostile page of
    # markup costs seconds per hundred kilobytes. A longer text or HTML file is read from its start; a calendar not.
    max_text_bytes: int = 100_000


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
    "txt": ("text/plain", ".txt"),
    "html": ("text/html", ".html"),
}


# A bounce's parts, kept under file names ending in .txt: machine reports, never a request's text.
_NOT_DOCUMENTS = {"text/rfc822-headers", "message/delivery-status", "message/disposition-notification"}


def document_kind(item: AttachmentInfo) -> str | None:
    """pdf, docx, odt, ics, txt or html by content type or file name; None for anything else (pictures, archives,
    ...)."""
    if item.content_type in _NOT_DOCUMENTS:
        return None
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
        elif kind in ("txt", "html"):
            if item.size > limits.max_text_bytes:
                budget.note = f"read the first {limits.max_text_bytes} of {item.size} bytes"
            start = item.content[: limits.max_text_bytes]
            # A text file written in Notepad is windows-1252 more often than not; UTF-8 is tried first (not final:
            # the cut may split its last character).
            try:
                written = codecs.getincrementaldecoder("utf-8")().decode(start, final=False)
            except UnicodeDecodeError:
                written = start.decode("windows-1252", "replace")
            text = readable(html_to_text(written) if kind == "html" else written.replace("\r\n", "\n"))
            _paragraphs(iter(text.split("\n")), budget)
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
