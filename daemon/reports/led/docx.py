"""Write the LED report's blocks as a Word document: A4, page numbers, a contents field, captions kept with tables."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from daemon.reports.led.blocks import Block, Contents, Heading, PageBreak, Paragraph, Picture, Table

TOC = 'TOC \\o "1-3" \\h \\z \\u'


def _field(paragraph: Any, instruction: str, shown: str = "") -> None:
    """A Word field (PAGE, NUMPAGES, TOC ...) as begin / instruction / separate / result / end runs."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            element.set(qn("w:dirty"), "true")  # Word refreshes the field when it opens the file
        return element

    paragraph.add_run()._r.append(char("begin"))
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    paragraph.add_run()._r.append(text)
    paragraph.add_run()._r.append(char("separate"))
    lines = shown.split("\n")
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        if index < len(lines) - 1:
            run.add_break()
    paragraph.add_run()._r.append(char("end"))


def _update_fields_on_open(document: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _page_setup(document: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.different_first_page_header_footer = True  # the cover carries no page number
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Halaman ")
    _field(footer, "PAGE", "1")
    footer.add_run(" dari ")
    _field(footer, "NUMPAGES", "1")


def _row(table: Any, values: tuple[str, ...], widths: tuple[Any, ...], *, header: bool, keep: bool) -> None:
    """One row written in a single pass (python-docx's cell lookups are slow in a long annex)."""
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    row = table.add_row()
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))  # a row never splits across pages
    if header:
        properties.append(OxmlElement("w:tblHeader"))  # repeated on every page the table runs over
    for index, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
        paragraph = cell.paragraphs[0]
        run = paragraph.add_run(value)
        run.font.size = Pt(9)
        run.bold = header
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        if widths:
            cell.width = widths[index]


def _table(document: Any, block: Table) -> None:
    from docx.shared import Cm

    caption = document.add_paragraph()
    caption.add_run(block.caption).bold = True
    caption.paragraph_format.keep_with_next = True  # the caption never ends a page without its table
    table = document.add_table(rows=0, cols=len(block.headers))
    table.style = "Table Grid"
    widths = tuple(Cm(width) for width in block.widths_cm)
    if widths:
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # the grid: what LibreOffice lays out by
    rows = (block.headers, *block.rows)
    for index, values in enumerate(rows):
        # A short table stays whole with its caption; a long one may run over pages.
        _row(table, values, widths, header=index == 0, keep=index < min(len(rows) - 1, 8))
    document.add_paragraph()


def _contents(document: Any, block: Contents, blocks: list[Block], pages: dict[str, int] | None) -> None:
    """The TOC field; with known pages its shown result is the finished contents, else a note to update it."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    document.add_heading(block.title, level=1)
    paragraph = document.add_paragraph()
    if not pages:
        _field(paragraph, TOC, "Daftar isi diperbarui saat dokumen dibuka (atau klik kanan, Perbarui Bidang).")
        return
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    lines = [
        f"{'    ' * (b.level - 1)}{b.text.replace(chr(10), ' ')}\t{pages[b.text]}"
        for b in blocks
        if isinstance(b, Heading) and b.text in pages
    ]
    _field(paragraph, TOC, "\n".join(lines))


def to_docx(blocks: list[Block], out: Path, pages: dict[str, int] | None = None) -> None:
    # Imported here so that the daemon, which never writes a report, does not pay for python-docx.
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    _page_setup(document)
    _update_fields_on_open(document)
    document.core_properties.author = "Helpdesk P4M"
    title = next((block.text for block in blocks if isinstance(block, Heading)), "")
    document.core_properties.title = title.replace("\n", " ")
    for block in blocks:
        if isinstance(block, Heading):
            heading = document.add_heading("", level=block.level)
            lines = block.text.split("\n")
            for index, line in enumerate(lines):
                run = heading.add_run(line)
                if index < len(lines) - 1:
                    run.add_break(WD_BREAK.LINE)
            if block.level == 0:
                heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
                heading.paragraph_format.space_before = Pt(180)
        elif isinstance(block, Paragraph):
            lines = block.text.split("\n")
            paragraph = document.add_paragraph()
            for index, line in enumerate(lines):
                run = paragraph.add_run(line)
                if index < len(lines) - 1:
                    run.add_break(WD_BREAK.LINE)
            if block.centred:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(block, Table):
            _table(document, block)
        elif isinstance(block, Picture):
            picture = document.add_paragraph()
            picture.add_run().add_picture(io.BytesIO(block.png), width=Cm(16))
            picture.paragraph_format.keep_with_next = True  # the caption below stays on the picture's page
            document.add_paragraph(block.caption).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(block, Contents):
            _contents(document, block, blocks, pages)
        elif isinstance(block, PageBreak):
            document.add_page_break()  # type: ignore[no-untyped-call]
    document.save(str(out))
