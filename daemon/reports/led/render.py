"""Write the LED report's blocks as DOCX (to edit and sign), HTML or Markdown (to publish), or PDF."""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from daemon.errors import HelpdeskError
from daemon.outgoing.renderer import Renderer
from daemon.reports.led.blocks import Block, Heading, PageBreak, Paragraph, Picture, Table


class ReportFormatError(HelpdeskError):
    """A format this machine cannot produce."""


def to_docx(blocks: list[Block], out: Path) -> None:
    # Imported here so that the daemon, which never writes a report, does not pay for python-docx.
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for block in blocks:
        if isinstance(block, Heading):
            heading = document.add_heading(block.text, level=block.level)
            if block.level == 0:
                heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(block, Paragraph):
            document.add_paragraph(block.text)
        elif isinstance(block, Table):
            caption = document.add_paragraph(block.caption)
            caption.runs[0].bold = True
            table = document.add_table(rows=1, cols=len(block.headers))
            table.style = "Table Grid"
            for cell, header in zip(table.rows[0].cells, block.headers, strict=True):
                cell.text = header
                cell.paragraphs[0].runs[0].bold = True
            for row in block.rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
        elif isinstance(block, Picture):
            document.add_picture(io.BytesIO(block.png), width=Cm(16))
            document.add_paragraph(block.caption).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(block, PageBreak):
            document.add_page_break()  # type: ignore[no-untyped-call]
    document.save(str(out))


def to_html(blocks: list[Block], renderer: Renderer, title: str) -> str:
    items: list[dict[str, object]] = []
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
            items.append({"kind": "heading", "level": min(block.level + 1, 6), "text": block.text})
        elif isinstance(block, Paragraph):
            items.append({"kind": "paragraph", "lines": block.text.split("\n")})
        elif isinstance(block, Table):
            items.append({"kind": "table", "caption": block.caption, "headers": block.headers, "rows": block.rows})
        else:
            items.append({"kind": "break"})
    return renderer.render_html("report/led.html.j2", title=title, items=items)


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def to_markdown(blocks: list[Block]) -> str:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            lines += ["#" * (block.level + 1) + " " + block.text, ""]
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
            lines += [f"*{block.caption}* (grafik tersedia di versi DOCX/HTML)", ""]
    return "\n".join(lines)


def to_pdf(blocks: list[Block], out: Path) -> None:
    """Through LibreOffice, which converts the DOCX exactly as the unit would print it."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise ReportFormatError(
            "report --format pdf needs LibreOffice (soffice) on PATH; "
            "use --format html for publishing, or install libreoffice-writer"
        )
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / (out.stem + ".docx")
        to_docx(blocks, source)
        subprocess.run(  # noqa: S603  (our own file names, no shell)
            [office, "--headless", "--convert-to", "pdf", "--outdir", work, str(source)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.move(str(Path(work) / (out.stem + ".pdf")), out)
