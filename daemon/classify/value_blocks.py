"""Blocks of `key = value` lines, and arrow lines whose key is the course itself, made labelled lines `key: value`.

A writer who keeps data as a script or a config file writes "kode_mk = EN2209" and "nama_baru = Sistem Tenaga
Listrik"; one who points at things writes "mk -> PE3305 Gas Turbine Power Plants". Read as the labels they stand for,
every offset kept: the delimiter becomes a colon padded with spaces, a snake_case key words."""

from __future__ import annotations

import re
from collections.abc import Callable

from daemon.classify.change_connectors import POINTER
from daemon.classify.change_words import COURSE, NEW_SIDE, OLD_SIDE

# A key of a few words or snake_case parts at a line's start, then its delimiter. "==" compares and "=>" points at a
# new value, neither labels; "->" after a field's name is the new value too, so only the course's own key is read.
_KEYED_LINE = re.compile(
    r"(?m)^([ \t]{0,8}(?:[-*•][ \t])?)([A-Za-z][A-Za-z0-9_.]{0,19}(?:[ \t][A-Za-z][A-Za-z0-9_.]{0,19}){0,2})"
    rf"([ \t]{{0,20}}(?::=|=(?![=>])|{POINTER})[ \t]{{0,20}})(?=[^\s=])"
)
# "'kode_mk' => 'TI2106',", "\"kelas_baru\": \"EL-1A Sore\"": a PHP array's or a JSON object's line, all quoted.
_QUOTED_LINE = re.compile(
    r"(?m)^([ \t]{0,8})([\"'])([A-Za-z][A-Za-z0-9_. ]{0,30})\2([ \t]{0,20}(?::|=>|=)[ \t]{0,20})"
    r"([\"'])([^\"'\n]{1,80})\5([ \t]{0,4},?)[ \t]{0,4}$"
)
_COURSE_KEY = re.compile(rf"(?:the[ \t])?(?:{COURSE}|modul|module|subject)", re.IGNORECASE)


def _as_label(line: re.Match[str]) -> str:
    return line.group(1) + _key_words(line.group(2)) + ":" + " " * (len(line.group(3)) - 1)


def _unquoted(line: re.Match[str]) -> str:
    indent, _, key, delimiter, _, value, comma = line.groups()
    return indent + " " + _key_words(key) + ":" + " " * len(delimiter) + " " + value + " " + " " * len(comma)


def _key_words(key: str) -> str:
    # "nama_lengkap", "nama_singkat" name their field in words. A key with its side ("nama_lama", "nama_baru") stays
    # as written, read by the labelled lines' headings: in words it would be a cue of its own, whose reading outranks
    # the plain labelled lines beside it ("shortname = X" under "nama_baru = Y").
    words = key.replace("_", " ")
    sided = OLD_SIDE.search(words) or NEW_SIDE.search(words)
    return key if sided else words


def labelled_blocks(text: str) -> str:
    """The text with its key = value blocks (two lines at least, one after the other) and its course arrows
    written as labelled lines, each character at its place."""
    text = _rewritten(text, list(_QUOTED_LINE.finditer(text)), _unquoted, lambda _: True)
    return _rewritten(text, list(_KEYED_LINE.finditer(text)), _as_label, lambda line: not _is_arrow(line))


def _rewritten(
    text: str,
    lines: list[re.Match[str]],
    rewrite: Callable[[re.Match[str]], str],
    in_block: Callable[[re.Match[str]], bool],
) -> str:
    """Each line rewritten that stands in a block with a neighbour, or that is an arrow after the course's key."""
    pairs = {
        index
        for index in range(len(lines) - 1)
        if in_block(lines[index]) and in_block(lines[index + 1]) and _adjacent(text, lines[index], lines[index + 1])
    }
    out: list[str] = []
    last = 0
    for index, line in enumerate(lines):
        blocked = index in pairs or index - 1 in pairs
        if blocked or (not in_block(line) and _COURSE_KEY.fullmatch(line.group(2))):
            out += [text[last : line.start()], rewrite(line)]
            last = line.end()
    return "".join(out) + text[last:] if out else text


def _is_arrow(line: re.Match[str]) -> bool:
    return line.group(3).strip() not in ("=", ":=")


def _adjacent(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """The second line starts on the line after the first's, or after one empty line (Outlook's paragraphs)."""
    line_end = text.find("\n", first.end())
    return (
        line_end >= 0
        and not text[line_end : second.start()].strip()
        and text.count("\n", line_end, second.start()) <= 2
    )
