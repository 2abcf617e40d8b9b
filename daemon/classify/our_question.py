"""What the helpdesk asked in a mail a reply answers (pure): the receipt's understood type, the fields it listed and
the items it asked to complete ("Mohon lengkapi: ..."), or a staff question that asks for one field's value."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from daemon.classify.change_words import cues
from daemon.classify.code_question import asks_for_a_code
from daemon.classify.model import RequestType
from daemon.wording import LABELS_DIR

_LANGUAGES = ("id", "en")
# The receipt's own sentences (templates/ticket/ack.requester.*.txt.j2), read from a quoted copy of it.
_UNDERSTOOD = re.compile(
    r"^(?:kami memahami permintaan anda sebagai|we understand your request as):\s*(?P<type>.+?)\.?\s*$",
    re.IGNORECASE,
)
_COMPLETE = re.compile(r"^(?:mohon lengkapi|please complete):\s*(?P<items>.+?)\.?\s*$", re.IGNORECASE)
_LISTED = re.compile(r"^\s*-\s*(?P<label>[^:\n]{2,40}):\s*(?P<value>\S[^\n]*?)\s*$")
_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+[ \t]?")
# A staff question asks for a value ("Kelas yang mana, Bu?", "Which lecturer should be listed?"), not a yes or no;
# the one lexicon of such asking words, read by answered too.
ASKS_FOR_A_VALUE = re.compile(
    r"\b(?:which|what|who|siapa|apa(?!kah)|berapa|yang\smana|mana|gimana\snama)\b", re.IGNORECASE
)
_CHANGE_FIELDS = ("fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key", "summary")


@dataclass(frozen=True)
class Asked:
    """request_type: what the receipt understood (None for a staff question); listed: (field, value) lines the
    receipt showed ("course_code", "changes.fullname", "scope"); wanted: the labels file's [missing] keys asked
    for ("course", "changes", "changes.fullname", "text"); by_staff: a person's question rather than the receipt."""

    request_type: RequestType | None
    listed: tuple[tuple[str, str], ...]
    wanted: tuple[str, ...]
    by_staff: bool = False


@cache
def _labels() -> dict[str, dict[str, str]]:
    """Label (lower case) -> key, per section, over both languages."""
    found: dict[str, dict[str, str]] = {"types": {}, "missing": {}, "fields": {}}
    for language in _LANGUAGES:
        with (LABELS_DIR / f"{language}.toml").open("rb") as handle:
            table = tomllib.load(handle)
        for section, inverse in found.items():
            inverse.update({str(label).lower(): key for key, label in table[section].items()})
    return found


def _field_key(label: str) -> str | None:
    key = _labels()["fields"].get(label.strip().lower())
    if key in _CHANGE_FIELDS:
        return f"changes.{key}"
    return key if key in ("course_code", "course_name", "title", "scope") else None


def _scope(value: str) -> str:
    return _labels()["fields"].get(value.strip().lower(), value)


def unquoted_lines(context: str) -> list[str]:
    return [_QUOTE_MARKS.sub("", line).rstrip() for line in context.splitlines()]


def _receipt(lines: list[str]) -> Asked | None:
    request_type: RequestType | None = None
    listed: list[tuple[str, str]] = []
    wanted: list[str] = []
    for index, line in enumerate(lines):
        if request_type is None and (understood := _UNDERSTOOD.match(line.strip())):
            code = _labels()["types"].get(understood.group("type").strip().lower())
            if code is None:
                return None
            request_type = RequestType(code)
            for item in lines[index + 1 :]:
                if not (shown := _LISTED.match(item)):
                    break
                if (key := _field_key(shown.group("label"))) is not None:
                    value = shown.group("value")
                    listed.append((key, _scope(value) if key == "scope" else value))
        elif complete := _COMPLETE.match(line.strip()):
            items = [_labels()["missing"].get(item.strip().lower()) for item in complete.group("items").split(";")]
            wanted = [item for item in items if item is not None]
            # A receipt quoted only in part (the writer kept just "Mohon lengkapi: ..."): the items asked, each in
            # the receipt's own words, still say what it understood.
            if request_type is None and wanted and len(wanted) == len(items):
                request_type = _type_asking(wanted)
            break
    if request_type is None:
        return None
    return Asked(request_type, tuple(listed), tuple(wanted))


def _type_asking(wanted: list[str]) -> RequestType | None:
    if all(item == "text" for item in wanted):
        return RequestType.ANNOUNCEMENT
    if all(item.startswith("changes") for item in wanted):
        return RequestType.COURSE_DATA
    return None


def _staff_question(lines: list[str]) -> Asked | None:
    """The one field a quoted question asks the value of ("kelas yang mana?" -> changes.class), or the course when
    it asks only for the code ("kode MK-nya apa?"); None when the quoted mail asks for several or for none."""
    fields: set[str] = set()
    course = False
    for line in lines:
        for question in re.findall(r"[^.!?\n]*\?", line):
            if not (ASKS_FOR_A_VALUE.search(question) or asks_for_a_code(question)):
                continue
            cued = {name for name, _ in cues(question) if name in _CHANGE_FIELDS}
            # "kode MK-nya apa?" asks which course, not for a short name.
            if asks_for_a_code(question):
                course = True
                cued.discard("shortname")
            fields |= cued
    if len(fields) == 1:
        return Asked(None, (), (f"changes.{fields.pop()}",), by_staff=True)
    return Asked(None, (), ("course",), by_staff=True) if course and not fields else None


def asked_in(context: str) -> Asked | None:
    """What the quoted mail asked: our receipt's items, else one staff question's field."""
    lines = unquoted_lines(context)
    return _receipt(lines) or _staff_question(lines)


def asked_by_staff(text: str) -> Asked | None:
    """The one field a staff member's mail to the requester asks the value of."""
    return _staff_question(unquoted_lines(text))


# "Apakah ada perubahan lain, misalnya kelas atau dosen?", "Anything else to change?": the quoted mail opens the
# request to changes it did not list; the answer's own changes are asked too.
_OTHER_CHANGES = re.compile(
    r"\b(?:(?:perubahan|yang\s+(?:perlu|mau|ingin)\s+diubah)\s+(?:yang\s+)?lain(?:nya)?|other\s+changes?|"
    r"anything\s+else\s+to\s+(?:change|update))\b[^?\n]{0,60}+\?",
    re.IGNORECASE,
)


def asks_for_other_changes(context: str) -> bool:
    return any(_OTHER_CHANGES.search(line) for line in unquoted_lines(context))
