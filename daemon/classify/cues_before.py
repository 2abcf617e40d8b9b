"""The fields whose cues stand before a position in its sentence, for positions read in order through a text."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from daemon.classify.change_words import cues
from daemon.classify.wording import sentence_around


class CuesBefore:
    """Each sentence and its cues are read once, not again up to each position in it: read again, a long sentence
    with a connector in every clause takes time growing with the square of its length."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._sentence = (-1, -1)
        self._starts: list[int] = []
        self._ends: list[int] = []
        # The fields of the first i cues of the sentence, at index i.
        self._fields: list[frozenset[str]] = [frozenset()]

    def fields(self, position: int) -> frozenset[str]:
        start, end = self._sentence
        if not start <= position <= end:
            start, end = self._sentence = sentence_around(self._text, position)
            found = cues(self._text[start:end])
            self._starts = [start + cue.start() for _, cue in found]
            self._ends = [start + cue.end() for _, cue in found]
            self._fields = [frozenset()]
            for field, _ in found:
                self._fields.append(self._fields[-1] | {field})
        # A cue that runs over the position ("Nama baru :" before the label's colon) ends sooner in the text before
        # the position read alone.
        last = bisect_left(self._starts, position) - 1
        if last >= 0 and self._ends[last] > position:
            return frozenset(field for field, _ in cues(self._text[start:position]))
        return self._fields[bisect_right(self._ends, position)]
