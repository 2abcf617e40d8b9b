"""The pieces a report is made of, as typed values that a renderer (Word, PDF, HTML, Markdown) writes out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    centred: bool = False


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str
    widths_cm: tuple[float, ...] = ()  # column widths in Word; empty = equal columns


@dataclass(frozen=True)
class Picture:
    png: bytes
    caption: str


@dataclass(frozen=True)
class Contents:
    """The table of contents: a field Word fills in when the document opens."""

    title: str = "Daftar Isi"


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Table | Picture | Contents | PageBreak
