"""Labels written in markdown bold ("- **Semester baru:** Genap 2026/2027") read as plain labels, offsets kept."""

from __future__ import annotations

import re

# "**Short name baru:** X" and "**Short name baru**: X"; a label is short and on one line.
_BOLD_LABEL = re.compile(r"\*\*([^*\n:]{1,60}?)(?::\*\*|\*\*:)")


def _plain(match: re.Match[str]) -> str:
    # The four asterisks become spaces after the colon: every later offset stays where it was.
    return match.group(1) + ":" + " " * 4


def plain_labels(text: str) -> str:
    """The text with its bold labels made plain, each character at its place."""
    return _BOLD_LABEL.sub(_plain, text)
