"""Undo what mail clients do to text on the way: format=flowed folding, mislabelled charsets, tables for layout."""

from __future__ import annotations

import re
from email.message import Message

import html2text

from parsers.word_lines import joined_word_lines


def _readable_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x80, 0xA0):
        try:
            table[code] = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            continue
    table.update({ord(space): " " for space in "\u00a0\u2007\u202f"})
    table.update({ord(invisible): None for invisible in "\u200b\u200c\u200d\u2060\ufeff\u00ad"})
    return table


# Clients label windows-1252 text as iso-8859-1: its curly quotes, dashes and ellipsis then decode to C1 control
# characters, which no mail means; they are read as windows-1252 (as browsers do). Text copied from documents
# brings non-breaking spaces (one space) and zero-width characters and soft hyphens (nothing) into its values.
_READABLE = _readable_table()


def readable(text: str) -> str:
    return text.translate(_READABLE)


def flowed_form(message: Message) -> tuple[bool, bool]:
    """(flowed, delsp) of the message's first text/plain part (RFC 3676)."""
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            flowed = str(part.get_param("format", "") or "").lower() == "flowed"
            return flowed, flowed and str(part.get_param("delsp", "") or "").lower() == "yes"
    return False, False


_QUOTE_MARKS = re.compile(r"^>+")


def unflow(text: str, flowed: bool, delsp: bool = False) -> str:
    """Join the lines a format=flowed client broke with a trailing space back into the paragraph the writer typed
    (a title or a name wrapped at 72 columns is one value again); quote depth is kept, signatures stay apart."""
    if not flowed:
        return text
    out: list[tuple[int, str]] = []
    joining = False
    for raw in text.split("\n"):
        marks = _QUOTE_MARKS.match(raw)
        depth = len(marks.group(0)) if marks else 0
        line = raw[depth:]
        if line.startswith(" "):
            line = line[1:]  # space-stuffing (and the space after quote marks)
        soft = line.endswith(" ") and line != "-- "
        if joining and out and out[-1][0] == depth:
            out[-1] = (depth, out[-1][1] + line)
        else:
            out.append((depth, line))
        if soft and delsp:
            out[-1] = (depth, out[-1][1][:-1])
        joining = soft
    return "\n".join(f"{'>' * depth} {line}" if depth else line for depth, line in out)


_TABLE_TAG = re.compile(r"<(/?)(table|tbody|thead|tfoot|tr|td|th)\b[^>]*>", re.IGNORECASE)


class _Table:
    def __init__(self) -> None:
        self.tags: list[tuple[int, int, bool]] = []  # (start, end, closing) of its own table/row/cell tags
        self.nested = False
        self.cells = 0
        self.widest = 0


def layout_tables_as_blocks(html: str) -> str:
    """Tables that only lay a letter out (one cell a row, or a table holding another table: Outlook and HTML
    signatures do both) become plain blocks, so their paragraphs stay lines of their own and the data table inside
    is read as a table; data tables are left as they are."""
    if html.lower().count("<table") == 0:
        return html
    stack: list[_Table] = []
    replace: list[tuple[int, int, bool]] = []
    for tag in _TABLE_TAG.finditer(html):
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        span = (tag.start(), tag.end(), closing)
        if name == "table" and not closing:
            if stack:
                stack[-1].nested = True
            stack.append(_Table())
        if not stack:
            continue
        table = stack[-1]
        table.tags.append(span)
        if name == "tr" and not closing:
            table.cells = 0
        elif name in ("td", "th") and not closing:
            table.cells += 1
            table.widest = max(table.widest, table.cells)
        elif name == "table" and closing:
            stack.pop()
            if table.nested or table.widest <= 1:
                replace.extend(table.tags)
    if not replace:
        return html
    pieces: list[str] = []
    position = 0
    for start, end, closing in sorted(replace):
        pieces.append(html[position:start])
        pieces.append("</div>" if closing else "<div>")
        position = end
    pieces.append(html[position:])
    return "".join(pieces)


# html2text writes Markdown and escapes what would read as Markdown: "1\\." and "\\-" where a typed line starts
# with a number or a dash, a doubled backslash before its special characters; a mail is read as plain text.
_MD_ESCAPES = (
    (re.compile(r"(\d)\\\.(?=\s)"), r"\1."),
    (re.compile(r"(^|(?<=\s))\\([+-])"), r"\1\2"),
    (re.compile(r"\\\\(?=[\\`*_{}\[\]()#+\-.!])"), r"\\"),
    (re.compile(r"(?m)^[ \t]*\* \* \*[ \t]*$"), ""),  # a horizontal rule (Outlook's line above a quoted message)
)


def _without_markdown_escapes(text: str) -> str:
    for pattern, plain in _MD_ESCAPES:
        text = pattern.sub(plain, text)
    return text


# A request is a few kilobytes of markup, a long Outlook thread a few hundred; converting costs about a second per
# hundred kilobytes of dense hostile markup, so what lies past this (old quotes, padding) is not read as text.
MAX_HTML_CHARS = 200_000


def html_to_text(html: str) -> str:
    html = html[:MAX_HTML_CHARS]
    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_images = True
    converter.ignore_links = True
    converter.ignore_emphasis = True
    # the writer's own characters stay (an en dash, curly quotes, accents in a name), as in a plain part; html2text
    # would write them as ASCII look-alikes ("-", '"', "e")
    converter.unicode_snob = True
    return readable(_without_markdown_escapes(str(converter.handle(layout_tables_as_blocks(joined_word_lines(html))))))


def _stub(plain: str) -> bool:
    """Whether the plain part may only stand in for the HTML one (empty, or a line or two: web forms and some
    webmail say "read the HTML version"); it does when the HTML says several times as much."""
    return len(plain.strip()) <= 200 and len([line for line in plain.split("\n") if line.strip()]) <= 2


def body_text(plain: str, html: str, form: tuple[bool, bool]) -> tuple[str, bool]:
    """The message's text and whether it was read from the HTML part: the plain part (format=flowed unfolded),
    unless it only stands in for the HTML."""
    html_text = html_to_text(html) if html and _stub(plain) else ""
    if html_text.strip() and len(html_text.split()) >= 2 * len(plain.split()) + 10 * bool(plain.strip()):
        return html_text, True
    flowed, delsp = form
    plain = plain.replace("\r\n", "\n")
    return unflow(plain, flowed, delsp), False
