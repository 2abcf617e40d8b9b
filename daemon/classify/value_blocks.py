"""Blocks of `key = value` lines, and arrow lines whose key is the course itself, made labelled lines `key: value`.

A writer who keeps data as a script or a config file writes "kode_mk = EN2209" and "nama_baru = Sistem Tenaga
Listrik"; one who points at things writes "mk -> PE3305 Gas Turbine Power Plants". Read as the labels they stand for,
every offset kept: the delimiter becomes a colon padded with spaces, a snake_case key words."""

from __future__ import annotations

import re

from daemon.classify.change_words import COURSE, NEW_SIDE, OLD_SIDE

# A key of a few words or snake_case parts at a line's start, then its delimiter. "==" compares and "=>" points at a
# new value, neither labels; "->" after a field's name is the new value too, so only the course's own key is read.
_KEYED_LINE = re.compile(
    r"(?m)^([ \t]{0,8}(?:[-*•][ \t])?)([A-Za-z][A-Za-z0-9_.]{0,19}(?:[ \t][A-Za-z][A-Za-z0-9_.]{0,19}){0,2})"
    r"([ \t]{0,20}(?::=|=(?![=>])|->|→)[ \t]{0,20})(?=[^\s=])"
)
_COURSE_KEY = re.compile(rf"(?:the[ \t])?{COURSE}", re.IGNORECASE)
_ARROWS = ("->", "→")


def _as_label(line: re.Match[str]) -> str:
    delimiter = line.group(3)
    key = line.group(2)
    # "nama_lengkap", "nama_singkat" name their field in words. A key with its side ("nama_lama", "nama_baru") stays
    # as written, read by the labelled lines' headings: in words it would be a cue of its own, whose reading outranks
    # the plain labelled lines beside it ("shortname = X" under "nama_baru = Y").
    words = key.replace("_", " ")
    sided = OLD_SIDE.search(words) or NEW_SIDE.search(words)
    return line.group(1) + (key if sided else words) + ":" + " " * (len(delimiter) - 1)


def labelled_blocks(text: str) -> str:
    """The text with its key = value blocks (two lines at least, one after the other) and its course arrows
    written as labelled lines, each character at its place."""
    if "=" not in text and "->" not in text and "→" not in text:
        return text
    lines = list(_KEYED_LINE.finditer(text))
    out: list[str] = []
    last = 0
    for index, line in enumerate(lines):
        delimiter = line.group(3).strip()
        if delimiter in _ARROWS:
            relabel = bool(_COURSE_KEY.fullmatch(line.group(2)))
        else:
            neighbours = [other for other in (lines[index - 1] if index else None, _next(lines, index)) if other]
            relabel = any(
                other.group(3).strip() not in _ARROWS and _adjacent(text, *sorted((line, other), key=_start))
                for other in neighbours
            )
        if relabel:
            out += [text[last : line.start()], _as_label(line)]
            last = line.end()
    return "".join(out) + text[last:] if out else text


def _next(lines: list[re.Match[str]], index: int) -> re.Match[str] | None:
    return lines[index + 1] if index + 1 < len(lines) else None


def _start(line: re.Match[str]) -> int:
    return line.start()


def _adjacent(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """The second line starts right on the line after the first's."""
    line_end = text.find("\n", first.end())
    return line_end >= 0 and line_end + 1 == second.start()
