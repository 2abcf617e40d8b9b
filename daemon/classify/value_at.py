"""The new value read from a position: past side words ("lama X, baru Y") and a field's noun said again, on past
an old value that an arrow or a correction follows, and a list of one field's values."""

from __future__ import annotations

import re

from daemon.classify.change_connectors import ARROW
from daemon.classify.change_words import CORRECTION, cues
from daemon.classify.found_change import Read
from daemon.classify.value_basics import clean_text, clean_value
from daemon.classify.values import VALUE_READERS

_SIDES = re.compile(
    r"[ \t]*(?:(?:old|lama|current|sekarang|semula)[ \t]*:?[ \t]+\S+[ \t]*(?:->|-->|→|=>|,|;)?[ \t]*)?"
    r"(?:new|baru)[ \t]*:?[ \t]+",
    re.IGNORECASE,
)
_NOUN_AGAIN = re.compile(r"[ \t]*(?:kode|code|key|kunci|password|sandi)[ \t]*:[ \t]*", re.IGNORECASE)
_ARROW_AFTER = re.compile(rf"[ \t]*(?:{ARROW})[ \t]*")
# "SKS: 3 (seharusnya 2)", "Bapak Rudi, sekarang Ibu Dewi": a correction right after a value makes it the old one.
# Spaces each taken once: two runs of them around an optional bracket split a long run every way.
_CORRECTED_AFTER = re.compile(
    rf"(?:[ \t]*+(?:[(,;][ \t]*+)?(?:{CORRECTION}|correct\sis)\b|"
    r"[ \t]+(?:menjadi|mjd|(?:di)?ganti(?:kan)?(?:\s(?:oleh|dengan|menjadi|jadi|ke))?|"
    r"replaced\s(?:by|with))\b|[ \t]+(?:out|keluar)\b[ \t]*[,;]?)[ \t]*(?:adalah\b|:)?[ \t]*",
    re.IGNORECASE,
)
# "\"Mata kuliah ini membahas dasar K3\" (lama) / \"...\" (baru)", "Kalkulus (old), Kalkulus Dasar (new)": a side word
# in brackets after a value marks it the old one; the new one, if any, follows it.
_MARKED_OLD = re.compile(
    r"[ \t]*+[(\[][ \t]*+(?:lama|yang[ \t]+lama|yg[ \t]+lama|old|sebelumnya|semula|sekarang|saat[ \t]+ini|current|"
    r"before|existing|previous)[ \t]*+[)\]][ \t]*+(?:[/,;]|->|→|\b(?:dan|and|menjadi|jadi|to)\b)?[ \t]*+:?",
    re.IGNORECASE,
)
# "ganti pak Joko jadi bu Sinta", "kelas TI-2A, sekarang TI-2B": the value is the old one only when a new value of
# the same field follows ("dipindah ke Genap, sekarang masih tercatat Ganjil" keeps Genap).
_MAYBE_CORRECTED_AFTER = re.compile(
    r"(?:[ \t]*[,;][ \t]*(?:sekarang|kini|now)|[ \t]+(?:jadi|jd|ke|to|into))[ \t]+", re.I
)


_CONNECTOR_WORD = re.compile(r"(?:menjadi|jadi|mjd|jd|ke|kepada|to|into|dengan|dgn|sebagai|as)", re.IGNORECASE)
_LISTED = frozenset({"class", "semester", "shortname"})
_FREE = frozenset({"fullname", "summary"})
# A class code or a semester is recognisable by its shape alone: "Mhn diubah jadi MB-2B Malam ya".
SHAPE_ALONE = ("class", "semester")
_AND = re.compile(r"[ \t]*(?:,|&|\b(?:dan|and|serta|sama))[ \t]*", re.IGNORECASE)


# "Tembusan:\n1. Ketua Jurusan", "What I tried:\n1) logout": a number that opens a line of a numbered list is the
# item's number, never a semester or a credit count.
_LIST_NUMBER = re.compile(r"[.)][ \t]+\S")


def _at_line_start(text: str, read: tuple[str, int]) -> bool:
    value_start = read[1] - len(read[0])
    return read[0].isdigit() and not text[text.rfind("\n", 0, value_start) + 1 : value_start].strip()


def _names_a_field(text: str, start: int) -> bool:
    named = cues(text[start : start + 40])
    return bool(named) and named[0][1].start() == 0


def value_at(text: str, field: str, start: int, limit: int) -> Read | None:
    """The field's value read from `start`, and where it starts and ends."""
    # "key: old X -> new Y", "kelas: lama X, baru Y": the side words say which value is which.
    if side := _SIDES.match(text, start, limit):
        start = side.end()
    # "diperbaharui dengan kode: X": the field's noun said again before a colon leads to the value.
    elif noun := _NOUN_AGAIN.match(text, start, limit):
        start = noun.end()
    read = VALUE_READERS[field](text, start, limit)
    if read is None or not clean_value(read[0]) or (_LIST_NUMBER.match(text, read[1]) and _at_line_start(text, read)):
        return None
    # "DIUBAH MENJADI:" written in capitals: the connector word after a verb looks like a name of one word.
    if _CONNECTOR_WORD.fullmatch(clean_value(read[0]).rstrip(":")):
        return None
    # "kelas: IF-2C -> IF-2C Malam": what stands before an arrow is the old value; "Old: X" is a label.
    if arrow := _ARROW_AFTER.match(text, read[1]) or _CORRECTED_AFTER.match(text, read[1]):
        return value_at(text, field, arrow.end(), limit)
    if marked_old := _MARKED_OLD.match(text, read[1], limit):
        return value_at(text, field, marked_old.end(), limit)
    if (maybe := _MAYBE_CORRECTED_AFTER.match(text, read[1])) and (later := value_at(text, field, maybe.end(), limit)):
        return later
    if text[read[1] : read[1] + 1] == ":":
        return None
    value = clean_text(read[0]) if field == "summary" else clean_value(read[0])
    # "Please set the semester to Ganjil 2026/2027 and Genap 2026/2027": two values of one shape are a list the
    # field cannot hold; no part of it is claimed. Classes merged in one course are named as a list ("Kelas: ME-3A
    # dan ME-3B"), and the list as written is the value.
    if (
        field in _LISTED
        and (also := _AND.match(text, read[1], limit))
        and VALUE_READERS[field](text, also.end(), limit)
        # "jadi ALG-1A dan key-nya jadi X": a field named after "dan" starts another change, not a second value.
        and not _names_a_field(text, also.end())
    ):
        if field != "class":
            return None
        list_start, end = text.find(value, start, read[1]), read[1]
        while (also := _AND.match(text, end, limit)) and (other := VALUE_READERS[field](text, also.end(), limit)):
            end = other[1]
        return Read(clean_value(text[list_start:end]), list_start, end)
    # "dipindah ke Genap 2025/2026": a value of a shaped field's shape is never a name or a text.
    if field in _FREE and any(
        (other := VALUE_READERS[shaped](value, 0, len(value))) and other[1] >= len(value) for shaped in SHAPE_ALONE
    ):
        return None
    # A field's name is never its value ("Nama MK Baru| Dosen Baru": the next cell of a header row).
    if any(match.group(0) == value for _, match in cues(value)):
        return None
    found = text.find(value, start, read[1])
    return Read(value, found if found >= 0 else start, read[1])
