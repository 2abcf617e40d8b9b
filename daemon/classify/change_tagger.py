"""Weigh the grammar's change values with a CRF sequence tagger whose features include the grammar's cues.

The model (data/change_tagger.crfsuite) is trained by scripts/build_change_spans.py from span annotations derived
from the labelled tuning corpora; it is loaded once, on first use. How changes are read is chosen by the
environment, for experiments only (HELPDESK_CHANGE_READER):
"fill" (the default): the grammar's values; where it read none, the tagger's values whose support reaches
HELPDESK_CHANGE_CLAIM and that pass the grammar's own checks (shape, hedges, tables, old-side and bare labels), with
the fields the grammar named without a value kept where the tagger read none; "grammar": the grammar alone;
"recall": the grammar, plus the tagger's values for fields the grammar left out; "tagger": the tagger alone (each
field's best span whose support reaches HELPDESK_CHANGE_CLAIM); "veto": the grammar, less each value whose span the
tagger supports below HELPDESK_CHANGE_VETO (precision); "both": veto and recall together.
A span's support is the smallest marginal probability of its tokens' labels (B- on the first, I- on the others).
Thresholds are chosen leaving tuning corpora out (scripts/change_tagger_folds.py, never a held-out part). "recall"
was the default until round 9 of issue 17: it added 8 right values for 3 wrong ones out of fold. "fill" is the
default since round 19: with every tuning corpus read by a model that did not see it, at 0.9 it adds 45 right values
for 1 wrong one (pairs 0.901 -> 0.918, wrong 0.035 -> 0.035; 0.5 adds 69 for 9, 0.8 adds 59 for 4), because it asks
the tagger only where the grammar failed outright rather than beside values the grammar read."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import pycrfsuite

from daemon.classify.asking import not_yet, supposed, unsure
from daemon.classify.change_tagger_features import TAGGED_TEXT_LIMIT, Token, features, locate, tokens
from daemon.classify.change_words import NEW_SIDE, OLD_SIDE, VERB_OF_CHANGE
from daemon.classify.found_change import FoundChange
from daemon.classify.tagger_choice import TaggerSwitch, opened_tagger
from daemon.classify.value_basics import SPACES, clean_value
from daemon.classify.values import VALUE_READERS
from daemon.classify.wording import unwrap

MODEL = Path(__file__).resolve().parent / "data" / "change_tagger.crfsuite"
READER_VARIABLE = "HELPDESK_CHANGE_READER"
VETO_VARIABLE = "HELPDESK_CHANGE_VETO"
CLAIM_VARIABLE = "HELPDESK_CHANGE_CLAIM"
READERS = ("grammar", "tagger", "veto", "recall", "both", "fill")
DEFAULT_READER = "fill"
# Chosen by leave-corpora-out over the tuning corpora (scripts/change_tagger_folds.py).
VETO_THRESHOLD = 0.01
CLAIM_THRESHOLD = 0.9
_TRIES_PER_FIELD = 3
_WORD = re.compile(r"\w[\w'-]*")
_QUOTES = frozenset("\"'“”‘’«»")
# What the page lists now ("tercantum", tertulis's twin) or a value that stays ("tetap", "remains"): the tagger
# alone took a name after them for a new one on fresh mail (tune36), so its values are not claimed after them.
_STAYS = re.compile(r"\b(?:tercantum|tetap|remains?)\b", re.IGNORECASE)
# Read elsewhere than the text's own lines (the subject, answers under a quoted question): the tagger never saw them.
_ELSEWHERE = ("subject, ", "answer under a quoted question", "confirmed from the quoted mail")


@dataclass(frozen=True)
class Reading:
    """How changes are read: the reader and its two thresholds."""

    reader: str = DEFAULT_READER
    veto: float = VETO_THRESHOLD
    claim: float = CLAIM_THRESHOLD


_SWITCH = TaggerSwitch(
    READER_VARIABLE, VETO_VARIABLE, CLAIM_VARIABLE, READERS, DEFAULT_READER, VETO_THRESHOLD, CLAIM_THRESHOLD
)


def chosen_reading() -> Reading:
    return Reading(*_SWITCH.chosen())


@dataclass(frozen=True)
class Tagging:
    """One text as the CRF labelled it, with every token's label marginals."""

    text: str
    items: tuple[Token, ...]
    tags: tuple[str, ...]
    marginals: tuple[dict[str, float], ...]

    def support(self, field: str, start: int, end: int) -> float | None:
        """The smallest marginal of B-field on the span's first token and I-field on the others; None when no token
        falls inside the span."""
        inside = [index for index, token in enumerate(self.items) if token.start < end and start < token.end]
        if not inside:
            return None
        first = self.marginals[inside[0]].get(f"B-{field}", 0.0)
        return min([first, *(self.marginals[index].get(f"I-{field}", 0.0) for index in inside[1:])])

    def spans(self) -> list[tuple[str, int, int]]:
        """The (field, first token, end token) runs of the best labelling."""
        runs: list[tuple[str, int, int]] = []
        index = 0
        while index < len(self.tags):
            if self.tags[index] == "O":
                index += 1
                continue
            field = self.tags[index][2:]
            end = index + 1
            while end < len(self.tags) and self.tags[end] == f"I-{field}":
                end += 1
            runs.append((field, index, end))
            index = end
        return runs


def tag(text: str, tagger: pycrfsuite.Tagger | None = None, spans: tuple[tuple[int, int], ...] = ()) -> Tagging:
    """The text, unwrapped as the grammar reads it (offsets stay), tagged by the given or the shipped model; label
    marginals are kept for the tokens tagged as a value and those inside the given spans (the ones ever asked)."""
    flat = unwrap(text.translate(SPACES))[:TAGGED_TEXT_LIMIT]
    items = tokens(flat)
    if not items:
        return Tagging(flat, (), (), ())
    model = tagger or opened_tagger(MODEL)
    tags = model.tag(pycrfsuite.ItemSequence(features(flat, items)))
    names = model.labels()
    marginals = tuple(
        {name: model.marginal(name, index) for name in names}
        if tags[index] != "O" or any(start < token.end and token.start < end for start, end in spans)
        else {}
        for index, token in enumerate(items)
    )
    return Tagging(flat, tuple(items), tuple(tags), marginals)


def _shaped(text: str, field: str, value: str, start: int) -> bool:
    """Precision first, as in the grammar: a value is claimed only if the field's value reader reads the same."""
    read = VALUE_READERS[field](text, start, len(text))
    return read is not None and clean_value(read[0]) == value


def _asked(text: str, start: int, end: int) -> bool:
    """Precision first, as the grammar judges its own values: not hedged, supposed or asked to wait; not in a table
    row (the grammar's table reader knows its columns), nor after an old-side label or a word of what stays on its
    line ("SKS (lama): 2", "tetap X"), nor after a bare label ("Nama MK : X", "Perihal: X": the current value, naming
    the course or the letter), nor cut short inside its quotes."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return not (
        not_yet(text)
        or supposed(text, start)
        or unsure(text, start, start, (start, end))
        or line.count("|") >= 2
        or OLD_SIDE.search(text, line_start, start)
        or _STAYS.search(text, line_start, start)
        or _bare_label(text[line_start:start])
        # A value opened by a quote ends at its closing quote, or the tagger has cut it short.
        or (text[start - 1 : start] in _QUOTES and text[end : end + 1] not in _QUOTES)
    )


def _bare_label(before: str) -> bool:
    return before.rstrip().endswith(":") and not NEW_SIDE.search(before) and not VERB_OF_CHANGE.search(before)


def tagged_changes(tagging: Tagging, threshold: float, course_code: str | None = None) -> tuple[FoundChange, ...]:
    """Each field's best-supported value of the field's shape, if its support reaches the threshold (the first in
    the text among equals)."""
    candidates: list[tuple[float, int, str, int, str]] = []
    for field, first, end in tagging.spans():
        start, stop = tagging.items[first].start, tagging.items[end - 1].end
        support = tagging.support(field, start, stop) or 0.0
        value = clean_value(tagging.text[start:stop])
        if (
            value
            and support >= threshold
            and not (field == "shortname" and value.upper() == (course_code or "").upper())
        ):
            candidates.append((-support, start, field, stop, value))
    found: dict[str, FoundChange] = {}
    tried: dict[str, int] = {}
    # The grammar's checks scan the text around each value; a text of one value repeated must not cost a scan per
    # repetition (tests/test_hostile_text.py), so each field tries its best few spans only.
    for negative, start, field, stop, value in sorted(candidates):
        if field in found or tried.get(field, 0) >= _TRIES_PER_FIELD:
            continue
        tried[field] = tried.get(field, 0) + 1
        if _shaped(tagging.text, field, value, start) and _asked(tagging.text, start, stop):
            cue = f"learned tagger ({-negative:.2f}): {_words_beside(tagging.text, start, stop)}"
            found[field] = FoundChange(field, value, cue, start, stop)
    return tuple(sorted(found.values(), key=lambda change: change.start))


def _words_beside(text: str, start: int, stop: int) -> str:
    """The request's own words the tagger read the value by, for the staff notice: up to three words before it on
    its line, else at the end of the line above, else (a value opening the text) the words after it."""
    line_start = text.rfind("\n", 0, start) + 1
    words = _WORD.findall(text, line_start, start)
    if not words:
        above = text[: max(line_start - 1, 0)].rstrip()
        words = _WORD.findall(above[above.rfind("\n") + 1 :])
    if not words:
        return " ".join(_WORD.findall(text, stop)[:3])
    return " ".join(words[-3:])


def _judged(tagging: Tagging, change: FoundChange) -> float | None:
    """The tagger's support for the value's own words where the grammar read them in the text itself (its span may
    hold a closing quote or stop); None where it cannot judge."""
    if change.cue.startswith(_ELSEWHERE):
        return None
    found = locate(tagging.text[change.start : change.end], change.value)
    return None if found is None else tagging.support(change.field, change.start + found[0], change.start + found[1])


def read_changes(
    text: str,
    grammar: tuple[FoundChange, ...],
    course_code: str | None = None,
    reading: Reading | None = None,
    tagger: pycrfsuite.Tagger | None = None,
) -> tuple[FoundChange, ...]:
    """The grammar's changes, weighed by the tagger as the reading says (see the module docstring)."""
    reading = reading or chosen_reading()
    if reading.reader == "grammar" or (reading.reader == "fill" and any(change.value for change in grammar)):
        return grammar
    tagging = tag(text, tagger, tuple(change.span for change in grammar))
    if reading.reader == "tagger":
        return tagged_changes(tagging, reading.claim, course_code)
    if reading.reader == "fill":
        filled = tagged_changes(tagging, reading.claim, course_code)
        filled_fields = {change.field for change in filled}
        named = [change for change in grammar if change.field not in filled_fields]
        return tuple(sorted((*filled, *named), key=lambda change: change.start))
    kept = list(grammar)
    if reading.reader in ("veto", "both"):
        kept = []
        for change in grammar:
            support = _judged(tagging, change)
            if support is None:
                kept.append(change)
            elif support >= reading.veto:
                kept.append(replace(change, cue=f"{change.cue}; tagger agrees ({support:.2f})"))
    if reading.reader in ("recall", "both"):
        claimed = {change.field for change in grammar}
        kept += [
            change
            for change in tagged_changes(tagging, reading.claim, course_code)
            if change.field not in claimed
            and not any(change.start < other.end and other.start < change.end for other in grammar)
        ]
    return tuple(sorted(kept, key=lambda change: change.start))
