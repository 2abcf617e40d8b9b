"""The new lecturer named where the mail marks that person as new: a team list's one line marked "(baru)", or the
person who replaces someone ("digantikan oleh X") in a mail about the lecturer."""

from __future__ import annotations

import re
from itertools import islice

from daemon.classify.asking import unsure
from daemon.classify.change_words import cues
from daemon.classify.found_change import FoundChange
from daemon.classify.values import VALUE_READERS
from daemon.classify.wording import TITLE_PREFIX, TITLE_SUFFIX, sentence_around

# "1. Fitriani Lubis, S.E., M.Ak. (baru, menggantikan Bu Novi)", "- Dr. X - new": a line of a list whose person is
# marked new or as replacing another; "(baru saja pensiun)" says "just", not "new".
_LIST_LINE = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]*", re.MULTILINE)
_MARKED_NEW = re.compile(
    r"[ \t]*(?:\(|[-–—][ \t]|,)[ \t]*(?:(?:baru|new|pengganti|replacement)(?=[ \t]*[),;]|[ \t]*$)|"
    r"(?:menggantikan|gantiin|replacing|replaces)\b)",
    re.IGNORECASE | re.MULTILINE,
)


def _line_end(flat: str, start: int) -> int:
    end = flat.find("\n", start)
    return len(flat) if end < 0 else end


def marked_new_in_list(flat: str) -> FoundChange | None:
    """One line of a list of people, in a mail about the lecturer, is marked new; two leave who in doubt."""
    if not any(field == "lecturer" for field, _ in cues(flat)):
        return None
    marked: list[FoundChange] = []
    for line in islice(_LIST_LINE.finditer(flat), 30):
        read = VALUE_READERS["lecturer"](flat, line.end(), _line_end(flat, line.end()))
        if read is None or not (mark := _MARKED_NEW.match(flat, read[1])):
            continue
        source = f"marked new in a list: {mark.group(0).strip(' (,-–—')}"
        if change := FoundChange.located(flat, "lecturer", read, line.end(), source):
            marked.append(change)
    return marked[0] if len(marked) == 1 else None


# "MK Gambar Teknik digantikan oleh Suparman, S.T., M.T.", "the course will be taken over by Dr. X": the person who
# replaces another; a stand-in for a meeting or a while (FOR_A_WHILE) replaces nobody on the course.
_REPLACED_BY = re.compile(
    r"\b(?:digantikan|diambil[ \t]?alih|replaced|taken[ \t]+over)[ \t]+(?:oleh|by)"
    r"[ \t]+(?:(?:Bapak|Ibu|Pak|Bu|Sdr|Sdri|Mr|Mrs|Ms)\.?[ \t]+)?",
    re.IGNORECASE,
)
# "Kaprodi TI digantikan oleh Dr. X": an office changes hands, not the course's lecturer.
_OFFICE = re.compile(
    r"\b(?:kaprodi|kajur|sekprodi|sekjur|ketua|kepala|dekan|direktur|wadir|head|dean|director|chair|admin|pic|"
    r"operator)\b",
    re.IGNORECASE,
)
FOR_A_WHILE = re.compile(
    # "mulai pertemuan ke-5" is from then on, "untuk pertemuan ke-3" for one meeting
    r"\b(?:sementara|satu[ \t]+kali|sekali|(?<!mulai[ \t])(?<!sejak[ \t])(?<!from[ \t])pertemuan|temporar\w*|"
    r"session|meeting|hari[ \t]+ini|today|selama[ \t]+(?:saya|beliau)|while[ \t]+I|in[ \t]+the[ \t]+meantime|"
    r"(?:minggu|pekan|hari)[ \t]+(?:ini|depan)[ \t]+saja|"
    r"for[ \t]+(?:a|one|two|1|2)[ \t]+(?:day|week|session|class)s?)\b",
    re.IGNORECASE,
)
# A person, not a course or a room: a title before the name or a degree after it.
_TITLED = re.compile(rf"^(?:{TITLE_PREFIX}[ \t.]|.*,[ \t]*{TITLE_SUFFIX})")


def replaced_by_person(flat: str) -> FoundChange | None:
    """The person after "digantikan oleh", titled or with a degree, in a mail that names the lecturer's field, in a
    sentence that names no other field and no stand-in for a while."""
    if not any(field == "lecturer" for field, _ in cues(flat)):
        return None
    for replaced in islice(_REPLACED_BY.finditer(flat), 8):
        read = VALUE_READERS["lecturer"](flat, replaced.end(), _line_end(flat, replaced.end()))
        if read is None or not _TITLED.match(read[0]):
            continue
        sentence = sentence_around(flat, replaced.start())
        if FOR_A_WHILE.search(flat, *sentence):
            continue
        if any(field != "lecturer" for field, _ in cues(flat[sentence[0] : replaced.start()])):
            continue
        if _OFFICE.search(flat, sentence[0], replaced.start()):
            continue
        source = f"replaced by: {' '.join(replaced.group(0).split())}"
        change = FoundChange.located(flat, "lecturer", read, replaced.end(), source)
        if change and not unsure(flat, replaced.start(), replaced.start(), change.span):
            return change
    return None


# "Our new lecturer for Japanese 2 (JP1202), Mr. Kenji Sato, joins us", "Dosen baru MK X, Bu Y, mulai mengajar": the
# new lecturer named between commas after the role said new.
_NEW_ONE = re.compile(
    r"\b(?:(?:our|the)[ \t]+new[ \t]+(?:lecturer|instructor|teacher|tutor)|"
    r"(?:dosen|pengampu|pengajar)(?:[ \t]+pengampu)?[ \t]+baru(?:[ \t]+kami)?)\b[^,.:\n]{0,60}?,[ \t]*+",
    re.IGNORECASE,
)


# What the new one does after the apposition: joins, starts, teaches, replaces ("Dosen baru kami, Pak X, minta nama MK
# diganti" asks for something else).
_JOINS = re.compile(
    r"\b(?:joins?|joining|starts?|starting|begins?|will[ \t]+(?:teach|lecture|take|replace)|takes?[ \t]+over|"
    r"replaces?|replacing|menggantikan|bergabung|mulai[ \t]+(?:mengajar|mengampu|bertugas)|akan[ \t]+(?:mengajar|"
    r"mengampu))\b",
    re.IGNORECASE,
)


def new_one_in_apposition(flat: str) -> FoundChange | None:
    """The person between commas after "our new lecturer ...", the apposition closed by its comma and followed, in
    its sentence, by what the new one does on the course."""
    for new_one in islice(_NEW_ONE.finditer(flat), 8):
        read = VALUE_READERS["lecturer"](flat, new_one.end(), _line_end(flat, new_one.end()))
        if read is None or not flat.startswith(",", read[1]):
            continue
        if not _JOINS.search(flat, read[1], sentence_around(flat, read[1])[1]):
            continue
        source = f"the new one, named between commas: {' '.join(new_one.group(0).split()[:3])}"
        change = FoundChange.located(flat, "lecturer", read, new_one.end(), source)
        if change and not unsure(flat, new_one.start(), new_one.start(), change.span):
            return change
    return None
