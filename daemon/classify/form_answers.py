"""A form's receipt written as "Pertanyaan: X" over "Jawaban: Y" turned into "X: Y" lines, the answers kept in place."""

from __future__ import annotations

import re

# A Google or Microsoft form's copy of the responses: each question labelled, its answer labelled on the next line
# ("Pertanyaan: Data baru\nJawaban: Praktikum Elektronika Analog & Digital", "Question: New value\nAnswer: ...").
_PAIR = re.compile(
    r"^[ \t]*(?:Pertanyaan|Question|Soal)[ \t]*:[ \t]*(?P<label>[^\n:]{1,80}?)[ \t]*"
    r"\n[ \t]*(?:Jawaban|Answer|Respons|Response)[ \t]*:[ \t]*(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)


def answers_as_labelled_lines(text: str) -> str:
    """Each question and its answer as one "label: answer" line; every answer keeps its offset (the question moves
    to the start of its line and the freed room is blanks), so a value read from the new text is found in the old."""

    def joined(pair: re.Match[str]) -> str:
        room = len(pair.group(0)) - len(pair.group("label")) - 1
        return f"{pair.group('label')}:{' ' * room}"

    return _PAIR.sub(joined, text)
