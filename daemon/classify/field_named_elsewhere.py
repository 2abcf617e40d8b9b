"""A value asked without its field's name ("Could you change it to: X") read for the one field the subject or an
earlier sentence of the text names."""

from __future__ import annotations

import re
from bisect import bisect_left

from daemon.classify.asking import supposed, unsure
from daemon.classify.change_at_cue import SAYS_NEW_VALUE
from daemon.classify.change_connectors import CONNECTOR, CONNECTORS
from daemon.classify.change_words import CHANGE_VERB, HANDS_OVER_OTHER, WRITERS_NAME, cues, is_old_side, said_so
from daemon.classify.connector_value import OLD_BEFORE, line_of
from daemon.classify.course_name_placed import PERSON
from daemon.classify.found_change import FoundChange, Read
from daemon.classify.value_at import value_at
from daemon.classify.wording import sentence_around

# "Baik, ini teksnya untuk course X:", "Here is the new wording:": a reply hands over a text under a colon; a
# screenshot, a file or an error message handed over is not the text asked for.
_DELIVERS_TEXT = re.compile(
    r"\b(?:teks|text|isi|versi|version|kalimat|paragraf|paragraph|wording|deskripsi|description|ringkasan|summary)"
    r"(?:nya)?\b",
    re.IGNORECASE,
)
# "Please replace it with the following:", "Mohon diganti dengan yang berikut:": the text asked for, handed over.
_REPLACED = re.compile(rf"\b(?:replace|{CHANGE_VERB})\b", re.IGNORECASE)
_BARE_NAME = re.compile(r"(?i:name|nama|nami)")
# "Rina Wulandari, M.T.": a degree after a name.
DEGREE_AFTER = re.compile(r",[ \t]*(?:[A-Z][A-Za-z]{0,4}\.){1,3}")


def _asks_new_value(text: str, connector: re.Match[str], field: str) -> bool:
    kind = _kind(connector)
    # "Deskripsinya masih yang lama:\n"X"": a colon after words that say the value is the current one hands over that.
    if kind == "colon at line end" and OLD_BEFORE.search(text, max(0, connector.start() - 40), connector.start()):
        return False
    delivered = (
        field == "summary"
        and kind in ("colon at line end", "as follows")
        and (
            _DELIVERS_TEXT.search(line_of(text, connector.start()))
            or _REPLACED.search(line_of(text, connector.start()))
        )
        and not HANDS_OVER_OTHER.search(line_of(text, connector.start()))
    )
    return kind in SAYS_NEW_VALUE or bool(delivered)


def _kind(connector: re.Match[str]) -> str:
    return next(CONNECTORS[int(name[1:])][0] for name, value in connector.groupdict().items() if value)


def _doubted(text: str, connector: re.Match[str], change: FoundChange) -> bool:
    return unsure(text, connector.start(), connector.start(), change.span) or supposed(text, change.start)


def field_named_in_subject(text: str, subject: str) -> dict[str, FoundChange]:
    """A reply that says only "It should be X" about the one field its subject names ("Course rename IF302")."""
    named = {field: cue for field, cue in cues(subject) if not is_old_side(cue)}
    if len(named) != 1:
        return {}
    ((field, cue),) = named.items()
    # "Misspelled name" over "my name is misspelled in the course X": the writer's name there is its lecturer's.
    if field == "fullname" and _BARE_NAME.fullmatch(cue.group(0).strip()) and WRITERS_NAME.search(text):
        field = "lecturer"
    for connector in CONNECTOR.finditer(text):
        if _asks_new_value(text, connector, field) and (read := value_at(text, field, connector.end(), len(text))):
            named_as = cue.group(0).strip()
            source = f"{_kind(connector)}: {connector.group(0).strip()}, the field named in the subject ({named_as})"
            change = FoundChange(field, read.value, source, read.start, read.end)
            return {} if _doubted(text, connector, change) else {field: change}
    return {}


def _fitting(text: str, connector: re.Match[str], cues_before: list[tuple[str, re.Match[str]]]) -> dict[str, Read]:
    return {
        field: read
        for field, cue in cues_before
        if not is_old_side(cue)
        and _asks_new_value(text, connector, field)
        and (read := value_at(text, field, connector.end(), len(text)))
    }


# How far back a value asked on its own looks for the field it is asked for: the mail's last few sentences; and how
# many such asks are read at most (a hostile text of connectors would be read over and over).
_REACH = 600
_MOST_ASKS = 12


def field_named_before(text: str) -> dict[str, FoundChange]:
    """ "Enrolment key MK X masih yang lama. Tolong diganti jadi: Y": a sentence that asks for a value and names no
    field of its own asks it for the field named last before it that the value fits (a key is no lecturer's name);
    when that sentence names two fields the value fits, which one is meant is asked back. A value written before the
    ask ("lama: Fisika Dasar / baru: Fisika Dasar") is the one the page has, no new one."""
    named_at = cues(text)
    starts = [cue.start() for _, cue in named_at]
    asks = 0
    for connector in CONNECTOR.finditer(text):
        sentence_start = sentence_around(text, connector.start())[0]
        first, own = bisect_left(starts, max(0, sentence_start - _REACH)), bisect_left(starts, sentence_start)
        if bisect_left(starts, connector.start()) > own or first == own:
            continue
        if said_so(text, connector.start(), connector.end()):
            continue
        asks += 1
        if asks > _MOST_ASKS:
            break
        by_sentence: dict[int, list[tuple[str, re.Match[str]]]] = {}
        for field, cue in named_at[first:own]:
            by_sentence.setdefault(sentence_around(text, cue.start())[0], []).append((field, cue))
        reads, named = next(
            (
                (fits, named)
                for _, named in sorted(by_sentence.items(), reverse=True)
                if (fits := _fitting(text, connector, named))
            ),
            ({}, []),
        )
        if len(reads) != 1:
            continue
        ((field, read),) = reads.items()
        # Two capitalised words may be a course's name as well as a person's: only one called so is a lecturer.
        if field == "lecturer" and not (
            PERSON.search(text, connector.end(), read.start + 1)
            or DEGREE_AFTER.match(text, read.end)
            or DEGREE_AFTER.search(read.value)
        ):
            continue
        if read.value.casefold() in text[: connector.start()].casefold():
            continue
        named_as = next(cue.group(0).strip() for named_field, cue in named if named_field == field)
        source = f"{_kind(connector)}: {connector.group(0).strip()}, the field named before ({named_as})"
        change = FoundChange(field, read.value, source, read.start, read.end)
        return {} if _doubted(text, connector, change) else {field: change}
    return {}
