"""A course field and its new value joined by an arrow ("singkatan → FISTER-1A", "sks : 2 -> 3"): a change stated."""

from __future__ import annotations

import re

# The normalised words drop punctuation, so the arrow is read on the raw lines. A field word before the arrow and one
# arrow on the line: a menu path ("Course administration > Users > Enrolled users") has several and names no field.
_FIELD = (
    r"(?:nama|name|fullname|singkatan|short ?name|shortname|kode|code|sks|credits?|dosen|pengampu|lecturer|tutor|"
    r"instructor|instruktur|teacher|pengajar|koordinator|coordinator|"
    r"kelas|class|section|semester|key|enrol(?:l)?ment key|deskripsi|description|summary|mk|matkul|matakuliah|"
    r"mata kuliah|course)"
)
_ARROW = r"(?:->|-->|=>|→|⟶|⇒|➔|➜|»)"
_FIELD_THEN_ARROW = re.compile(
    r"(?im)^(?![ \t]*>)[^\n]*?\b" + _FIELD + r"\b[^\n]{0,80}?" + _ARROW + r"[ \t]*(?P<value>[^\s>][^\n]*)$"
)
_MORE_ARROWS = re.compile(_ARROW)


def field_to_value(text: str) -> str | None:
    """The first line of the raw text (quotes left out) where a course field is followed by an arrow and a value."""
    for found in _FIELD_THEN_ARROW.finditer(text):
        if not _MORE_ARROWS.search(found.group("value")):
            return " ".join(found.group(0).split())[:80]
    return None
