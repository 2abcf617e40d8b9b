"""Answers written under the quoted questions of an earlier mail, each put back under its question as one text."""

from __future__ import annotations

import re

from daemon.classify.change_words import cues
from daemon.classify.our_question import ASKS_FOR_A_VALUE

# "> 3. Nama baru yang diinginkan:", "> Which class should it be?": a quoted line that asks.
_QUESTION = re.compile(r">+[ \t]?(?P<question>[^\n>][^\n]*[:?])[ \t]*")


def answers_under_questions(context: str) -> str:
    """Every unquoted paragraph right under a quoted line that asks (ending in ":" or "?"), with that line, as
    "question\\nanswer" blocks; "" when the writer answered nothing between the quoted lines."""
    lines = context.split("\n")
    blocks: list[str] = []
    for index, line in enumerate(lines):
        if not (question := _QUESTION.fullmatch(line)):
            continue
        answer: list[str] = []
        for following in lines[index + 1 :]:
            if following.startswith(">") or (not following.strip() and answer):
                break
            if following.strip():
                answer.append(following)
        asked = question.group("question").strip()
        # "Which lecturer should be shown?" asks for a value, as a label does; "Is it shown right now?" does not.
        if asked.endswith("?"):
            asked = f"{asked[:-1]}:" if ASKS_FOR_A_VALUE.search(asked) else ""
        if answer and asked:
            blocks.append("\n".join([asked, *answer]))
        # "> Ada perubahan lain, misalnya kelas?" / "Oh iya, kelasnya juga: RPL 3A Pagi.": an answer to a yes-or-no
        # question that names its field itself says what it asks without the question.
        elif answer and cues("\n".join(answer)):
            blocks.append("\n".join(answer))
    return "\n\n".join(blocks)
