"""Blocks of `key = value` lines, and arrow lines whose key is the course itself, made labelled lines `key: value`.

A writer who keeps data as a script or a config file writes "kode_mk = EN2209" and "nama_baru = Sistem Tenaga
Listrik"; one who points at things writes "mk -> PE3305 Gas Turbine Power Plants". Read as the labels they stand for,
every offset kept: the delimiter becomes a colon padded with spaces, a snake_case key words."""

from __future__ import annotations

import re

from daemon.classify.change_words import COURSE, NEW_SIDE, OLD_SIDE

# A key of a few words or snake_case parts at a line's start, then its delimiter. "==" compares and "=>" points at a
# new value, neither labels; "->" after a field's name is the new value too, so only the course's own key is read.
_ARROW = r"-->|->|=>|→|⇒|»|>>|[➜➔➙➛➝➞➟➡⟶⇨]"
_KEYED_LINE = re.compile(
    r"(?m)^([ \t]{0,8}(?:[-*•][ \t])?)([A-Za-z][A-Za-z0-9_.]{0,19}(?:[ \t][A-Za-z][A-Za-z0-9_.]{0,19}){0,2})"
    rf"([ \t]{{0,20}}(?::=|=(?![=>])|{_ARROW})[ \t]{{0,20}})(?=[^\s=])"
)
# "'kode_mk' => 'TI2106',", "\"kelas_baru\": \"EL-1A Sore\"": a line of a PHP array or a JSON object, key and value quoted.
_QUOTED_LINE = re.compile(
    r"(?m)^([ \t]{0,8})([\"'])([A-Za-z][A-Za-z0-9_. ]{0,30})\2([ \t]{0,20}(?::|=>|=)[ \t]{0,20})([\"'])([^\"'\n]{1,80})\5"
    r"([ \t]{0,4},?)[ \t]{0,4}$"
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
    text = _unquoted_blocks(text)
    lines = list(_KEYED_LINE.finditer(text))
    out: list[str] = []
    last = 0
    for index, line in enumerate(lines):
        if _is_arrow(line):
            relabel = bool(_COURSE_KEY.fullmatch(line.group(2)))
        else:
            neighbours = [other for other in (lines[index - 1] if index else None, _next(lines, index)) if other]
            relabel = any(
                not _is_arrow(other) and _adjacent(text, *sorted((line, other), key=_start)) for other in neighbours
            )
        if relabel:
            out += [text[last : line.start()], _as_label(line)]
            last = line.end()
    return "".join(out) + text[last:] if out else text


def _unquoted_blocks(text: str) -> str:
    """Quoted keys and values of two lines or more in a row, unquoted and labelled."""
    lines = list(_QUOTED_LINE.finditer(text))
    blocked = {
        index
        for index in range(len(lines) - 1)
        for pair in ((lines[index], lines[index + 1]),)
        if _adjacent(text, *pair)
    }
    blocked |= {index + 1 for index in blocked}
    out: list[str] = []
    last = 0
    for index in sorted(blocked):
        out += [text[last : lines[index].start()], _unquoted(lines[index])]
        last = lines[index].end()
    return "".join(out) + text[last:] if out else text


def _is_arrow(line: re.Match[str]) -> bool:
    return line.group(3).strip() not in ("=", ":=")


def _next(lines: list[re.Match[str]], index: int) -> re.Match[str] | None:
    return lines[index + 1] if index + 1 < len(lines) else None


def _start(line: re.Match[str]) -> int:
    return line.start()


def _adjacent(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """The second line starts on the line after the first's, or after one empty line (Outlook's paragraphs)."""
    line_end = text.find("\n", first.end())
    return line_end >= 0 and not text[line_end : second.start()].strip() and text.count("\n", line_end, second.start()) <= 2
