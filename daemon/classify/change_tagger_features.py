"""What the change tagger sees of a text: its tokens, each token's features (the grammar's cues and connectors
among them) and, for training, BIO labels from labelled value spans."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from daemon.classify.change_connectors import CONNECTOR, CONNECTORS
from daemon.classify.change_words import VERB_OF_CHANGE, cues, is_old_side

FIELDS = ("fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key", "summary")
_TOKEN = re.compile(r"\w+|[^\w\s]")
# The taggers read this much of a text: requests run to a few thousand characters, and every feature is computed per
# token, so a pasted log or a hostile run of words must not cost seconds (tests/test_hostile_text.py).
TAGGED_TEXT_LIMIT = 20_000
_QUOTES = frozenset("\"'“”‘’«»")
_ARROWS = frozenset({"->", "-->", "→", "=>", "⇒", "»", ">>"})
# Academic titles and honorifics around a lecturer's name: the value keeps them, the tagger should know them.
_TITLE = re.compile(r"^(?:s|m|dr|ir|prof|kom|kes|pd|si|sc|eng|phd|mt|st|mm|ak|se|sh|pak|bu|bapak|ibu|mr|mrs|ms)$", re.I)
_QUESTION = re.compile(
    r"\b(?:apakah|apa|bagaimana|gimana|bisakah|bisa\s?kah|kenapa|mengapa|how|can|could|why|what)\b", re.I
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    return [Token(match.group(0), match.start(), match.end()) for match in _TOKEN.finditer(text)]


@lru_cache(maxsize=4096)
def _shape(word: str) -> str:
    shape = re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"\d", "d", word)))
    return re.sub(r"(.)\1{2,}", r"\1\1", shape)


_BUCKETS = tuple(str(d) if d <= 3 else "4-6" if d <= 6 else "7-15" for d in range(16))


def _bucket(distance: int) -> str:
    return _BUCKETS[distance] if 0 <= distance <= 15 else "far"


def _covered(starts: list[int], ends: list[int], start: int, end: int) -> range:
    return range(bisect_left(starts, start), bisect_right(ends, end))


def _marks(text: str, items: list[Token]) -> tuple[list[str], list[str], list[str], list[bool]]:
    """Per token: the field cue it is part of, its side (old/new), the connector it is part of, a change verb."""
    cue, old, connector = [""] * len(items), [""] * len(items), [""] * len(items)
    verb = [False] * len(items)
    starts, ends = [token.start for token in items], [token.end for token in items]
    for field, match in cues(text):
        for index in _covered(starts, ends, match.start(), match.end()):
            cue[index], old[index] = field, "old" if is_old_side(match) else "new"
    for match in CONNECTOR.finditer(text):
        kind = next(CONNECTORS[int(name[1:])][0] for name, value in match.groupdict().items() if value)
        for index in _covered(starts, ends, match.start(), match.end()):
            connector[index] = kind
    for match in VERB_OF_CHANGE.finditer(text):
        for index in _covered(starts, ends, match.start(), match.end()):
            verb[index] = True
    return cue, old, connector, verb


def _sentence_asks(text: str, items: list[Token]) -> list[bool]:
    """Whether the token's sentence is a question (a "?" ends it, or a question word opens it)."""
    asks = [False] * len(items)
    start = 0
    for index, token in enumerate(items):
        ends_here = token.text in ".?!" or index + 1 == len(items) or "\n" in text[token.end : items[index + 1].start]
        if ends_here:
            sentence = text[items[start].start : token.end]
            question = token.text == "?" or bool(_QUESTION.match(sentence))
            for inside in range(start, index + 1):
                asks[inside] = question
            start = index + 1
    return asks


def features(text: str, items: list[Token]) -> list[dict[str, str | float]]:
    """Token shape, case and neighbours, with the grammar's cues: the field named last and how far back, the last
    connector and change verb and how far back, what stands just before (colon, quote, arrow), where in its line
    and paragraph the token is, and whether its sentence asks a question."""
    cue, old, connector, verb = _marks(text, items)
    asks = _sentence_asks(text, items)
    rows: list[dict[str, str | float]] = []
    last_cue, last_cue_at, last_connector, last_connector_at, last_verb_at = "", -99, "", -99, -99
    line_index, last_side, paragraphs = 0, "", 0
    capitalised = [token.text[:1].isupper() or token.text[:1].isdigit() for token in items]
    lowers = [token.text.lower() for token in items]
    shapes = [_shape(token.text) for token in items]
    cue_marks = [mark or "-" for mark in cue]
    connector_marks = [mark or "-" for mark in connector]
    for index, token in enumerate(items):
        gap = text[items[index - 1].end : token.start] if index else "\n"
        line_index = 0 if "\n" in gap else line_index
        paragraphs += gap.count("\n") > 1
        following = text[token.end : items[index + 1].start] if index + 1 < len(items) else "\n"
        word = token.text
        previous = items[index - 1].text if index else ""
        row: dict[str, str | float] = {
            "bias": 1.0,
            "lower": lowers[index],
            "shape": shapes[index],
            "suffix3": lowers[index][-3:],
            "prefix3": lowers[index][:3],
            "upper": float(word.isupper()),
            "title": float(word.istitle()),
            "digit": float(word.isdigit()),
            "academic_title": float(bool(_TITLE.match(word))),
            "line_position": _bucket(line_index),
            "cue": cue_marks[index],
            "cue_side": old[index] or "-",
            "connector": connector_marks[index],
            "verb": float(verb[index]),
            "asks": float(asks[index]),
            "last_cue": last_cue or "-",
            "last_cue_distance": _bucket(index - last_cue_at),
            "last_cue_and_connector": f"{last_cue or '-'}|{last_connector or '-'}",
            "last_connector": last_connector or "-",
            "last_connector_distance": _bucket(index - last_connector_at),
            "last_verb_distance": _bucket(index - last_verb_at),
            "last_cue_side": last_side or "-",
            "paragraphs_since_cue": str(min(paragraphs, 2)),
            "capitalised": float(capitalised[index]),
            "after_newline": float("\n" in gap),
            "before_newline": float("\n" in following),
            "spaced_before": float(bool(gap)),
            "spaced_after": float(bool(following)),
            "after_colon": float(previous == ":"),
            "after_quote": float(previous in _QUOTES),
            "after_arrow": float(previous in _ARROWS or text[max(0, token.start - 3) : token.start].strip() in _ARROWS),
        }
        for offset in (-2, -1, 1, 2):
            other = index + offset
            if 0 <= other < len(items):
                row[f"{offset}:lower"] = lowers[other]
                row[f"{offset}:shape"] = shapes[other]
                row[f"{offset}:cue"] = cue_marks[other]
                row[f"{offset}:connector"] = connector_marks[other]
            else:
                row[f"{offset}:edge"] = 1.0
        rows.append(row)
        if cue[index] and (index + 1 == len(items) or cue[index + 1] != cue[index]):
            last_cue, last_cue_at, last_side, paragraphs = cue[index], index, old[index], 0
        if connector[index]:
            last_connector, last_connector_at = connector[index], index
        if verb[index]:
            last_verb_at = index
        line_index += 1
    return rows


def labels(items: list[Token], spans: list[tuple[str, int, int]]) -> list[str] | None:
    """BIO labels for the tokens from (field, start, end) spans; None when a span does not fall on token bounds."""
    tags = ["O"] * len(items)
    for field, start, end in spans:
        inside = [index for index, token in enumerate(items) if token.start >= start and token.end <= end]
        if not inside or items[inside[0]].start != start or items[inside[-1]].end != end:
            return None
        for number, index in enumerate(inside):
            tags[index] = f"{'B' if number == 0 else 'I'}-{field}"
    return tags


def locate(text: str, value: str, near: int | None = None) -> tuple[int, int] | None:
    """Where a labelled value stands in the text, whole words only, spaces and line breaks between its words taken
    as one: the occurrence at `near` (where the grammar read it) if there is one, else the last (a new value follows
    the old one)."""
    words = value.split()
    if not words:
        return None
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)"
    found = [(match.start(), match.end()) for match in re.finditer(pattern, text)]
    if not found:
        return None
    return next((span for span in found if span[0] == near), found[-1])
