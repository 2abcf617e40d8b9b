"""A reply that moves only the hour of the publish time its thread asked for, read at the thread's day."""

from __future__ import annotations

import re
from datetime import datetime

from daemon.classify.announcement_governed import governed_by_publishing
from daemon.classify.announcement_time import PUBLISH, publish_at
from daemon.classify.clock import find_time, moment_at
from daemon.classify.dates import find_date
from daemon.classify.wording import sentences, unwrap

# "jamnya dimundurkan jadi jam 10", "move the time to 9 am": in a reply to a request that named its publish time, the
# hour changed without a publishing word is that time's hour
_HOUR_CHANGED = re.compile(
    r"(?i)\b(?:jam(?:nya)?|pukul(?:nya)?|waktu(?:nya)?|the time|the hour)\b[^.?!]{0,30}?\b(?:diganti|diubah|"
    r"dimundurkan|dimajukan|diundur|digeser|dipindah|ganti|ubah|jadi|menjadi|change[ds]?|move[ds]?|shift(?:ed)?|push(?:ed)?)\b"
)


def changed_clock(text: str, thread: str, reference: datetime, quoted: datetime | None = None) -> str | None:
    """A reply that moves only the hour ("jam tayangnya diganti jadi jam 8 pagi, tanggal tetap"): the day the quoted
    thread asked for (its relative days counted from when it was written, `quoted`), at the new time. A sentence
    naming a day of its own is read by publish_at instead."""
    earlier = publish_at(thread, quoted or reference)
    if earlier is None:
        return None
    flat = unwrap(text)
    for start, end in sentences(flat):
        sentence = " ".join(flat[start:end].split())
        clock = find_time(sentence)
        if clock is None or find_date(sentence, reference) is not None:
            continue
        if not PUBLISH.search(sentence[: clock[2]]) and not _HOUR_CHANGED.search(sentence[: clock[2]]):
            continue
        if not governed_by_publishing(sentence[: clock[2]], PUBLISH):
            continue
        return moment_at(datetime.fromisoformat(earlier).date(), clock).isoformat()
    return None
