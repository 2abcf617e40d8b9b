"""Recognise a requester's reply that is only a 1-5 satisfaction rating."""

from __future__ import annotations

import re

_WORDS = (
    ("sangat tidak puas", 1),
    ("very dissatisfied", 1),
    ("tidak puas", 1),
    ("kurang puas", 2),
    ("dissatisfied", 2),
    ("cukup puas", 3),
    ("biasa saja", 3),
    ("neutral", 3),
    ("sangat puas", 5),
    ("very satisfied", 5),
    ("excellent", 5),
    ("memuaskan", 4),
    ("puas", 4),
    ("satisfied", 4),
)
_DIGIT = re.compile(r"^\D{0,25}?(?<!\d)([1-5])(?:\s*(?:/|dari|of)\s*5)?(?!\d)\D{0,40}$", re.IGNORECASE)
MAX_LENGTH = 80


def read_rating(text: str) -> int | None:
    """1-5 when the whole reply is a rating ("5", "4/5", "nilai 5, terima kasih", "sangat puas"), else None."""
    flat = " ".join(text.split()).strip()
    if not flat or len(flat) > MAX_LENGTH:
        return None
    match = _DIGIT.match(flat)
    if match:
        return int(match.group(1))
    lowered = flat.lower()
    for phrase, value in _WORDS:
        if re.search(rf"\b{phrase}\b", lowered):
            return value
    return None
