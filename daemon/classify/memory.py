"""Remember staff corrections as labelled examples and find the ones a new request resembles."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from daemon.classify.model import RequestType

MIN_SIMILARITY = 0.5
_WORD = re.compile(r"[a-z][a-z0-9-]{2,}")
# Words every request shares say nothing about its type.
_COMMON = frozenset(
    [
        "yang",
        "dan",
        "untuk",
        "dengan",
        "mohon",
        "tolong",
        "terima",
        "kasih",
        "saya",
        "kami",
        "bapak",
        "ibu",
        "tim",
        "p4m",
        "helpdesk",
        "selamat",
        "pagi",
        "siang",
        "sore",
        "malam",
        "yth",
        "salam",
        "hormat",
        "the",
        "and",
        "for",
        "with",
        "please",
        "thanks",
        "thank",
        "you",
        "dear",
        "regards",
        "best",
        "e-learning",
    ]
)


@dataclass(frozen=True)
class Example:
    """A request text that staff labelled (with #type), and where it came from."""

    text: str
    type: RequestType
    source: str


def _vector(text: str) -> Counter[str]:
    return Counter(word for word in _WORD.findall(text.lower()) if word not in _COMMON)


def cosine(left: Counter[str], right: Counter[str]) -> float:
    shared = set(left) & set(right)
    if not shared:
        return 0.0
    dot = sum(left[word] * right[word] for word in shared)
    norm = math.sqrt(sum(v * v for v in left.values())) * math.sqrt(sum(v * v for v in right.values()))
    return dot / norm if norm else 0.0


def closest_examples(text: str, examples: tuple[Example, ...], limit: int = 3) -> list[tuple[Example, float]]:
    """The most similar taught examples above MIN_SIMILARITY, best first."""
    if not examples:
        return []
    vector = _vector(text)
    scored = [(example, cosine(vector, _vector(example.text))) for example in examples]
    close = [(example, similarity) for example, similarity in scored if similarity >= MIN_SIMILARITY]
    return sorted(close, key=lambda item: item[1], reverse=True)[:limit]
