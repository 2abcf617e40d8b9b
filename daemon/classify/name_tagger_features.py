"""What the course-name tagger sees of a request: the subject over the text, its tokens and each token's features
(the change tagger's, with the grammar's course-name cues, codes, quotes and lexicons) and, for training, BIO labels.

The grammar's lexicons are imported, never copied: a cue the grammar learns is a feature the tagger learns from."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from daemon.classify.change_tagger_features import Token, features, tokens
from daemon.classify.course_code_shapes import CODE
from daemon.classify.course_name_shape import (
    CONNECTORS,
    COURSE_NAME_CUE,
    FIELD_WORDS,
    NOT_A_NAME,
    NOT_IN_LOWER_CASE_NAME,
    OPENERS,
    SHAPE,
    TIME_OF_DAY,
)
from daemon.classify.value_basics import SPACES
from daemon.classify.wording import unwrap

# The current course name, and the new one a rename asks for: learning both teaches which side a name stands on.
LABELS = ("name", "newname")
_CUE = re.compile(COURSE_NAME_CUE)
_LOOSE_CODE = re.compile(SHAPE)
# A course word on its own: "MK Basis Data", "the course Database Systems", "matkul jarkom".
_COURSE_WORD = re.compile(r"(?i:\b(?:mk|matkul|makul|mata\s*kuliah|matakuliah|course|module|modul|subject)\b)")
_QUOTED = re.compile(r"[\"“«][^\"”»\n]{1,80}[\"”»]|(?<!\w)['‘][^'’\n]{1,80}['’](?!\w)")
_BRACKETED = re.compile(r"[(\[][^()\[\]\n]{1,80}[)\]]")
_LOWER_STOP = frozenset(word.lower() for word in NOT_IN_LOWER_CASE_NAME)
_FIELD = frozenset(word.lower() for word in FIELD_WORDS)
_OPENER = frozenset(word.lower() for word in OPENERS)
_NOT_A_NAME = frozenset(word.lower() for word in NOT_A_NAME)
_TIME = frozenset(word.lower() for word in TIME_OF_DAY)
# Subject and body are one text to the tagger; the gap between them is a paragraph break.
SUBJECT_GAP = "\n\n"


def compose(subject: str, text: str) -> tuple[str, int]:
    """The text the tagger reads (the subject over the body, unwrapped as the grammar reads it, offsets kept) and
    where the body starts."""
    flat = unwrap(f"{subject}{SUBJECT_GAP}{text}".translate(SPACES))
    return flat, len(subject) + len(SUBJECT_GAP)


def _covering(items: list[Token], spans: list[tuple[int, int]]) -> list[bool]:
    """Per token: whether one of the character spans covers it."""
    inside = [False] * len(items)
    starts, ends = [token.start for token in items], [token.end for token in items]
    for start, end in spans:
        for index in range(bisect_left(starts, start), bisect_right(ends, end)):
            inside[index] = True
    return inside


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [(match.start(), match.end()) for match in pattern.finditer(text)]


def _bucket(distance: int) -> str:
    return str(distance) if distance <= 3 else "4-6" if distance <= 6 else "7-12" if distance <= 12 else "far"


def _distances(marks: list[bool], backward: bool) -> list[str]:
    """Per token: how many tokens back (or ahead) the nearest marked token stands, bucketed."""
    found: list[str] = [""] * len(marks)
    last = None
    order = range(len(marks)) if backward else range(len(marks) - 1, -1, -1)
    for index in order:
        found[index] = "-" if last is None else _bucket(abs(index - last))
        if marks[index]:
            last = index
    return found


def lexicon(word: str) -> str:
    """Which of the grammar's lexicons of words that are never (or join) a name holds the word; '-' for none."""
    lower = word.lower()
    for name, words in (
        ("not_a_name", _NOT_A_NAME),
        ("field", _FIELD),
        ("opener", _OPENER),
        ("time", _TIME),
        ("connector", CONNECTORS),
        ("stop", _LOWER_STOP),
    ):
        if lower in words:
            return name
    return "-"


def name_features(text: str, body_start: int, items: list[Token]) -> list[dict[str, str | float]]:
    """The change tagger's features, and per token: subject or body (and which body line), inside a course-name cue
    and how far the last one stands, a course code here and how far back and ahead the nearest is, a course word
    before, inside quotes or brackets, and the grammar's lexicons of words that are never (or join) a name."""
    rows = features(text, items)
    cue = _covering(items, _spans(_CUE, text))
    code = _covering(items, _spans(CODE, text))
    loose = _covering(items, _spans(_LOOSE_CODE, text))
    course_word = _covering(items, _spans(_COURSE_WORD, text))
    quoted = _covering(items, _spans(_QUOTED, text))
    bracketed = _covering(items, _spans(_BRACKETED, text))
    any_code = [a or b for a, b in zip(code, loose, strict=True)]
    cue_back, code_back = _distances(cue, True), _distances(any_code, True)
    code_ahead, course_back = _distances(any_code, False), _distances(course_word, True)
    lexicons = [lexicon(token.text) for token in items]
    body_line = 0
    for index, (token, row) in enumerate(zip(items, rows, strict=True)):
        if index and token.start >= body_start and "\n" in text[items[index - 1].end : token.start]:
            body_line += items[index - 1].start >= body_start
        row.update(
            {
                "in_subject": float(token.start < body_start),
                "body_line": "s" if token.start < body_start else str(min(body_line, 3)),
                "name_cue": float(cue[index]),
                "name_cue_back": cue_back[index],
                "code": "strict" if code[index] else "loose" if loose[index] else "-",
                "code_back": code_back[index],
                "code_ahead": code_ahead[index],
                "course_word_back": course_back[index],
                "course_word": float(course_word[index]),
                "quoted": float(quoted[index]),
                "bracketed": float(bracketed[index]),
                "lexicon": lexicons[index],
                "code_back|code_ahead": f"{code_back[index]}|{code_ahead[index]}",
                "cue_back|capitalised": f"{cue_back[index]}|{row['capitalised']}",
            }
        )
        for offset in (-1, 1):
            other = index + offset
            if 0 <= other < len(items):
                row[f"{offset}:lexicon"] = lexicons[other]
                row[f"{offset}:code"] = "strict" if code[other] else "loose" if loose[other] else "-"
                row[f"{offset}:quoted"] = float(quoted[other])
    return rows


def name_labels(items: list[Token], spans: list[tuple[str, int, int]]) -> list[str]:
    """BIO labels from (label, start, end) spans; a span off token bounds labels the tokens it covers whole."""
    tags = ["O"] * len(items)
    starts, ends = [token.start for token in items], [token.end for token in items]
    for label, start, end in spans:
        for number, index in enumerate(range(bisect_left(starts, start), bisect_right(ends, end))):
            tags[index] = f"{'B' if number == 0 else 'I'}-{label}"
    return tags


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of the value, spaces and line breaks between its words taken as one."""
    words = value.split()
    if not words:
        return []
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)"
    return [(match.start(), match.end()) for match in re.finditer(pattern, text)]


__all__ = ["LABELS", "Token", "compose", "lexicon", "name_features", "name_labels", "occurrences", "tokens"]
