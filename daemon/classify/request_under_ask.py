"""The helpdesk's ask to complete a request, as a reply quotes it, with the writer's own request quoted under it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from daemon.classify.change_words import cues
from daemon.classify.code_question import COMPLETE_VERB
from parsers.body import opens_earlier_message, thread_text

# "Mohon lengkapi: kode MK.", "Mohon dilengkapi kode mata kuliahnya", "Please provide the new enrolment key": the
# helpdesk's receipt, kept whole, in part or in the writer's paraphrase.
_ASKS_TO_COMPLETE = re.compile(
    rf"\b(?:mohon|harap|silakan|silahkan|please|kindly)\s++{COMPLETE_VERB}\b",
    re.IGNORECASE,
)
# The ask wants a change's value only when it says the value is the new or right one ("nama singkat baru", "jumlah
# SKS yang benar"); "kode atau nama mata kuliah" names the course, which the course's readers take.
_NEW_VALUE = re.compile(
    r"\b(?:baru\w*|new|(?:yang|yg)\s++(?:benar|diinginkan|dimaksud)|correct|right|desired)\b", re.IGNORECASE
)
_COURSE_WORDS = re.compile(r"\b(?:kode|code|mata\s++kuliah\w*|course)\b", re.IGNORECASE)


@dataclass(frozen=True)
class AskToComplete:
    """asked: the ask's line without its quote marks; request: the earlier mail quoted below it ("" when none)."""

    asked: str
    request: str

    def field_asked(self) -> str | None:
        """The one change field whose new value the ask wants, or None."""
        if not _NEW_VALUE.search(self.asked):
            return None
        fields = {field for field, cue in cues(self.asked) if not _COURSE_WORDS.search(cue.group(0))}
        return fields.pop() if len(fields) == 1 else None


def _depth(line: str) -> int:
    return line[: len(line) - len(line.lstrip(" \t>"))].count(">")


def ask_to_complete(context: str) -> AskToComplete | None:
    """The first quoted ask to complete a request, and the earlier mail quoted below it: deeper quote marks, or
    what follows the rule or attribution that opens it."""
    lines = context.split("\n")
    for index, line in enumerate(lines):
        if not _ASKS_TO_COMPLETE.search(line):
            continue
        asked = line.lstrip(" \t>").strip()
        below = lines[index + 1 :]
        deeper = [item for item in below if _depth(item) > _depth(line)]
        if deeper:
            return AskToComplete(asked, thread_text("\n".join(deeper)).strip())
        opened = next((n for n, item in enumerate(below) if opens_earlier_message(item.lstrip(" \t>"))), None)
        return AskToComplete(asked, "" if opened is None else thread_text("\n".join(below[opened + 1 :])).strip())
    return None
