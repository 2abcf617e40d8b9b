"""Several short fields set under one verb and a colon, each named before its value ("Mohon diganti: short name
ALG-1A, key Elang#1", "Please update: credits 4; semester 5")."""

from __future__ import annotations

import re

from daemon.classify.asking import supposed, unsure
from daemon.classify.change_words import CHANGE_VERB, CUE, CUES, cue_field_name, is_old_side
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at

# Fields whose values have a shape of their own: a name or a text after a bare cue may run into the next item.
_SHAPED = frozenset({"shortname", "class", "semester", "credits", "enrolment_key"})
# The verb and its colon, the list on the same line: "Mohon diganti:", "please update:", "disesuaikan sbb:".
_VERB_COLON = re.compile(
    rf"\b(?:{CHANGE_VERB})(?:kan)?(?:[ \t]+(?:sebagai[ \t]+berikut|sbb|as[ \t]+follows|to|menjadi|jadi))?"
    r"[ \t]*:[ \t]*(?=\S)",
    re.IGNORECASE,
)
# "Mohon untuk Praktikum Fisika (FS1103): short name X; kelas Y": a request's own line and colon, with no verb,
# holds a list only when two fields or more are set in it.
_ASK_COLON = re.compile(r"\b(?:mohon|tolong|please|minta|request(?:ed)?)\b[^:\n]{0,60}:[ \t]*(?=\S)", re.IGNORECASE)
_APART = re.compile(r"[,;]|[ \t](?:dan|and|serta|&)", re.IGNORECASE)
_SPACES = re.compile(r"[ \t]*")


def _apart(flat: str, start: int, end: int) -> tuple[int, int] | None:
    """The separator after an item with the spaces around it. Found without them, then widened: spaces before it
    in the pattern are tried from every space of a long run, each time to the run's end (quadratic time)."""
    found = _APART.search(flat, start, end)
    if found is None:
        return None
    before = found.start()
    while before > start and flat[before - 1] in " \t":
        before -= 1
    after = _SPACES.match(flat, found.end(), end)
    return before, after.end() if after else found.end()


# Spaces each taken once: two runs of them around an optional stop split a long run every way.
_LINE_END = re.compile(r"[ \t]*+(?:[.!][ \t]*+)?(?:\n|$)")
# In a list of fields, a bare "key" or "password" is the enrolment key: "short name X; key 'cahaya'".
_BARE_KEY = re.compile(r"(?:key|password|pass|pw)(?=[ \t])", re.IGNORECASE)
_LEAD = re.compile(r"(?:(?:the|its|their)[ \t]+)?", re.IGNORECASE)


def field_value_list(flat: str, known: set[str]) -> list[FoundChange]:
    """The items of a "verb: field value, field value" line, when every item is a field and a value of its shape."""
    heads = [(verb, 1) for verb in _VERB_COLON.finditer(flat)] + [(ask, 2) for ask in _ASK_COLON.finditer(flat)]
    for verb, at_least in heads:
        line_end = flat.find("\n", verb.end())
        line_end = len(flat) if line_end < 0 else line_end
        items: list[FoundChange] = []
        position = verb.end()
        while position < line_end:
            lead = _LEAD.match(flat, position, line_end)
            at = lead.end() if lead else position
            cue = CUE.match(flat, at, line_end) or _BARE_KEY.match(flat, at, line_end)
            if cue is None or (cue.re is CUE and is_old_side(cue)):
                break
            field = CUES[int(cue_field_name(cue)[1:])][0] if cue.re is CUE else "enrolment_key"
            apart = _apart(flat, cue.end(), line_end)
            item_end = apart[0] if apart else line_end
            read = value_at(flat, field, cue.end(), item_end)
            if field not in _SHAPED or read is None or not _LINE_END.match(flat, read.end, item_end):
                break
            items.append(
                FoundChange(
                    field, read.value, f"listed after {verb.group(0).strip()} {cue.group(0)}", read.start, read.end
                )
            )
            position = apart[1] if apart else line_end
        # Every item read, to the line's end: a list cut short may have run a value into the next item.
        if len(items) >= at_least and position >= line_end and len({item.field for item in items}) == len(items):
            return [
                item
                for item in items
                if item.field not in known
                and not supposed(flat, item.start)
                and not unsure(flat, verb.start(), verb.start(), item.span)
            ]
    return []
