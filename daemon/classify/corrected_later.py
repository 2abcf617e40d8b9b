"""Values said after the current one: a cue that names the current value read on to the new one, and a value the
writer corrects a sentence later ("Eh maaf salah, maksud saya X", "Sorry, typo: I meant X")."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_at_cue import REACH, SAYS_NEW_VALUE
from daemon.classify.change_connectors import connectors
from daemon.classify.change_words import cue_field_start, cues
from daemon.classify.connector_value import describe
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at
from daemon.classify.wording import sentence_around

# An apology for a slip or "I meant" opens the correction; what it leads to, of the same field's shape, is the value
# the writer meant. "Seharusnya"/"should be" are left to the grammar: after a value they name another field as often.
_CORRECTION = re.compile(
    r"\b(?:(?:eh|oh|oops|sorry|maaf|mohon\smaaf)(?:\W{0,3}(?:salah(?:\s?ketik)?|typo|keliru|my\s(?:mistake|bad)|wrong))?|"
    r"salah\s?ketik|typo|ralat|correction|koreksi)?[ \t,.:;!-]*"
    r"\b(?:maksud(?:nya|\s(?:saya|sy|aku|kami))|(?:I|we)\s(?:meant|mean)|what\sI\smeant\swas|(?:it\s)?should\shave\sbeen|"
    r"harusnya|seharusnya|yang\sbenar|yg\sbenar|make\s(?:that|it)|it\sshould\sbe|it'?s|it\sis|"
    # a label that owns up and gives the value at once: "koreksi: X", "ralat: X"
    r"(?:ralat|koreksi|correction)(?=[ \t]*:))\b[ \t]*(?:adalah|is|itu)?[ \t]*:?",
    re.IGNORECASE,
)
# Owning up to a slip, or saying what was meant, in the paragraph or a postscript: the slip may be owned up to in a
# sentence of its own before the value ("Eh bentar, salah. Yang benar X"); "scratch that", "wait" and "actually" take
# the value back as "salah" does.
OWNED_SLIP = re.compile(
    r"\b(?:salah|typo|keliru|mistake|my\sbad|wrong|ralat|correction|koreksi|maksud\w*|meant|mean|maaf|sorry|oops|"
    r"scratch\sthat|wait|actually|instead)\b",
    re.I,
)
# "jadi AGR-1A, eh maaf yang benar AGR-1B": a slip owned up to in the same sentence, after a comma or a dash (or a
# full stop the next word does not open: "jadi X. koreksi: Y").
_OWNS_UP_FIRST = re.compile(r"(?:eh|oh|oops|sorry|maaf|mohon\smaaf|salah|typo|ralat|correction|koreksi)\b", re.I)
_CLAUSE_BEFORE = re.compile(r"[ \t]*[,;.–—-][ \t]*(?:(?:eh|oh|ah|duh|aduh|wait)[ \t,.!]*)?", re.I)
_OPENS_OWNING_UP = re.compile(
    r"\s*(?:[^\W\d]+\W{1,3}){0,3}"
    r"(?:salah(?:\s?ketik)?|typo|keliru|ralat|correction|koreksi|my\s(?:mistake|bad))\b",
    re.IGNORECASE,
)
_CORRECTION_REACH = 200
# What the correction leads to is a token of its own ("I meant Blue-River8!"), not the writer's further words.
_UNREADABLE = re.compile(r"[ \t]*\S*\d\S*[!?]?[ \t]*(?:\n|$)")


# Said aloud or typed as spoken, a slip is repaired at once, after a filler: "jadi 2 eh bukan 2 tapi 3 sks", "ke IF-2A
# eh bukan, IF-2B maksudnya", "to 2, no wait, 3 credits". Without the filler or a "tapi/but", "3 sks bukan 2 sks" sets
# the right value against the wrong one, which the grammar reads.
_SPOKEN_REPAIR = re.compile(
    r"(?:[ \t]+(?:sks|credits?))?[ \t]*,?[ \t]*"
    r"(?:(?:eh|ah|oh|em|ehm|duh)\W{1,3}(?:bukan|bkn|salah|maaf|sorry|no)|no[ \t,]+wait|"
    r"(?:eh|oops)\W{1,3}maksud(?:nya|\s(?:saya|sy|aku)))"
    r"\b[ \t,.:]*",
    re.IGNORECASE,
)
_BUT = re.compile(r"(?:[ \t]+(?:sks|credits?))?[ \t,]*(?:tapi|tp|tpi|but)\b[ \t,:]*", re.IGNORECASE)
_REPAIR_REACH = 60


def _repaired_at_once(flat: str, change: FoundChange) -> FoundChange | None:
    repair = _SPOKEN_REPAIR.match(flat, change.end)
    if repair is None:
        return None
    read = value_at(flat, change.field, repair.end(), min(len(flat), repair.end() + _REPAIR_REACH))
    # "2 eh bukan 2 tapi 3": the slip said again before the value meant.
    if read is not None and read.value == change.value:
        but = _BUT.match(flat, read.end)
        read = value_at(flat, change.field, but.end(), min(len(flat), but.end() + _REPAIR_REACH)) if but else None
    if read is None or read.value == change.value:
        return None
    source = f"repaired at once: {' '.join(flat[change.end : read.start].split())}"
    return FoundChange(change.field, read.value, source, read.start, read.end)


def corrected_later(flat: str, change: FoundChange) -> FoundChange | None:
    """The change, or the value a later sentence of its paragraph corrects it to; None when the correction's value
    cannot be read ("I meant Blue-River8!": the key's own mark or the writer's), since the first value is not meant."""
    if repaired := _repaired_at_once(flat, change):
        return repaired
    paragraph_end = flat.find("\n\n", change.end)
    # "Eh maaf, ralat: ...", "Aduh, maaf pak, salah ketik: ...": a paragraph that opens by owning up (in its first
    # few words) corrects the one before.
    if paragraph_end >= 0 and _OPENS_OWNING_UP.match(flat, paragraph_end):
        paragraph_end = flat.find("\n\n", paragraph_end + 2)
    window_end = min(len(flat), change.end + _CORRECTION_REACH, len(flat) if paragraph_end < 0 else paragraph_end)
    for correction in _CORRECTION.finditer(flat, change.end, window_end):
        # Only in a later sentence, and only when it owns up to a slip or says what was meant.
        words = correction.group(0).lstrip(" \t,.:;!-")
        start = correction.end() - len(words)
        same_sentence = sentence_around(flat, start)[0] <= change.start
        owned_up_after = bool(_OWNS_UP_FIRST.match(words) and _CLAUSE_BEFORE.fullmatch(flat, change.end, start))
        if (same_sentence and not owned_up_after) or not OWNED_SLIP.search(flat, change.end, correction.end()):
            continue
        # "Dosennya maksud saya Y" names another field: not this change's correction.
        sentence_start = max(sentence_around(flat, start)[0], change.end if same_sentence else 0)
        if any(field != change.field for field, _ in cues(flat[sentence_start:start])):
            continue
        read = value_at(flat, change.field, correction.end(), len(flat))
        if read is None and _UNREADABLE.match(flat, correction.end()):
            return None
        if read is not None and read.value != change.value:
            source = f"corrected later: {' '.join(correction.group(0).split())}"
            return FoundChange(change.field, read.value, source, read.start, read.end)
    return change


def after_old_value(text: str, field: str, cue: re.Match[str]) -> FoundChange | None:
    """A cue that names the current value ("Nama singkat saat ini: X. Mohon diperbaiki menjadi Y", "kelas tertulis
    X, seharusnya Y"): only a connector that says a new value follows is read, in the same paragraph."""
    paragraph_end = text.find("\n\n", cue.end())
    window_end = min(len(text), cue.end() + REACH, len(text) if paragraph_end < 0 else paragraph_end)
    for kind, connector in connectors(text, cue.end(), window_end):
        if kind in SAYS_NEW_VALUE and (read := value_at(text, field, connector.end(), len(text))):
            description = describe(text, cue, connector.end(), connector.group(0))
            change = FoundChange(
                field, read.value, f"{kind} after the current value: {description}", read.start, read.end
            )
            if not unsure(text, cue_field_start(cue), connector.start(), change.span):
                return change
    return None
