"""Read a bare four-digit 24-hour clock written right after a day ("Monday 7 Dec 0800", "Thu 10 Dec, 0730 CET")."""

from __future__ import annotations

import re
from datetime import time

from daemon.classify.clock import ZONE, Zone, zone_offset

# Partners abroad write the hour as four digits with no separator right after the day it belongs to. Only
# right after a day is such a number an hour: elsewhere it is a room, a count or a year ("20:26" from "2026" is
# never read, so 20:20 to 20:59 are given up), and so it is after "at" ("tomorrow at 1930" may be a room).
_BARE_HOUR = re.compile(
    r"[ \t]*+,?[ \t]*+(?:(?:pukul|pkl|jam)[ \t]++)?(?!20[2-9]\d)([01]\d|2[0-3])([0-5]\d)(?![.:/,-]?\d)"
    # ("0930 hrs IST": the zone after its suffix)
    r"(?:[ \t]*+hrs?\b)?" + ZONE,
    re.IGNORECASE,
)


def bare_hour(after_day: str) -> tuple[time, Zone, int, int] | None:
    """The clock that opens the text after a day, as find_time gives it: (time, zone, start, end)."""
    match = _BARE_HOUR.match(after_day)
    if match is None:
        return None
    return time(int(match.group(1)), int(match.group(2))), zone_offset(match.group(3)), match.start(1), match.end()
