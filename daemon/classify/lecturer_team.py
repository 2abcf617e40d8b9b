"""A teaching team named as one lecturer value: two people joined by a slash where the request speaks of lecturers."""

from __future__ import annotations

import re
from dataclasses import replace

from daemon.classify.found_change import FoundChange
from daemon.classify.value_lecturer import read_lecturer

# "Please enter the lecturers as follows", "kedua dosen", "team teaching", "tim pengampu": more than one teacher.
_TEAM = re.compile(
    r"\b(?:lecturers|instructors|teachers|co-?lecturers?|dosen-dosen|dosen2|para\s+(?:dosen|pengampu)|"
    r"tim\s+(?:dosen|pengajar|pengampu)|team[ -]teaching|teaching\s+team|kedua\s+(?:dosen|pengampu)|"
    r"(?:both|two|2)\s+(?:lecturers|instructors|teachers)|(?:dua|2)\s+(?:orang\s+)?(?:dosen|pengampu))\b",
    re.IGNORECASE,
)
_SLASH = re.compile(r"[ \t]*/[ \t]*")
# How far before the value the request may speak of a team.
_REACH = 200


def team_value(flat: str, change: FoundChange) -> FoundChange | None:
    """ "Dr. Andi Pratama, M.T. / Prof. Dr.-Ing. Matthias Keller" under "enter the lecturers as follows": both people
    as written, one value (Moodle lists a course's teachers together); None when the request names no team or no
    second person follows the slash."""
    if change.field != "lecturer" or not _TEAM.search(flat, max(0, change.start - _REACH), change.start):
        return None
    value_end = change.start + len(change.value) if flat.startswith(change.value, change.start) else change.end
    slash = _SLASH.match(flat, value_end)
    line_end = flat.find("\n", value_end)
    limit = len(flat) if line_end < 0 else line_end
    if slash is None or (second := read_lecturer(flat, slash.end(), limit)) is None:
        return None
    whole = f"{change.value}{flat[value_end : slash.end()]}{second[0]}"
    return replace(change, value=whole, end=change.start + len(whole))
