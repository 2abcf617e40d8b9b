"""Weigh the grammar's current course name with a CRF tagger trained on the tuning corpora's labelled names.

The model (data/name_tagger.crfsuite) is trained by scripts/build_name_spans.py; it is loaded once, on first use.
How the name is read is chosen by the environment, for experiments (HELPDESK_NAME_READER):
"grammar": the grammar alone; "tagger": the tagger alone (its best-supported name when its support reaches
HELPDESK_NAME_CLAIM); "fill" (the default): the grammar's name, else the tagger's; "veto": the grammar's name, dropped
when the tagger supports it below HELPDESK_NAME_VETO where it could judge it; "both": veto and fill together.
A span's support is the smallest marginal probability of its tokens' labels (B- on the first, I- on the others);
the grammar's name is judged by its best-supported occurrence in the subject or the text.
The default was chosen by leaving tuning corpora out (scripts/course_name_folds.py): see DEFAULT_READER."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from daemon.classify.change_tagger_features import TAGGED_TEXT_LIMIT
from daemon.classify.change_words import NEW_SIDE, STRONG_TO
from daemon.classify.name_tagger_features import Token, compose, lexicon, name_features, occurrences, tokens
from daemon.classify.tagger_choice import TaggerSwitch, opened_tagger

MODEL = Path(__file__).resolve().parent / "data" / "name_tagger.crfsuite"
READER_VARIABLE = "HELPDESK_NAME_READER"
VETO_VARIABLE = "HELPDESK_NAME_VETO"
CLAIM_VARIABLE = "HELPDESK_NAME_CLAIM"
READERS = ("grammar", "tagger", "fill", "veto", "both")
# Chosen by leaving tuning corpora out (scripts/course_name_folds.py, 10 folds by corpus): of the requests labelled
# course_data or announcement, the grammar alone reads 2162 of 2228 names right (in-sample: it was tuned on them);
# filling its gaps with the tagger's whole names at support >= 0.98 reads 2168 (its 6 added names all right); the
# tagger alone reads at best 1989, and every veto loses more right names than wrong ones.
DEFAULT_READER = "fill"
VETO_THRESHOLD = 0.05
CLAIM_THRESHOLD = 0.98
_TRIM = " \t\n.,;:!?\"'“”‘’«»()[]*_-–"
# Precision first, as the grammar judges its names: a name a new-side word or "to" leads to is the new one.
_LED_TO_NEW = re.compile(
    rf"(?:\b(?:{STRONG_TO}|ke|to|as|seharusnya|harusnya|should\s+be)|{NEW_SIDE.pattern})[ \t]*[:\"“'‘]?[ \t]*$", re.I
)


@dataclass(frozen=True)
class NameReading:
    """How the course name is read: the reader and its two thresholds."""

    reader: str = DEFAULT_READER
    veto: float = VETO_THRESHOLD
    claim: float = CLAIM_THRESHOLD


_SWITCH = TaggerSwitch(
    READER_VARIABLE, VETO_VARIABLE, CLAIM_VARIABLE, READERS, DEFAULT_READER, VETO_THRESHOLD, CLAIM_THRESHOLD
)


def chosen_name_reading() -> NameReading:
    return NameReading(*_SWITCH.chosen())


@dataclass(frozen=True)
class NameTagging:
    """One request as the tagger labelled it, with the marginals of the name labels per token."""

    text: str
    items: tuple[Token, ...]
    tags: tuple[str, ...]
    begins: tuple[float, ...]
    insides: tuple[float, ...]

    def support(self, start: int, end: int) -> float | None:
        """The smallest marginal of B-name on the span's first token and I-name on the others; None when no token
        falls inside the span."""
        inside = [index for index, token in enumerate(self.items) if token.start < end and start < token.end]
        if not inside:
            return None
        return min([self.begins[inside[0]], *(self.insides[index] for index in inside[1:])])

    def names(self) -> list[tuple[float, str]]:
        """The (support, name) of each run the best labelling marks as the current name."""
        found: list[tuple[float, str]] = []
        index = 0
        while index < len(self.tags):
            if self.tags[index] != "B-name":
                index += 1
                continue
            end = index + 1
            while end < len(self.tags) and self.tags[end] == "I-name":
                end += 1
            start, stop = self.items[index].start, self.items[end - 1].end
            value = " ".join(self.text[start:stop].split()).strip(_TRIM)
            if value and self._whole(index, end):
                found.append((self.support(start, stop) or 0.0, value))
            index = end
        return found

    def _whole(self, first: int, end: int) -> bool:
        """Whether the run is a whole name that no new-side word leads to: never the head of a longer run of
        capitalised words on its line ("menjadi Keamanan Jaringan Lanjut" holds no current name); a class, a time
        or a field word after it ("Basis Data Kelas TI-2A") ends a name."""
        text, items = self.text, self.items
        after = items[end] if end < len(items) else None
        joined_after = (
            after is not None
            and text[items[end - 1].end : after.start] == " "
            and after.text[:1].isupper()
            and not any(character.isdigit() for character in after.text)
            and lexicon(after.text) == "-"
        )
        led = _LED_TO_NEW.search(text, max(0, items[first].start - 30), items[first].start)
        return not (joined_after or led)

    def best(self) -> tuple[float, str] | None:
        return max(self.names(), default=None)


def tag_name(
    subject: str, text: str, tagger: pycrfsuite.Tagger | None = None, names: tuple[str, ...] = ()
) -> NameTagging:
    """The subject and text tagged by the given or the shipped model; name marginals are kept for the tokens tagged
    as a name and those where the given names stand (the ones ever asked), 0 elsewhere."""
    flat, body_start = compose(subject, text)
    flat = flat[:TAGGED_TEXT_LIMIT]
    items = tokens(flat)
    if not items:
        return NameTagging(flat, (), (), (), ())
    model = tagger or opened_tagger(MODEL)
    tags = model.tag(pycrfsuite.ItemSequence(name_features(flat, body_start, items)))
    spans = [span for name in names for span in occurrences(flat, name)]
    asked = [
        tags[index] != "O" or any(start < token.end and token.start < end for start, end in spans)
        for index, token in enumerate(items)
    ]
    known = "B-name" in model.labels()
    begins = tuple(model.marginal("B-name", index) if known and asked[index] else 0.0 for index in range(len(items)))
    insides = tuple(model.marginal("I-name", index) if known and asked[index] else 0.0 for index in range(len(items)))
    return NameTagging(flat, tuple(items), tuple(tags), begins, insides)


def judged(tagging: NameTagging, name: str) -> float | None:
    """The tagger's best support for the name where it stands in the subject or the text (tagged with the name
    among those asked); None where it does not (a name read in the quoted conversation, or written otherwise)."""
    supports = [tagging.support(start, end) for start, end in occurrences(tagging.text, name)]
    return max((support for support in supports if support is not None), default=None)


def read_name(
    subject: str,
    text: str,
    grammar: str | None,
    reading: NameReading | None = None,
    tagger: pycrfsuite.Tagger | None = None,
) -> str | None:
    """The grammar's course name, weighed by the tagger as the reading says (see the module docstring)."""
    reading = reading or chosen_name_reading()
    # Fill asks the tagger only where the grammar found no name: most requests are never tagged.
    if reading.reader == "grammar" or (reading.reader == "fill" and grammar):
        return grammar
    tagging = tag_name(subject, text, tagger, (grammar,) if grammar else ())
    best = tagging.best()
    tagged = best[1] if best and best[0] >= reading.claim else None
    if reading.reader == "tagger":
        return tagged
    name = grammar
    if name and reading.reader in ("veto", "both"):
        support = judged(tagging, name)
        name = None if support is not None and support < reading.veto else name
    if grammar is None and reading.reader in ("fill", "both"):
        name = tagged
    return name
