"""A second change that shares the first one's verb: "diubah menjadi Robotika Industri serta singkatannya RBT-IND",
"rename it to X and the short name Y", "the short name to X & the key to Y": the field named after "dan/serta/and"
takes the value right after it."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_words import CUE, CUES, cue_field_name, is_old_side
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at
from daemon.classify.wording import sentence_around

_AND = re.compile(
    r"[ \t]*+,?[ \t]*(?:(?:dan|and)[ \t]+(?P<given>given|diberi|dikasih)|(?P<with>with|dengan)|dan|serta|sekaligus|"
    r"sekalian|and|plus|&)[ \t]+(?:(?:juga|also|the|its|a|new)[ \t]+){0,2}|[ \t]*,[ \t]*",
    re.I,
)
# What may stand between the second field and its value: the verb's "to" said again, never a verb of its own
# ("dan kelasnya dipindah ke X" is read at its own cue).
_TO_AGAIN = re.compile(r"[ \t]*(?:(?:juga|also)[ \t]+)?(?:(?:menjadi|jadi|jd|ke|to|into|:)[ \t]+)?", re.IGNORECASE)
# The value ends its clause: the sentence's end, a comma, or a closing word.
_CLAUSE_ENDS = re.compile(
    r"[ \t]*(?:$|[\n,.;!?)]|(?:ya+|yah|dong|deh|aja|saja|please|pls|thanks|makasih|terima\skasih|mohon|"
    r"sesuai|agar|supaya|karena|biar|so|as|because)\b)",
    re.IGNORECASE,
)


def coordinated(flat: str, changes: dict[str, FoundChange]) -> list[FoundChange]:
    """Fields named right after a found change's value with "dan/serta/and", their value with no verb of its own."""
    extra: list[FoundChange] = []
    for change in list(changes.values()):
        # A name's span may run past the words cut from its end ("Gizi Klinik dan singkatannya X"): the value ends it.
        at = flat.find(change.value, change.start, change.end + 1)
        value_end = at + len(change.value) if at >= 0 else change.end
        if change.weak or not (also := _AND.match(flat, value_end)):
            continue
        cue = CUE.match(flat, also.end())
        if cue is None or is_old_side(cue):
            continue
        field = CUES[int(cue_field_name(cue)[1:])][0]
        if field in changes or field == change.field or any(other.field == field for other in extra):
            continue
        to = _TO_AGAIN.match(flat, cue.end())
        # "dan kelas TI-2A": a class or a semester right after its word may only say which group; "kelasnya TI-2B",
        # "and the class to TI-2B" give it as the value.
        if field in ("class", "semester") and not (to and to.group(0).strip()) and not cue.group(0).endswith("nya"):
            continue
        # "diubah ke Kalkulus Lanjut, singkatannya KALJUT": after a bare comma, only the field's own "-nya" or a "to"
        # gives its value ("..., kelas TI-2A" says which group), and only a value of its own shape ("..., dosennya Pak
        # Budi" may say whose course it is).
        bare_comma = not also.group(0).strip(" \t,")
        # "..., with short name WSE-2104", "dan diberi nama singkat X": a value given along with the first one, only
        # of a shaped field ("with Dr. X" may say who teaches alongside, "dengan deskripsi ..." what it covers).
        if (also.group("with") or also.group("given")) and field in ("fullname", "lecturer", "summary"):
            continue
        if bare_comma and (
            field in ("fullname", "lecturer", "summary")
            or (not (to and to.group(0).strip()) and not cue.group(0).endswith("nya"))
        ):
            continue
        read = value_at(flat, field, to.end() if to else cue.end(), sentence_around(flat, cue.end())[1])
        if read is None or not _CLAUSE_ENDS.match(flat, read.end):
            continue
        found = FoundChange(
            field, read.value, f"same verb, {also.group(0).strip()} {cue.group(0).strip()}", read.start, read.end
        )
        if not unsure(flat, change.start, cue.start(), found.span):
            extra.append(found)
    return extra


_RESPECTIVELY = re.compile(r"\b(?:masing-masing|masing2|msg-msg|respectively|berturut-turut|secara\sberurutan)\b", re.I)
# From the fields to their values: "... diubah masing-masing menjadi X dan Y", "... to X and Y respectively".
_TO_VALUES = re.compile(
    r"\b(?:menjadi|jadi|jd|ke|to|into|be|:)(?:[ \t]+(?:masing-masing|masing2|respectively))?[ \t]*", re.IGNORECASE
)
_VALUES_APART = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:dan|and|serta|&)[ \t]+)?|[ \t]+(?:dan|and|serta|&)[ \t]+)")


def respectively(flat: str) -> tuple[list[FoundChange], tuple[int, int] | None]:
    """ "Nama dan kode singkatnya diubah masing-masing menjadi X dan Y": the fields named before, in order, take the
    values listed after, one each. The changes, and where the values stand (to drop a reading that ran them into
    one value, when they cannot be told apart)."""
    for marker in _RESPECTIVELY.finditer(flat):
        start, end = sentence_around(flat, marker.start())
        fields: list[str] = []
        last_cue_end = start
        for cue in CUE.finditer(flat, start, end):
            field = CUES[int(cue_field_name(cue)[1:])][0]
            if cue.start() < marker.start() and field not in fields:
                fields.append(field)
                last_cue_end = cue.end()
        to = _TO_VALUES.search(flat, max(last_cue_end, marker.end() if flat[marker.end() : end].strip() else 0), end)
        if len(fields) < 2 or to is None:
            continue
        values_end = marker.start() if marker.start() > to.end() else end
        while values_end > to.end() and flat[values_end - 1] in " \t.!?":
            values_end -= 1
        region = (to.end(), values_end)
        edges = [to.end()]
        for apart in _VALUES_APART.finditer(flat, *region):
            edges += [apart.start(), apart.end()]
        edges.append(values_end)
        parts = list(zip(edges[::2], edges[1::2], strict=True))
        if len(parts) != len(fields):
            return [], region
        found = []
        for field, (part_start, part_end) in zip(fields, parts, strict=True):
            read = value_at(flat, field, part_start, part_end)
            if read is None or read.value != flat[part_start:part_end].strip(" \t\"“”'‘’"):
                return [], region
            found.append(FoundChange(field, read.value, f"respectively: {marker.group(0)}", read.start, read.end))
        return found, region
    return [], None
