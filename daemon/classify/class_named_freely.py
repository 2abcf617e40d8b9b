"""A class named freely, as Moodle's groups may be, read only where the writer sets it apart as a class."""

from __future__ import annotations

import re

from daemon.classify.value_basics import TIME_START

# A class named freely, as Moodle's groups may be ("Batch 3 (Jan-Jun 2027)", "MTr-TE 2027/B"): words in capitals or
# numbers, a digit among them and parts joined by a hyphen or a slash; three title words ("Praktikum Pemesinan CNC 1")
# are a name's. Claimed only where it stands alone as the value handed over (a table's cell, a "Kelas baru:" line) or
# fills a cell of its row. After "menjadi" to the line's end ("MTr-TRK 2026/A") it claimed a wrong class on a part
# nobody had read (round 30), so there it is asked back, unless the class it replaces stands before it (below).
_FREE_CLASS = re.compile(r"(?=[^\n]*\d)[A-Z][\w/.-]*(?:[ ][A-Z0-9(][\w/.()-]*){0,4}")
_CELL_END = re.compile(r"\t|[ \t]*\|")
_ROW_END = re.compile(r"[ \t]*(?:\n|$)")
_NOT_A_CLASS = re.compile(r"(?i:ruang|room|gedung|lab|jam|pukul|semester|smt|sks|angkatan)\b")
_TITLE_WORD = re.compile(r"[A-Z][a-z]+\.?")


def free_class_in_cell(text: str, at: int, limit: int) -> tuple[str, int] | None:
    free = _FREE_CLASS.match(text, at, limit)
    if not free or len(free.group(0)) > 32 or TIME_START.match(free.group(0)) or _NOT_A_CLASS.match(free.group(0)):
        return None
    words = free.group(0).split()
    if len(words) < 2 or sum(map(bool, map(_TITLE_WORD.fullmatch, words))) > 2 or not re.search(r"\w[-/]\w", free[0]):
        return None
    row = text[text.rfind("\n", 0, at) + 1 : at]
    alone = not text[:at].strip() and not text[free.end() :].strip()
    in_row = ("\t" in row or "|" in row) and _ROW_END.match(text, free.end())
    cell = alone or in_row or _CELL_END.match(text, free.end())
    return (free.group(0).rstrip("."), free.end()) if cell else None


# "dari TI-1C Sore menjadi Gabungan Lintas Prodi - Sore", "from EL-2B to Joint Section Mechatronics & Electrical": the
# class it replaces, named first by its code, says the free words after it are a class too. They run to the sentence's
# end, each word in capitals, a number or a joining word ("dua kelas kecil" names none).
_AFTER_THE_OLD = re.compile(r"[ \t]+(?:menjadi|jadi|ke|to|into)[ \t]*$")
_NAMED_FREELY = re.compile(
    r"[A-Z0-9][^\n.,;:!?\"“”]{1,47}?"
    r"(?=[ \t]*(?:[.,;!?](?:\s|$)|\n|$|[ \t]+(?i:karena|agar|supaya|sebab|because|since|so\s)\b))"
)
_FREE_WORD = re.compile(r"[A-Z0-9][\w'’/()-]*|[-–&/]|(?:dan|and|of|for|untuk)")
_DROPPED_BY = re.compile(r"(?:dari|from)[ \t]+(?i:kelas[ \t]+|class[ \t]+)?$")


def class_after_class(text: str, at: int, limit: int, class_code: re.Pattern[str]) -> tuple[str, int] | None:
    line_start = text.rfind("\n", 0, at) + 1
    before = _AFTER_THE_OLD.search(text, line_start, at)
    if not before:
        return None
    old = text[line_start : before.start()]
    code = next((found for found in class_code.finditer(old) if found.end() == len(old)), None)
    if code is None or not _DROPPED_BY.search(old, 0, code.start()):
        return None
    free = _NAMED_FREELY.match(text, at, limit)
    if not free or TIME_START.match(free.group(0)) or _NOT_A_CLASS.match(free.group(0)):
        return None
    if not all(_FREE_WORD.fullmatch(word) for word in free.group(0).split()):
        return None
    return free.group(0), free.end()
