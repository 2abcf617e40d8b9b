"""A field's value asked to be shown or written as something: "please put the lecturer name as: X", "could you display
the lecturer as "X"", "mohon nama pengampu dituliskan sebagai: X"."""

from __future__ import annotations

import re
from itertools import islice

from daemon.classify.change_words import cues
from daemon.classify.found_change import FoundChange
from daemon.classify.intent import PLEASE
from daemon.classify.value_at import value_at
from daemon.classify.wording import sentence_around

# The verb of showing in the form that asks ("put", "display", "ditampilkan" after "mohon"), then the field within a few
# words, then "as"/"sebagai". "It shows the lecturer as X", "is written as 6" tell what the page has now.
_SHOWN_AS = re.compile(
    r"\b(?:put|display|show|list|write|enter|(?:di)?tampilkan|(?:di)?tuliskan|(?:di)?cantumkan)"
    r"(?P<between>(?:[ \t]+[\w.-]+){0,8}?)[ \t]+(?:as|sebagai)\b[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# intent's polite asks, in any case, and the formal or Malay ones ("harap", "sila", "dapatkah").
_ASKS = re.compile(rf"{PLEASE.pattern}|\b(?:harap|sila|bisakah|dapatkah)\b", re.IGNORECASE)
_MOST = 6


def shown_as(text: str, known: set[str]) -> list[FoundChange]:
    changes = []
    for shown in islice(_SHOWN_AS.finditer(text), _MOST):
        sentence_start = sentence_around(text, shown.start())[0]
        if not _ASKS.search(text, sentence_start, shown.start()):
            continue
        # The field named last before the "as", between the verb and it or before the verb ("nama pengampu": the
        # lecturer's name).
        named = cues(text[sentence_start : shown.start("between") + len(shown["between"])])
        if not named or (field := named[-1][0]) in known:
            continue
        if read := value_at(text, field, shown.end(), len(text)):
            changes.append(FoundChange(field, read.value, f"shown as: {shown.group(0).strip()}", read.start, read.end))
    return changes
