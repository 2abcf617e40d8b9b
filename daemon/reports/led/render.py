"""Write the LED report's blocks as DOCX (to edit and sign), HTML or Markdown (to publish), or PDF."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from daemon.errors import HelpdeskError
from daemon.outgoing.renderer import Renderer
from daemon.reports.led.blocks import Block, Contents, Heading, Paragraph, Picture, Table
from daemon.reports.led.docx import to_docx


class ReportFormatError(HelpdeskError):
    """A format this machine cannot produce."""


def _anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def to_html(blocks: list[Block], renderer: Renderer, title: str) -> str:
    items: list[dict[str, object]] = []
    headings = [block for block in blocks if isinstance(block, Heading) and 1 <= block.level <= 3]
    for block in blocks:
        if isinstance(block, Picture):
            items.append(
                {
                    "kind": "picture",
                    "caption": block.caption,
                    "src": "data:image/png;base64," + base64.b64encode(block.png).decode(),
                }
            )
        elif isinstance(block, Heading):
            items.append(
                {
                    "kind": "heading",
                    "level": min(block.level + 1, 6),
                    "lines": block.text.split("\n"),
                    "id": _anchor(block.text),
                }
            )
        elif isinstance(block, Contents):
            entries = [{"level": h.level, "text": h.text, "id": _anchor(h.text)} for h in headings]
            items.append({"kind": "contents", "title": block.title, "entries": entries})
        elif isinstance(block, Paragraph):
            items.append({"kind": "paragraph", "lines": block.text.split("\n"), "centred": block.centred})
        elif isinstance(block, Table):
            items.append({"kind": "table", "caption": block.caption, "headers": block.headers, "rows": block.rows})
        else:
            items.append({"kind": "break"})
    return renderer.render_html("report/led.html.j2", title=title, items=items)


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def to_markdown(blocks: list[Block], out: Path) -> str:
    """Markdown whose charts are PNG files written beside it (NAME-gambar-1.png, ...)."""
    lines: list[str] = []
    pictures = 0
    headings = [block for block in blocks if isinstance(block, Heading) and 1 <= block.level <= 3]
    for block in blocks:
        if isinstance(block, Heading):
            lines += ["#" * (block.level + 1) + " " + block.text.replace("\n", " "), ""]
        elif isinstance(block, Contents):
            lines += [f"## {block.title}", ""]
            lines += [f"{'  ' * (h.level - 1)}- [{h.text}](#{_anchor(h.text)})" for h in headings]
            lines.append("")
        elif isinstance(block, Paragraph):
            lines += [block.text.replace("\n", "  \n"), ""]
        elif isinstance(block, Table):
            lines += [
                f"**{block.caption}**",
                "",
                "| " + " | ".join(map(_cell, block.headers)) + " |",
                "|" + "---|" * len(block.headers),
            ]
            lines += ["| " + " | ".join(map(_cell, row)) + " |" for row in block.rows]
            lines.append("")
        elif isinstance(block, Picture):
            pictures += 1
            image = out.with_name(f"{out.stem}-gambar-{pictures}.png")
            image.write_bytes(block.png)
            lines += [f"![{block.caption}]({image.name})", "", f"*{block.caption}*", ""]
    return "\n".join(lines)


def _convert(office: str, source: Path, work: str) -> Path:
    subprocess.run(  # noqa: S603  (our own file names, no shell)
        [office, "--headless", "--convert-to", "pdf", "--outdir", work, str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return Path(work) / (source.stem + ".pdf")


def heading_pages(blocks: list[Block], pages: list[str]) -> dict[str, int]:
    """On which page each contents entry starts, read from the laid-out text (pages in order, 1-based)."""
    found: dict[str, int] = {}
    page = 0
    for heading in (b for b in blocks if isinstance(b, Heading) and 1 <= b.level <= 3):
        first_line = heading.text.split("\n")[0].strip()
        for index in range(page, len(pages)):
            if any(line.strip() == first_line for line in pages[index].splitlines()):
                page = index
                found[heading.text] = index + 1
                break
    return found


def to_pdf(blocks: list[Block], out: Path) -> None:
    """Through LibreOffice, which converts the DOCX exactly as the unit would print it.

    LibreOffice does not refresh Word fields when it converts, so the contents are laid out in two passes: the
    first finds the page of every heading, the second prints the contents with those pages."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    reader = shutil.which("pdftotext")
    if office is None or reader is None:
        raise ReportFormatError(
            "report --format pdf needs LibreOffice (soffice) and poppler's pdftotext on PATH; "
            "use --format html for publishing, or install libreoffice-writer-nogui and poppler-utils"
        )
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / (out.stem + ".docx")
        to_docx(blocks, source)
        first = _convert(office, source, work)
        text = subprocess.run(  # noqa: S603  (our own file names, no shell)
            [reader, "-layout", str(first), "-"], check=True, capture_output=True, text=True, timeout=120
        ).stdout
        to_docx(blocks, source, heading_pages(blocks, text.split("\f")))
        shutil.move(str(_convert(office, source, work)), out)
