"""Find a publish moment the writer corrects further down the same mail ("PS: ralat, jam tayangnya jam 9 saja",
"Actually, make that 10 am", "Eh maaf, maksud saya Selasa, 23 Februari pukul 07.00"): the corrected day or hour
replaces the one asked first, unless what is corrected is the announcement's own event ("Koreksi: kuliah tamunya
mulai pukul 13.00")."""

from __future__ import annotations

import re
from datetime import datetime

from daemon.classify.announcement_governed import governed_by_publishing
from daemon.classify.announcement_time import PUBLISH
from daemon.classify.clock import find_time, moment_at
from daemon.classify.dates import find_moment
from daemon.classify.wording import sentences, unwrap

# Words that take back what was just written; a filler ("eh", "actually") alone does not.
_CORRECTION = re.compile(
    r"(?i)\b(?:ralat|koreksi|revisi|maksud(?:nya|\s+(?:saya|sy|aku|ku|kami))|salah\s+(?:tulis|ketik|sebut)|"
    r"make\s+(?:that|it)|i\s+meant?|correction|scratch\s+that|my\s+mistake|typo)\b"
)


def corrected_moment(text: str, publish: str, reference: datetime) -> str:
    """The publish moment after the writer's last correction of it (the day kept when only the hour is corrected)."""
    flat = unwrap(text)
    asked = datetime.fromisoformat(publish)
    for start, end in sentences(flat):
        sentence = " ".join(flat[start:end].split())
        for cue in _CORRECTION.finditer(sentence):
            rest = sentence[cue.end() :]
            clock = find_time(rest)
            if clock is None:
                continue
            moment = find_moment(rest, reference)
            at = min(moment.start, clock[2]) if moment else clock[2]
            # what stands between the correction and its moment is the publishing, not an event of the text's own, and
            # so is what it takes back ("The quiz starts at 10 am, I mean at 10:15" corrects the quiz)
            if not governed_by_publishing(rest[:at], PUBLISH) or not governed_by_publishing(
                sentence[: cue.start()], PUBLISH
            ):
                continue
            asked = moment.at if moment else moment_at(asked.date(), clock)
            break
    return asked.isoformat()
