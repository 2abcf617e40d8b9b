"""The writer's own request quoted under the helpdesk's ask to complete it, for a reply that gives what was asked."""

from __future__ import annotations

import re

from parsers.body import opens_earlier_message, thread_text

# "Mohon lengkapi: kode MK.", "Mohon lengkapi kode mata kuliahnya", "Please complete: the course code": the
# helpdesk's receipt, kept whole, in part or in the writer's paraphrase; the items it names do not matter here.
_ASKS_TO_COMPLETE = re.compile(
    r"\b(?:mohon|harap|silakan|silahkan|please|kindly)\s++(?:di)?(?:lengkapi|lengkapkan|complete|provide|sertakan)\b",
    re.IGNORECASE,
)


def _depth(line: str) -> int:
    return line[: len(line) - len(line.lstrip(" \t>"))].count(">")


def request_under_ask(context: str) -> str:
    """The text of the earlier mail quoted below the helpdesk's quoted ask to complete the request ("" when the
    quote holds no such ask, or nothing below it): the request that ask is about, as its writer wrote it."""
    lines = context.split("\n")
    for index, line in enumerate(lines):
        if _ASKS_TO_COMPLETE.search(line):
            asked_at = _depth(line)
            below = lines[index + 1 :]
            # The request is the mail the ask itself quotes: deeper quote marks, or what follows the rule or
            # attribution that opens it.
            deeper = [item for item in below if _depth(item) > asked_at]
            if deeper:
                return thread_text("\n".join(deeper)).strip()
            opened = next((n for n, item in enumerate(below) if opens_earlier_message(item.lstrip(" \t>"))), None)
            return "" if opened is None else thread_text("\n".join(below[opened + 1 :])).strip()
    return ""
