"""Read a publish time given relative to an event the mail dates elsewhere ("tayang H-2 sebelum UAS, pukul 08.00",
"sehari sebelum seminar pukul 19.00", "two days before the exam, at 8 am"): the event's day less the days said, at
the hour said."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from daemon.classify.announcement_governed import names_event
from daemon.classify.announcement_time import PUBLISH
from daemon.classify.clock import find_time, moment_at
from daemon.classify.dates import dates_in, writers_date
from daemon.classify.wording import sentences, unwrap

_COUNT = {
    **dict.fromkeys(("se", "satu", "a", "one"), 1),
    **dict.fromkeys(("dua", "two"), 2),
    **dict.fromkeys(("tiga", "three"), 3),
    **dict.fromkeys(("empat", "four"), 4),
    **dict.fromkeys(("lima", "five"), 5),
}
# "H-2", "H - 1" (the countdown to a day, as Indonesian offices write it); "sehari / dua hari / seminggu sebelum",
# "a day / two days / one week before", "the evening before": how far ahead of the event
_OFFSET = re.compile(
    r"(?i)(?<![\w-])H\s?-\s?(?P<h>\d{1,2})(?!\d)(?:\s+(?:sebelum(?:nya)?|sblm|dari|before))?|"
    r"\b(?P<n>\d{1,2}|se|" + "|".join(word for word in _COUNT if word != "se") + r")\s*"
    r"(?P<unit>hari|hr|days?|minggu|pekan|weeks?)\s+(?:sebelum(?:nya)?|sblm|before)\b|"
    r"\bthe\s+(?:day|evening|night|morning|afternoon)\s+before\b|"
    # the event's own day: "pas hari H jam 6", "on the morning of the exam at 6"
    r"(?P<zero>\bhari[ -]H\b|\bthe\s+(?:day|morning|evening|night|afternoon)\s+of\b)"
)
# "Unggah draf proposal dua hari sebelum seminar", "upload your CV a week before the fair": the readers' own work
# uploaded is their task, not the notice going up
_READERS_UPLOAD = re.compile(
    r"(?i)(?:upload|unggah)\w*\s+(?:(?:your|their|the|a|an)\s+)?(?:draf|draft|tugas|laporan|proposal|cv|file|berkas|"
    r"dokumen|makalah|assignment|report|essay|work)"
)
# what the event is called: the words after the offset ("sebelum UAS", "before the exam", "H-3 acara")
_EVENT = re.compile(r"(?i)\s*(?:(?:the|an?|our|my|your|this|itu|tersebut|hari|tanggal|tgl)\s+)*([^\W\d_][\w-]{2,})")
_LATER_EVENT = re.compile(r"(?i)\b(?:sebelum|sblm|before)\s+" + _EVENT.pattern.removeprefix("(?i)"))
_NOT_EVENT = re.compile(r"(?i)jam|pukul|pkl|at|around|sekitar|ya|aja|saja|please|pls|it|ini|itu|nya|dimulai|mulai")
_EVENTS_OWN = re.compile(
    r"(?i)\b(?:yang|yg|which|that|dimulai|mulai|berlangsung|dilaksanakan|diadakan|digelar|starts?|begins?|opens?|"
    r"closes?|is|are|runs?)\b"
)
_DUTY = re.compile(
    r"(?i)\b(?:wajib|harus|mesti|perlu|diharapkan|diminta|must|have\s+to|has\s+to|need\s+to|needs\s+to|should|"
    r"are\s+to|is\s+to)\b"
)
_BOUNDED = re.compile(
    r"(?i)\b(?:paling\s+(?:lambat|telat)|selambat-lambatnya|maksimal|maks|by|no\s+later\s+than|at\s+the\s+latest|"
    r"latest)\s*$"
)
# the event's date is written within a few lines after its name ("UAS ... dilaksanakan Senin, 15 Maret 2027",
# "Acara: ...\nHari/Tanggal: Kamis, 22 April 2027")
_NEAR = 140
# how far after the offset its hour may stand: past the event's name and the course it goes to
_HOUR_AFTER = 80


@dataclass(frozen=True)
class RelativeMoment:
    """The publish moment said relative to an event (None without an hour), and the event's own day."""

    at: str | None
    event_day: date | None


def _days(offset: re.Match[str]) -> int:
    if offset.group("zero"):
        return 0
    if offset.group("h"):
        return int(offset.group("h"))
    if not offset.group("n"):
        return 1
    count = offset.group("n").lower()
    number = int(count) if count.isdigit() else _COUNT[count]
    return number * (7 if re.match(r"(?i)minggu|pekan|week", offset.group("unit")) else 1)


def _event_day(flat: str, event: str | None, request: tuple[int, int], reference: datetime) -> date | None:
    """The day the mail gives for the event: written close after its name outside the request, or else the one
    date the mail writes out from today on."""
    if event is not None:
        for named in re.finditer(rf"(?i)\b{re.escape(event)}\b", flat):
            if request[0] <= named.start() < request[1]:
                continue
            found = dates_in(flat[named.end() : named.end() + _NEAR], reference)
            if found:
                return found[0][0]
    outside = flat[: request[0]] + " " * (request[1] - request[0]) + flat[request[1] :]
    # (written dates only: "Due Tomorrow" in the title is not the event's day)
    found = dates_in(outside, reference)
    days = {day for day, at, to in found if day >= writers_date(reference) and re.search(r"\d", outside[at:to])}
    return days.pop() if len(days) == 1 else None


def relative_moment(text: str, reference: datetime) -> RelativeMoment | None:
    flat = unwrap(text)
    for start, end in sentences(flat):
        sentence = flat[start:end]
        offset = _OFFSET.search(sentence)
        if offset is None:
            continue
        # the offset is when the notice goes out only right under a publishing word: "tugas dikumpulkan H-1 sebelum
        # UAS", "umumkan bahwa mahasiswa wajib datang sehari sebelum acara" are the text's own deadlines
        cues = [
            cue.end()
            for cue in PUBLISH.finditer(sentence, 0, offset.start())
            if not _READERS_UPLOAD.match(sentence, cue.start())
        ]
        between = sentence[cues[-1] : offset.start()] if cues else ""
        if not cues or names_event(between) or _DUTY.search(between):
            continue
        # "paling lambat sehari sebelumnya", "no later than a day before": a deadline of the text's own
        if _BOUNDED.search(sentence[max(0, offset.start() - 30) : offset.start()]):
            continue
        named = _EVENT.match(sentence, offset.end())
        if named is None or _NOT_EVENT.fullmatch(named.group(1)):
            named = _LATER_EVENT.search(sentence, offset.end())
        event = named.group(1) if named is not None and not _NOT_EVENT.fullmatch(named.group(1)) else None
        day = _event_day(flat, event, (start, end), reference)
        if day is None:
            continue
        # the hour said with the offset ("H-2 sebelum UAS, pukul 08.00", "tayang H-1 jam 7 pagi sebelum UTS"), the
        # place it goes maybe between ("H-1 sebelum UAS di course Mekanika Fluida (ME2105), jam 7 malam")
        after = find_time(sentence[offset.end() : offset.end() + _HOUR_AFTER])
        # ("sehari sebelum seminar yang dimulai pukul 08.00": that hour is the event's; so is one after its date)
        words = sentence[offset.end() : offset.end() + after[2]] if after is not None else ""
        if after is not None and (_EVENTS_OWN.search(words) or dates_in(words, reference)):
            after = None
        before = find_time(sentence[max(0, offset.start() - 30) : offset.start()])
        clock = after or before
        at = moment_at(day - timedelta(days=_days(offset)), clock).isoformat() if clock else None
        # without an hour and without the event's name, nothing says whose day it is
        if at is None and event is None:
            continue
        return RelativeMoment(at, day)
    return None
