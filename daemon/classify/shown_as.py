"""A field's value asked to be shown or written as something: "please put the lecturer name as: X", "could you display
the lecturer as "X"", "mohon nama pengampu dituliskan sebagai: X", "tolong tulis dua nama: X dan Y"."""

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
# "jadi tolong tulis dua nama: X dan Y", "please list both of us as lecturers of MB2107: X and Y": the names of the
# people who teach it together, asked to be written; "tolong di e-learning tertulis "X & Y"": what it is to read.
_NAMES_LISTED = re.compile(
    r"\b(?:tulis(?:kan)?|cantumkan|tampilkan|list|put|show|write|display)\b[^.:\n]{0,40}?\b(?:(?:dua|kedua|tiga|"
    r"ketiga|both|two|three|all)[ \t]+(?:nama(?:nya)?|names|of[ \t]+us|lecturers|dosen(?:nya)?|pengampu(?:nya)?))\b"
    r"[^:\n]{0,60}:[ \t]*",
    re.IGNORECASE,
)
_TO_READ = re.compile(r"\b(?:di[ \t]+e-?learning[ \t]+)?(?:tertulis|ditulis)[ \t]*:?[ \t]*(?=[\"“])", re.IGNORECASE)
_NOW = re.compile(r"\b(?:masih|sekarang|skrg|saat[ \t]+ini|currently|still)\b", re.IGNORECASE)


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
    if "lecturer" not in known and (team := _team_named(text)):
        changes.append(team)
    return changes


def _team_named(text: str) -> FoundChange | None:
    """The lecturers asked to be written together, or the words a team's course is asked to read."""
    for pattern in (_NAMES_LISTED, _TO_READ):
        for listed in islice(pattern.finditer(text), _MOST):
            sentence_start = sentence_around(text, listed.start())[0]
            asked = _ASKS.search(text, sentence_start, listed.start())
            if not asked or _NOW.search(text, asked.end(), listed.start()):
                continue
            # what a course is to read is a team's only where the sentence names who teaches it
            if pattern is _TO_READ and "lecturer" not in {
                field for field, _ in cues(text[sentence_start : listed.start()])
            }:
                continue
            if read := value_at(text, "lecturer", listed.end(), len(text)):
                return FoundChange(
                    "lecturer", read.value, f"names asked: {listed.group(0).strip()}", read.start, read.end
                )
    return None
