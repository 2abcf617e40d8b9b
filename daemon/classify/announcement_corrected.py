"""Find a publish moment the writer corrects further down the same mail ("PS: ralat, jam tayangnya jam 9 saja",
"Actually, make that 10 am", "Eh maaf, maksud saya Selasa, 23 Februari pukul 07.00"): the corrected day or hour
replaces the one asked first, unless what is corrected is the announcement's own event ("Koreksi: kuliah tamunya
mulai pukul 13.00")."""

from __future__ import annotations

import re
from datetime import datetime, time

from daemon.classify.announcement_governed import FILLER, governed_by_publishing
from daemon.classify.announcement_time import PUBLISH
from daemon.classify.change_words import CORRECTION
from daemon.classify.clock import Zone, find_time, moment_at
from daemon.classify.dates import find_moment
from daemon.classify.wording import sentences, unwrap

# Saying what was meant: "maksudnya", "maksud saya", "I mean(t)".
_MEANT_WORDS = r"maksud(?:nya|\s+(?:saya|sy|aku|ku|kami))|i\s+meant?"
# Words that take back what was just written; a filler ("eh", "actually") alone does not.
_CORRECTION = re.compile(
    rf"(?i)\b(?:ralat|koreksi|revisi|{_MEANT_WORDS}|salah\s+(?:tulis|ketik|sebut)|"
    r"make\s+(?:that|it)|correction|scratch\s+that|my\s+mistake|typo|"
    # a second thought after two moments offered ("Rabu jam 9 atau Kamis jam 13? Hmm, on second thought Kamis aja")
    r"on\s+second\s+thoughts?|setelah\s+di(?:pikir|pikir-pikir|timbang)|(?:eh\s+)?mending|after\s+all|"
    # the publishing's hour said to change ("PS: jam tayangnya diganti jam 6 aja")
    r"jam\s+tayang(?:nya)?\s+(?:di)?(?:ganti|ubah|undur|majukan|mundurkan|geser)\w*(?:\s+(?:jadi|menjadi|ke))?)"
    r"(?!\w)"
)


# The moment a correction gives stands close after its word; reading the rest of a long sentence for each of many
# correction words was quadratic.
_CORRECTION_REACH = 160


def corrected_moment(text: str, publish: str, reference: datetime) -> str:
    """The publish moment after the writer's last correction of it (the day kept when only the hour is corrected)."""
    flat = unwrap(text)
    asked = datetime.fromisoformat(publish)
    spans = sentences(flat)
    for index, (start, end) in enumerate(spans):
        sentence = " ".join(flat[start:end].split())
        # "Koreksi untuk baris terakhir:\nTayang: ...": a correction that ends in a colon gives its moment below.
        below = (
            " ".join(flat[slice(*spans[index + 1])].split())
            if sentence.endswith(":") and index + 1 < len(spans)
            else ""
        )
        for cue in _CORRECTION.finditer(sentence):
            rest = f"{sentence[cue.end() :]} {below}"[:_CORRECTION_REACH]
            clock = find_time(rest)
            if clock is None:
                continue
            moment = find_moment(rest, reference)
            at = min(moment.start, clock[2]) if moment else clock[2]
            # what stands between the correction and its moment is the publishing, not an event of the text's own, and
            # so is what it takes back ("The quiz starts at 10 am, I mean at 10:15" corrects the quiz)
            # (the cue may name the publishing itself: "jam tayangnya diganti")
            if not governed_by_publishing(rest[:at], PUBLISH) or not governed_by_publishing(
                sentence[: cue.end()], PUBLISH
            ):
                continue
            asked = moment.at if moment else moment_at(asked.date(), clock)
            break
        asked = _slipped_hour(sentence, _hour_taken_back(sentence, asked))
    return asked.isoformat()


# "it should be 2 pm", "seharusnya jam 9", "yang benar pukul 10": the hour that replaces one; "not 12 pm", "bukan jam
# 8", "instead of 9 am": the hour replaced
_RIGHT_HOUR = re.compile(rf"(?i)\b(?:{CORRECTION}|(?:tapi|tetapi|but|melainkan)(?:\s+(?:jam|pukul|at))?)\W*$")
_WRONG_HOUR = re.compile(r"(?i)\b(?:not|bukan|instead\s+of|rather\s+than|daripada|alih-alih)\W*$")


def _clocks(sentence: str) -> list[tuple[time, Zone, int, int]]:
    """The sentence's first three clock times (a third already says it is no plain swap of one hour for another)."""
    found: list[tuple[time, Zone, int, int]] = []
    offset = 0
    while len(found) < 3 and (clock := find_time(sentence[offset:])) is not None:
        found.append((clock[0], clock[1], offset + clock[2], offset + clock[3]))
        offset += clock[3]
    return found


def _hour_taken_back(sentence: str, asked: datetime) -> datetime:
    """A sentence that writes the asked hour again and puts another in its place ("I wrote 12 pm above; it should be
    2 pm", "bukan jam 8, tapi jam 9"): the asked day at the other hour. Without the asked hour written in it, a
    sentence's "should be" is about something else ("students should be in the lab by 2 pm")."""
    clocks = _clocks(sentence)
    written = [clock for clock in clocks if moment_at(asked.date(), clock) == asked]
    others = [clock for clock in clocks if moment_at(asked.date(), clock) != asked]
    if len(written) != 1 or len(others) != 1:
        return asked
    old, new = written[0], others[0]
    # "Mahasiswa hadir jam 10, bukan jam 8": hours an event of the text's own swaps are not the publishing's
    if not governed_by_publishing(sentence[: new[2]], PUBLISH):
        return asked
    # "it should be 2 pm, not 12 pm" / "bukan jam 8 tapi jam 9": one mark is enough, on either hour
    if _RIGHT_HOUR.search(sentence[max(0, new[2] - 30) : new[2]]) or _WRONG_HOUR.search(
        sentence[max(0, old[2] - 20) : old[2]]
    ):
        return moment_at(asked.date(), new)
    return asked


# "besok jam 8, eh jam 9 deh", "tomorrow at 8 am, sorry, 9 am": a slip word, then another hour alone
_SLIP = re.compile(r"(?i)\b(?:eh+|ehm|sorry|sori|oops|maaf)\b\W{0,3}")
_NEAR_SLIP = 30
_MEANT = re.compile(rf"(?i)\b(?:{_MEANT_WORDS})\b")


def _slipped_hour(sentence: str, asked: datetime) -> datetime:
    """The hour said again right after a slip word, with nothing of its own after it, where the asked hour was just
    written before the slip ("Maaf, jam 9 saya ada kelas" says why, and changes nothing)."""
    for slip in _SLIP.finditer(sentence):
        # (the hours read close on either side of the slip: "at 7 am, sorry, 7.30 am")
        earlier = find_time(sentence[max(0, slip.start() - _NEAR_SLIP) : slip.start()])
        clock = find_time(sentence[slip.end() : slip.end() + _NEAR_SLIP])
        if earlier is None or clock is None or clock[2] > 0 or moment_at(asked.date(), earlier) != asked:
            continue
        # "Ujian mulai jam 8, eh jam 10": the slip corrects an event's hour, not the publishing's
        if not governed_by_publishing(sentence[: slip.start()], PUBLISH):
            continue
        rest = re.split(r"[,.;!?]", sentence[slip.end() + clock[3] : slip.end() + clock[3] + _NEAR_SLIP], maxsplit=1)[0]
        # ("jam 9 maksudnya", "9 am, I mean": saying it was meant is nothing of its own)
        if not FILLER.sub("", _MEANT.sub("", rest)).strip():
            return moment_at(asked.date(), clock)
    return asked
