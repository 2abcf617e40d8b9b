"""Remember staff corrections as labelled examples and find the ones a new request resembles."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from daemon.classify.learned import LearnedTypes, shipped_examples
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


@cache
def shipped_model() -> LearnedTypes:
    """The learned type model over the shipped examples alone, made once per process (loaded from the cache of fitted
    models, or fitted in about 5 s of CPU)."""
    return LearnedTypes(shipped_examples())


@dataclass(frozen=True)
class Example:
    """A request text that staff labelled (with #type), and where it came from."""

    text: str
    type: RequestType
    source: str


def word_counts(text: str) -> Counter[str]:
    """The words that can tell request types apart, lower-cased and counted."""
    return Counter(word for word in _WORD.findall(text.lower()) if word not in _COMMON)


def _norm(vector: Counter[str]) -> float:
    return math.sqrt(sum(count * count for count in vector.values()))


class ExampleMemory:
    """The taught examples, each one's words counted once, and an index from each word to the examples using it.

    Staff corrections pile up over the years (up to the cache's limit); counting every example's words again for
    each new request made classifying 80 times slower with 2,000 of them."""

    def __init__(self, examples: Iterable[Example] = ()) -> None:
        self.examples = tuple(examples)
        vectors = [word_counts(example.text) for example in self.examples]
        self._norms = [_norm(vector) for vector in vectors]
        # Per word, two parallel lists (which examples, how often): lighter than a tuple for each pair.
        self._postings: dict[str, tuple[list[int], list[int]]] = {}
        for index, vector in enumerate(vectors):
            for word, count in vector.items():
                which, how_often = self._postings.setdefault(word, ([], []))
                which.append(index)
                how_often.append(count)

    @cached_property
    def learned(self) -> LearnedTypes:
        """The learned type model over the shipped examples and these; fitted on first use, once per memory (a new
        memory is made when staff teach another example), and shared by every memory without taught examples."""
        if not self.examples:
            return shipped_model()
        return LearnedTypes([*shipped_examples(), *((example.text, example.type) for example in self.examples)])

    def closest(self, text: str, limit: int = 3) -> list[tuple[Example, float]]:
        """The most similar examples (cosine of word counts) at or above MIN_SIMILARITY, best first; on a tie, the
        one that came first."""
        if not self.examples:
            return []
        vector = word_counts(text)
        dots: dict[int, int] = defaultdict(int)
        for word, count in vector.items():
            which, how_often = self._postings.get(word, ((), ()))
            for index, taught in zip(which, how_often, strict=True):
                dots[index] += count * taught
        norm = _norm(vector)
        close = []
        for index, dot in dots.items():
            denominator = norm * self._norms[index]
            similarity = dot / denominator if denominator else 0.0
            if similarity >= MIN_SIMILARITY:
                close.append((index, similarity))
        close.sort(key=lambda item: (-item[1], item[0]))
        return [(self.examples[index], similarity) for index, similarity in close[:limit]]


NO_EXAMPLES = ExampleMemory()
