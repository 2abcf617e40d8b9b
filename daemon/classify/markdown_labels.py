"""Markdown's marks made plain, every offset kept: labels and field names in bold ("- **Semester baru:** Genap
2026/2027", "set the **enrolment key** to X") read as words, a value in bold stays bold, set apart by its writer; a
one-line code block ("```\nML#genap-2028\n```") reads as its value in backquotes."""

from __future__ import annotations

import re

from daemon.classify.change_words import cues

# "**Short name baru:** X" and "**Short name baru**: X"; a label is short and on one line.
_BOLD_LABEL = re.compile(r"\*\*([^*\n:]{1,60}?)(?::\*\*|\*\*:)")
_BOLD = re.compile(r"\*\*([^*\n:]{1,40}?)\*\*")


def _label(match: re.Match[str]) -> str:
    # Each pair of asterisks becomes two spaces where it stood: the label and every later offset keep their place.
    return "  " + match.group(1) + ":  "


def _field_name(match: re.Match[str]) -> str:
    named = cues(match.group(1))
    if not named or named[0][1].start() != 0 or named[-1][1].end() != len(match.group(1)):
        return match.group(0)
    return "  " + match.group(1) + "  "


# The fence lines around a single line: "```" (a language name may follow the opening one) on lines of their own.
_ONE_LINE_FENCE = re.compile(r"(?m)^```[\w-]{0,20}\n([^`\n]{1,80})\n```$")


def _one_line_fence(match: re.Match[str]) -> str:
    opening = len(match.group(0)) - len(match.group(1)) - 4
    return " " * (opening - 1) + "`" + match.group(1) + "`   "


def plain_labels(text: str) -> str:
    """The text with its bold labels, bold field names and one-line code blocks made plain, each character at its
    place."""
    if "```" in text:
        text = _ONE_LINE_FENCE.sub(_one_line_fence, text)
    if "**" not in text:
        return text
    return _BOLD.sub(_field_name, _BOLD_LABEL.sub(_label, text))
