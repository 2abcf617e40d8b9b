"""A teaching team named as one lecturer value: people joined by a slash, a comma or "dan" where the request speaks of
lecturers."""

from __future__ import annotations

import re
from dataclasses import replace

from daemon.classify.found_change import FoundChange
from daemon.classify.value_lecturer import JOINED, read_lecturer

# "Please enter the lecturers as follows", "kedua dosen", "team teaching", "tim pengampu": more than one teacher.
_TEAM = re.compile(
    r"\b(?:lecturers|instructors|teachers|co-?lecturers?|dosen-dosen|dosen2|para\s+(?:dosen|pengampu)|"
    r"tim\s+(?:dosen|pengajar|pengampu)|team[ -]teaching|teaching\s+team|kedua\s+(?:dosen|pengampu)|"
    r"(?:both|two|2)\s+(?:lecturers|instructors|teachers)|(?:dua|2)\s+(?:orang\s+)?(?:dosen|pengampu))\b",
    re.IGNORECASE,
)
# "Dr. X (koordinator), Y, dan Z", "X / Y": a member's role in brackets, then the joint to the next member.
_JOINT = re.compile(
    r"(?:[ \t]*\((?i:koordinator|coordinator|ketua|ketua\s+tim|team\s+leader|pj|penanggung\s+jawab)\))?"
    rf"(?:{JOINED.pattern}|[ \t]*[/,][ \t]*)"
)
# More members than this is a list of something else.
_MOST = 6
# How far before the value the request may speak of a team.
_REACH = 200


def team_value(flat: str, change: FoundChange) -> FoundChange | None:
    """ "Dr. Andi Pratama, M.T. / Prof. Dr.-Ing. Matthias Keller" under "enter the lecturers as follows", "Dr. X
    (koordinator), Y, dan Z" under "team teaching": every member as written, one value (Moodle lists a course's
    teachers together); None when the request names no team or no second person follows a joint."""
    if change.field != "lecturer" or not _TEAM.search(flat, max(0, change.start - _REACH), change.start):
        return None
    value_end = change.start + len(change.value) if flat.startswith(change.value, change.start) else change.end
    end = value_end
    line_end = flat.find("\n", end)
    limit = len(flat) if line_end < 0 else line_end
    members = 1
    while members < _MOST and (joint := _JOINT.match(flat, end)):
        if (member := read_lecturer(flat, joint.end(), limit)) is None:
            break
        end = member[1]
        members += 1
    if members == 1:
        return None
    whole = f"{change.value}{flat[value_end:end]}"
    return replace(change, value=whole, end=change.start + len(whole))
