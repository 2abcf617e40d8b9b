"""Labelled lines of a request's fields ("nama_saat_ini: X" from a sheet, "3. Nama MK baru : Y", lines under
"Sesudah:", a list under "mohon datanya diganti dengan isian berikut:"): which hold the new values and which the
current ones."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from daemon.classify.change_words import cues
from daemon.classify.column_heads import Head, Side, heading
from daemon.classify.found_change import FoundChange
from daemon.classify.tables import read_cell
from daemon.classify.value_basics import clean_value


def new_value(field: str, cell: str, old: list[str]) -> str | None:
    """The cell's value when it has the field's shape and is none of the current values written beside it."""
    value = read_cell(field, cell) if cell else None
    return value if value and clean_value(value).casefold() not in {item.casefold() for item in old} else None


# A record's line: "Nama MK Lama: X", "- New title: Y", "3. Short name baru : Z", "2) Old course name: W".
_RECORD_LINE = re.compile(
    r"^[ \t]*(?:[-•*▪·‣◦][ \t]*|\(?\d{1,2}[.)][ \t]*|[a-h][.)][ \t]+)?(?P<label>[^\n:|]{2,40}?)[ \t]*:[ \t]*"
    r"(?P<value>[^\n]*?)[ \t]*$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class RecordLine:
    """A labelled line of a field; `asked` when its side comes from the line above the list, not its label."""

    head: Head
    label: str
    value: str
    start: int
    line_start: int
    asked: bool = False


# "Mohon datanya diganti dengan isian berikut:", "Please update the course as follows:": a line that asks for a change
# and hands over the list under it; "Berikut data course-nya:" or "Course details:" only identify the course.
_ASKS_FOR_LIST = re.compile(
    r"\b(?:di)?(?:ganti|ubah|rubah|ubh|perbarui|perbaharui|sesuaikan|update|koreksi|revisi|set)\b|\bperubahan\b|"
    r"\b(?:change|update|set|correct|amend|rename)(?:d)?\b|\bmenjadi\b",
    re.IGNORECASE,
)
_SAYS_NOW = re.compile(r"\b(?:tertulis|saat\s+ini|sekarang|currently|now|still|masih|shows?)\b", re.IGNORECASE)


def _list_asked(text: str, start: int) -> set[str] | None:
    """The fields a list's opening line asks to change (an empty set: any), or None when it asks for nothing."""
    above = text[:start].rstrip()
    line = above[above.rfind("\n") + 1 :]
    if not line.endswith(":") or not _ASKS_FOR_LIST.search(line) or _SAYS_NOW.search(line):
        return None
    return {field for field, _ in cues(line)}


def _with_asked(block: list[RecordLine], asked: set[str] | None) -> list[RecordLine]:
    """A list of plain labels under a line that asks for a change gives new values; a list that says the side of
    any of its lines ("Dosen baru: X") or gives the course's code keeps its plain labels as what identifies the
    course."""
    # "- Kode MK: X\n- Nama MK: Y": a list that gives the course's code says which course it is about.
    if asked is None or any(line.head.side is not Side.PLAIN or line.head.field == "code" for line in block):
        return block
    return [
        replace(line, head=Head(line.head.field, Side.NEW), asked=True)
        if (not asked or line.head.field in asked) and not _COURSE_LABEL.fullmatch(line.label)
        else line
        for line in block
    ]


# "- Mata kuliah: X", "- Course: X": a bare course word labels the course the list is about, never its new name.
_COURSE_LABEL = re.compile(r"(?i)(?:mata\s*kuliah|matakuliah|matkul|makul|mk|course|subject|module)")


# The readers of changes, of the course's name and of what to leave out each ask for the same text's lines.
@lru_cache(maxsize=16)
def record_lines(text: str) -> tuple[RecordLine, ...]:
    """Labelled lines whose label is a field heading; a side heading alone on its line ("Sesudah:", "Before:") gives
    its side to the plain labels under it, up to the next one; a line that asks for a change gives it to the plain
    labels of the list under it."""
    lines: list[RecordLine] = []
    block: list[RecordLine] = []
    asked: set[str] | None = None
    governing: Side | None = None
    end = 0
    for match in _RECORD_LINE.finditer(text):
        # The writer's own sentence between two labelled lines ends the list and what a side heading governs.
        if not block or text[end : match.start()].strip():
            lines += _with_asked(block, asked)
            block, asked, governing = [], _list_asked(text, match.start()), None
        end = match.end()
        head = heading(match.group("label"))
        if head is None:
            continue
        if head.field is None:
            governing = head.side if not match.group("value") else governing
            continue
        side = governing if head.side is Side.PLAIN and governing else head.side
        if match.group("value"):
            label = match.group("label").strip()
            block.append(
                RecordLine(Head(head.field, side), label, match.group("value"), match.start("value"), match.start())
            )
    return (*lines, *_with_asked(block, asked))


def record_changes(text: str) -> list[FoundChange]:
    """The first new value of each field in labelled lines whose label says it is new ("Nama Baru: X", under
    "Sesudah:"), unless an old line of that field holds the same value."""
    lines = record_lines(text)
    found: dict[str, FoundChange] = {}
    for line in lines:
        if line.head.side is not Side.NEW or line.head.field in (None, "code") or line.head.field in found:
            continue
        field = str(line.head.field)
        old = [other.value for other in lines if other.head.field == field and other.head.side is Side.OLD]
        # A value the mail names elsewhere too (the course's name in the sentence above) identifies the course.
        outside = f"{text[: line.line_start]} {text[line.start + len(line.value) :]}".casefold()
        if line.asked and line.value.strip().casefold() in outside:
            continue
        if (value := new_value(field, line.value, old)) is not None:
            # The value as cleaned may differ from the line (spaces collapsed, quotes dropped): then the line's own.
            at = text.find(value, line.start)
            at = line.start if at < 0 else at
            found[field] = FoundChange(
                field, value, f"labelled new line: {text[line.line_start : line.start].strip()}", at, at + len(value)
            )
    return list(found.values())


def old_spans(text: str) -> list[tuple[int, int]]:
    """Where labelled lines hold current values ("Nama MK Lama: X", "Short name: Y" under "Sebelum:"); a line that
    goes on past its value ("Short name now: X. Requested: Y") is prose, its later value may be the new one."""
    return [
        (line.line_start, line.start + len(line.value))
        for line in record_lines(text)
        if line.head.side is Side.OLD
        and (line.head.field == "code" or (line.head.field and read_cell(line.head.field, line.value)))
    ]


def without_new_lines(text: str) -> str:
    """The text with the lines of a list of new values blanked (same length, offsets stay): "- Nama matkul: X" under
    "mohon datanya diganti dengan isian berikut:" gives the new name, never the current one."""
    for line in record_lines(text):
        if line.asked:
            end = line.start + len(line.value)
            text = text[: line.line_start] + " " * (end - line.line_start) + text[end:]
    return text


def beside_sided_lines(text: str, start: int, field: str) -> bool:
    """Whether the plain labelled line holding `start` stands in one block of labelled lines whose labels give another
    field's old and new values ("Kelas: ANI 3A" over "Dosen Lama: X" and "Dosen Baru: Y"): it says which class."""
    lines = sorted(record_lines(text), key=lambda line: line.line_start)
    blocks: list[list[RecordLine]] = []
    for line in lines:
        previous = blocks[-1][-1] if blocks else None
        if previous is None or text[previous.start + len(previous.value) : line.line_start].strip():
            blocks.append([])
        blocks[-1].append(line)
    for block in blocks:
        if any(line.start <= start < line.start + len(line.value) and line.head.side is Side.PLAIN for line in block):
            sides = {line.head.side for line in block if line.head.field != field and not line.asked}
            return {Side.OLD, Side.NEW} <= sides
    return False
