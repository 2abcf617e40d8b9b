"""A course name written as two names joined by a spaced slash ("Jaringan Komputer / Lab", "Jaringan Komputer /
Computer Networks"): the name a reader found is widened to the whole, as written, when its other side is a name too."""

from __future__ import annotations

import re

from daemon.classify.course_name_placed import PERSON
from daemon.classify.course_name_shape import LINE_NAME, NOT_A_NAME, SHAPE, trim_name

_SIDE = rf"({LINE_NAME})"
_DIMENSION = re.compile(r"[234]D")
_SPACED_SLASH = re.compile(r"[ \t]/[ \t]")
# Words that make the other side a class, a term, a person or a system rather than a name.
_NOT_A_SIDE = re.compile(
    r"(?i:kelas|kls|class|semester|smt|sem|section|grup|group|pagi|siang|sore|malam|ganjil|genap|odd|even)\b"
)


def other_side(value: str) -> str | None:
    """The other side of a joined name as a name of its own, or None where it is a class, a term, a person or a code."""
    value = value.strip()
    if re.fullmatch(SHAPE, value) or PERSON.match(value) or _NOT_A_SIDE.match(value):
        return None
    words = value.split()
    if len(words) == 1 and _DIMENSION.fullmatch(words[0]):
        return words[0]
    # An abbreviation after the slash is the name's short form ("Pemrograman Web / PW"), no part of it; a dimension
    # is the name's own ("Animasi 2D / 3D").
    if all(word.isupper() and not _DIMENSION.fullmatch(word) for word in words) or set(words) & NOT_A_NAME:
        return None
    # "Lab di e-learning": what follows the other side's words (where it shows) is trimmed off; nothing before them.
    name = trim_name(words)
    return name if name and value.startswith(name) else None


def _slashed(hint: str, pattern: str, text: str) -> re.Match[str] | None:
    """The pattern's first match in the text. A pattern holding the other side's shape takes milliseconds to compile
    for each name, so the hint (what every match holds around the slash) is searched first: most texts have none."""
    return re.search(pattern, text) if re.search(hint, text) else None


def widened(name: str, text: str) -> str:
    """The name with its slashed other side, where the text writes them together; else the name as found."""
    if not _SPACED_SLASH.search(text):
        return name
    escaped = re.escape(name)
    after = _slashed(rf"(?<![\w/]){escaped}[ \t]+/[ \t]", rf"(?<![\w/]){escaped}[ \t]+/[ \t]+{_SIDE}", text)
    if after and (other := other_side(after.group(1))):
        return f"{name} / {other}"
    before = _slashed(rf"[ \t]/[ \t]+{escaped}(?![\w/])", rf"{_SIDE}[ \t]+/[ \t]+{escaped}(?![\w/])", text)
    if before and (other := other_side(before.group(1))):
        return f"{other} / {name}"
    return name
