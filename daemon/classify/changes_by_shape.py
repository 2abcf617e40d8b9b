"""Values recognised by their field's shape alone after a connector, for a field the request names elsewhere
without a value of its own."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_connectors import CONNECTOR, CONNECTORS
from daemon.classify.change_words import cues, told_of_after_whereas
from daemon.classify.cues_before import CuesBefore
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import SHAPE_ALONE, value_at

_COORDINATOR = re.compile(r",|\b(?:dan|and|serta|lalu|then)\b", re.IGNORECASE)
# "change to 3 sks": a number its unit follows counts credits, whatever shape a semester may share with it.
_CREDIT_UNIT = re.compile(r"[ \t]*(?:sks|credits?|kredit|credit hours)\b", re.IGNORECASE)


def shaped_without_cue(text: str, found: dict[str, FoundChange], mentioned: set[str]) -> list[FoundChange]:
    # Fields are only ever struck off the wanted ones: with none wanted, no connector needs reading.
    if not any(field not in found and field in mentioned for field in SHAPE_ALONE):
        return []
    extra: list[FoundChange] = []
    cues_before = CuesBefore(text)
    for connector in CONNECTOR.finditer(text):
        kind = next(CONNECTORS[int(name[1:])][0] for name, value in connector.groupdict().items() if value)
        if kind in ("label", "copula", "as follows", "written as", "will be"):
            continue
        wanted = [
            field
            for field in SHAPE_ALONE
            if field not in found and field in mentioned and all(field != change.field for change in extra)
        ]
        # Read only when a field is still wanted: the cues of a long sentence read at each of its connectors take
        # time that grows with the square of its length.
        if not wanted:
            continue
        # "Mohon dosennya diubah jadi 2 orang": a connector after another field's cue in its sentence is that field's;
        # so is one whose last clause holds the cue ("correct the credits to 4" sets no semester; "diganti namanya
        # saja dan dipindah ke Genap" may).
        last_clause = _COORDINATOR.split(connector.group(0))[-1]
        owners = cues_before.fields(connector.start()) | {field for field, _ in cues(last_clause)}
        for field in wanted:
            if owners - {field}:
                continue
            read = value_at(text, field, connector.end(), len(text))
            if (
                read is None
                or (field == "semester" and _CREDIT_UNIT.match(text, read.end))
                or told_of_after_whereas(kind, text, read.end)
            ):
                continue
            change = FoundChange(
                field,
                read.value,
                f"{field} by its shape after {kind}: {connector.group(0).strip()}",
                read.start,
                read.end,
            )
            if unsure(text, connector.start(), connector.start(), change.span):
                continue
            if not any(change.overlaps(other) for other in [*found.values(), *extra]):
                extra.append(change)
    return extra
