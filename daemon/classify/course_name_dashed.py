"""A course name written as a name and its part joined by a spaced dash ("Robotika Lanjut - Praktikum"): the name a
reader found is widened to the whole where the mail names it as a course (after a course word or a name's label, or
before its bracketed code)."""

from __future__ import annotations

import re

from daemon.classify.course_name_bounds import STOP_WORDS
from daemon.classify.course_name_labelled import NAME_LABEL
from daemon.classify.course_name_placed import PERSON
from daemon.classify.course_name_shape import FIELD_WORDS, LINE_NAME, SHAPE
from daemon.classify.course_name_slashed import other_side

_SPACED_DASH = re.compile(r"[ \t][-–][ \t]")
# The dash as written (a hyphen or an en dash) is kept in the whole: Moodle shows the name as the writer typed it.
_DASH = r"[ \t]+([-–])[ \t]+"
# What names the course just before its name: "untuk course X", "teaching X", "MK X".
COURSE_WORD = r"(?i:course|kursus|mk|mata[ \t]*kuliah|matkul|makul|teaching|teach)[ \t]+"
# A name's label opening its line, as the labelled-line reader knows them: "Nama MK: X", "Course name: X".
_NAME_LABEL = rf"^[ \t]*(?:{NAME_LABEL}|(?i:kursus))[ \t]*:[ \t]*"
_BRACKETED_CODE = rf"[ \t]*[(\[][ \t]*(?:(?i:kode|code)[ \t]*:?[ \t]*)?{SHAPE}[ \t]*[)\]]"
_SIDE = rf"({LINE_NAME})"


def name_part(value: str) -> str | None:
    """A side that is a name of its own: no field, request or courtesy word, no class, person or code."""
    words = value.split()
    if set(words) & STOP_WORDS or {word.casefold() for word in words} & FIELD_WORDS or PERSON.match(value):
        return None
    return other_side(value)


def dashed_whole(name: str, text: str) -> str:
    """The name with the part a spaced dash joins to it, where the text names the whole as a course."""
    if not _SPACED_DASH.search(text):
        return name
    escaped = re.escape(name)
    after = re.search(
        rf"(?:{COURSE_WORD}|(?m:{_NAME_LABEL})|(?m:^)){escaped}{_DASH}{_SIDE}"
        rf"(?={_BRACKETED_CODE}|[ \t]*(?m:$))",
        text,
    )
    if after and (part := name_part(after.group(2))):
        return f"{name} {after.group(1)} {part}"
    before = re.search(rf"(?:{COURSE_WORD}|(?m:{_NAME_LABEL})){_SIDE}{_DASH}{escaped}(?={_BRACKETED_CODE})", text)
    if before and (part := name_part(before.group(1))):
        return f"{part} {before.group(2)} {name}"
    return name
