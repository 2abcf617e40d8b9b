"""Read clock times as Indonesian and English writers put them ("pukul 08.00 WIB", "jam 7 pagi", "7:30 am",
"jam setengah 8", "at 7 in the evening", "09.00 WITA"), in WIB."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")

# Eastern Indonesian zones, in hours ahead of WIB; a partner's own zone (Malaysia, Singapore) and UTC/GMT with or
# without an offset ("9:00 am Singapore time (GMT+8)", "01:00 UTC") are brought back to WIB too, and so are the zones
# a lecturer travelling abroad writes from ("09.00 JST", "01:30 CET", "03:00 CEST"). "Batam time", "waktu Jakarta"
# insist on WIB.
_ZONES = {"wib": 0, "wita": 1, "wit": 2}
_ABROAD = {
    **dict.fromkeys(("jst", "kst", "japan", "tokyo", "korea", "seoul", "jepang"), 2),
    **dict.fromkeys(("hkt", "awst", "perth", "hong kong", "taiwan", "china", "beijing"), 1),
    **dict.fromkeys(("aest", "brisbane"), 3),
    "aedt": 4,
    "cet": -6,
    **dict.fromkeys(("cest", "eet"), -5),
    "eest": -4,
    "bst": -6,
    **dict.fromkeys(("batam", "jakarta", "indonesia", "indonesian", "indonesia barat", "western indonesian"), 0),
    # a partner abroad writes the reader's clock: "08:00 your time (WIB)"
    **dict.fromkeys(("your", "your local"), 0),
    **dict.fromkeys(("makassar", "bali", "denpasar", "indonesia tengah", "central indonesian"), 1),
    # eastern Indonesia (WIT) by its towns, and the neighbours and hubs a lecturer writes from
    **dict.fromkeys(("jayapura", "papua", "ambon", "maluku", "indonesia timur", "eastern indonesian"), 2),
    **dict.fromkeys(("manila", "philippine", "philippines", "cebu", "brunei", "bandar seri begawan"), 1),
    **dict.fromkeys(("bangkok", "thailand", "hanoi", "vietnam", "ho chi minh"), 0),
    **dict.fromkeys(("dubai", "abu dhabi", "uae", "doha", "qatar", "gst"), -3),
    # partners in Africa and South Asia: "10:00 WAT" (Lagos), "14.00 CAT" (Lusaka), "9 am PKT" (Karachi)
    **dict.fromkeys(("wat", "west africa", "lagos", "nigeria"), -6),
    **dict.fromkeys(("cat", "sast", "south africa", "johannesburg"), -5),
    **dict.fromkeys(("east africa", "nairobi", "kenya"), -4),
    **dict.fromkeys(("pkt", "pakistan", "karachi"), -2),
    # a lecturer on umrah or hajj: "jam 8 pagi waktu Mekkah", "waktu Saudi"
    **dict.fromkeys(("saudi", "arab saudi", "mekkah", "makkah", "mekah", "madinah", "jeddah", "istanbul", "turki"), -4),
}
# Places whose clocks change with the season are read on the day itself: "1 am UK time" is GMT in February and
# BST in July, "9 am Sydney time" AEDT in November.
_SEASONAL = {
    **dict.fromkeys(("uk", "london", "england", "british", "leeds", "manchester", "inggris"), "Europe/London"),
    **dict.fromkeys(
        ("germany", "berlin", "netherlands", "amsterdam", "delft", "france", "paris", "jerman", "belanda", "prancis"),
        "Europe/Berlin",
    ),
    **dict.fromkeys(("sydney", "melbourne", "canberra"), "Australia/Sydney"),
    **dict.fromkeys(("auckland", "wellington", "new zealand", "nz", "selandia baru"), "Pacific/Auckland"),
    # a lecturer in the Americas writes the region's zone or a city ("9 PM Eastern time", "jam 9 waktu New York")
    **dict.fromkeys(
        (
            "eastern",
            "us eastern",
            "est",
            "edt",
            "new york",
            "boston",
            "washington",
            "washington dc",
            "toronto",
            "montreal",
            "ottawa",
        ),
        "America/New_York",
    ),
    **dict.fromkeys(("central", "us central", "cdt", "chicago", "texas", "houston", "dallas"), "America/Chicago"),
    **dict.fromkeys(("mountain", "mdt", "denver"), "America/Denver"),
    **dict.fromkeys(
        ("pacific", "us pacific", "pst", "pdt", "seattle", "los angeles", "california", "san francisco", "vancouver"),
        "America/Los_Angeles",
    ),
    **dict.fromkeys(("hawaii", "honolulu", "hst"), "Pacific/Honolulu"),
    # India's clock is half an hour off the hour: "10:30 IST", "India time"
    **dict.fromkeys(
        ("ist", "india", "chennai", "mumbai", "delhi", "new delhi", "bangalore", "bengaluru"), "Asia/Kolkata"
    ),
}
_NEIGHBOURS = re.compile(r"(?i)myt|sgt|malaysia|singapore|singapura|kuala lumpur")
_PLACES = "|".join(
    sorted(
        (re.escape(name) for name in (*_ABROAD, *_SEASONAL) if len(name) > 4 or name in ("bali", "uk", "nz")),
        key=len,
        reverse=True,
    )
)

# with the typed short forms "pg", "pgi" (pagi), "malem" and "mlm" (malam), and the regional words writers keep:
# Javanese "esuk"/"enjing" (morning), "bengi" and Sundanese "wengi" (night), "sonten" (late afternoon), and Malay
# "petang" (afternoon: "jam 3 petang")
PART_OF_DAY = (
    r"(pagi|pgi|pg|siang|sore|malam|malem|mlm|morning|afternoon|evening|night|esuk|enjing|bengi|wengi|sonten|petang)\b"
)
_ZONE = (
    r"(?:\s*\(?(wib|wita|wit|(?:utc|gmt)(?:\s*[+\-\u2212]\s*\d{1,2}(?::?00)?)?|myt|sgt|"
    r"jst|kst|hkt|awst|aest|aedt|cet|cest|eet|eest|bst|est|edt|cdt|mdt|pst|pdt|hst|ist|wat|cat|sast|gst|pkt|"
    r"(?:malaysia|malaysian|singapore|kuala lumpur|"
    + _PLACES
    + r"|your|your local) time(?:\s*\((?:wib|waktu indonesia barat)\))?|waktu (?:malaysia|singapura|"
    + _PLACES
    + r"))"
    r"\b\)?)?"
)
# a written zone after any clock, read by readers of other clock shapes too
ZONE = _ZONE
# "at 7 in the evening", "8.30 in the morning": the part of the day after the hour, English style
_IN_THE = r"(?:in\s+the\s+)?"
# "jam tujuh pagi", "pukul dua belas": hours written out, read only after "jam"/"pukul" (see find_time)
_HOUR_WORD = {
    word: hour
    for hour, word in enumerate(
        ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"), 1
    )
} | {"dua belas": 12, "duabelas": 12}
_HOUR_WORDS = "|".join(sorted(_HOUR_WORD, key=len, reverse=True))
_TIME = re.compile(
    # "pukul 0800 WIB", "at 1930 hrs" need their suffix; "at 1930" alone is not read as 19:00; "8h30" is 08:30 as
    # French and Turkish writers part the hour
    r"\b(?:pukul|pkl|pk|jam|jm|at|@|by)\.?\s*(\d{1,2}|"
    + _HOUR_WORDS
    # ("at 12 noon" is read whole by the noon branch, with its zone)
    + r")(?:(?:[.:]|(?<=\d)h(?=[0-5]\d\b)|(?=\d{2}\s*(?:hrs?|h|wib|wita|wit)\b))(\d{2}))?(?!\d)(?!\s*noon\b)"
    r"\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*hrs?\b)?"
    rf"(?:\s*{_IN_THE}{PART_OF_DAY})?{_ZONE}"
    rf"|\b(\d{{1,2}})(?:[.:]|h(?=[0-5]\d\b))(\d{{2}})\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*{_IN_THE}{PART_OF_DAY})?{_ZONE}(?![.:/]?\d)"
    rf"|\b(\d{{1,2}})\s*(am|pm|a\.m\.|p\.m\.){_ZONE}"
    rf"|\b(?:at\s+)?(?:12\s*)?(noon|midday|tengah hari)\b{_ZONE}"
    # "besok 7 pagi", "tomorrow, 7 in the morning": an hour with its part of the day needs no "jam"
    rf"|(?<![\d/.:-])\b(\d{{1,2}})\s+(?:in\s+the\s+)?(pagi|pgi|siang|sore|malam|malem|mlm|petang|morning|afternoon|evening)\b"
    rf"{_ZONE}"
    # "Mon 7 Dec, 0800 hrs", "0730H": the four digits of a military hour need their suffix
    rf"|(?<![\d/.:-])\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs?|h)\b{_ZONE}"
    # "7 Dec 2026 @ 0730": after "@" four digits are an hour and its minutes
    rf"|@\s*([01]\d|2[0-3])([0-5]\d)(?![\d.:/]){_ZONE}",
    re.I,
)


Zone = int | ZoneInfo


def zone_offset(zone: str | None) -> Zone:
    """Hours a written zone is ahead of WIB, or the zone itself where that depends on the season."""
    name = (zone or "wib").lower()
    if name in _ZONES:
        return _ZONES[name]
    place = re.sub(r"^waktu | time(?:\s*\(.*\))?$", "", name)
    if place in _SEASONAL:
        return ZoneInfo(_SEASONAL[place])
    if place in _ABROAD or place.removesuffix("n") in _ABROAD:
        return _ABROAD.get(place, _ABROAD.get(place.removesuffix("n"), 0))
    if offset := re.search(r"([+\-\u2212])\s*(\d{1,2})", name):
        return (int(offset.group(2)) if offset.group(1) == "+" else -int(offset.group(2))) - 7
    return 1 if _NEIGHBOURS.search(name) else -7


def hour_in_part(hour: int, marker: str | None) -> int:
    marker = (marker or "").lower().replace(".", "")
    if (
        marker
        in (
            "pm",
            "sore",
            "malam",
            "malem",
            "mlm",
            "afternoon",
            "evening",
            "night",
            "bengi",
            "wengi",
            "sonten",
            "petang",
        )
        and hour < 12
    ):
        return hour + 12
    if marker == "siang" and hour < 6:
        return hour + 12
    if marker in ("am", "pagi", "pgi", "pg", "morning", "esuk", "enjing") and hour == 12:
        return 0
    return hour


# Clock times said in words around the hour: "jam setengah 8 pagi" is half an hour before eight (07.30); "7 o'clock
# in the morning" is 07.00.
_HALF = re.compile(
    # (a sentence may end right after it: "jam setengah delapan.", "jam setengah 8.")
    r"\b(?:pukul|pkl|pk|jam|jm)\.?\s*setengah\s+(\d{1,2}(?![\d:]|\.\d)|(?:" + _HOUR_WORDS + r")\b)"
    rf"(?:\s*{PART_OF_DAY})?{_ZONE}",
    re.I,
)
# English spoken: "half past seven", "quarter past 8 in the morning", "a quarter to nine"
_EN_HOUR_WORD = {
    word: hour
    for hour, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), 1
    )
}
_EN_PAST = (
    r"(\d{1,2}|" + "|".join(_EN_HOUR_WORD) + r")\b(?:\s+(?:in\s+the\s+)?(morning|afternoon|evening|night|am|pm|a\.m\.|"
    r"p\.m\.))?" + _ZONE
)
_HALF_PAST = re.compile(r"\bhalf\s+past\s+" + _EN_PAST, re.I)
_QUARTER_PAST = re.compile(r"\b(?:a\s+)?quarter\s+past\s+" + _EN_PAST, re.I)
_QUARTER_TO = re.compile(r"\b(?:a\s+)?quarter\s+to\s+" + _EN_PAST, re.I)
# "at nine tonight", "at seven in the evening", "at ten o'clock": an English hour in words after "at", read only where
# the words after it end the moment ("at one point" is no hour)
_AT_WORD = re.compile(
    r"\bat\s+("
    + "|".join(_EN_HOUR_WORD)
    + r")\b(?:\s*o'?clock)?(?:\s+(?:in\s+the\s+)?(morning|afternoon|evening|night|"
    r"am|pm|a\.m\.|p\.m\.))?" + _ZONE + r"(?=\s*(?:[.,;!?)]|$|(?:tonight|please|pls|sharp|today|tomorrow|on|ya)\b))",
    re.I,
)
_OCLOCK = re.compile(
    r"\b(\d{1,2})\s*o'?clock(?:\s+in\s+the)?(?:\s*(morning|afternoon|evening|night|am|pm|a\.m\.|p\.m\.))?" + _ZONE,
    re.I,
)


def find_time(text: str) -> tuple[time, Zone, int, int] | None:
    """The first clock time: (time in WIB, hours to subtract for WITA/WIT, start, end)."""
    clock = _clock(text)
    # a spoken time that starts before the end of the first clock time is read whole ("at 7 o'clock in the evening")
    spoken = (
        (_HALF, 1, 30),
        (_OCLOCK, 0, 0),
        (_HALF_PAST, 0, 30),
        (_QUARTER_PAST, 0, 15),
        (_QUARTER_TO, 1, 45),
        (_AT_WORD, 0, 0),
    )
    for pattern, before_the_hour, minute in spoken:
        for match in pattern.finditer(text):
            if clock is not None and match.start() >= clock[3]:
                break
            word = match.group(1).lower()
            hour = int(_HOUR_WORD.get(word, 0) or _EN_HOUR_WORD.get(word, 0) or match.group(1))
            value = hour_in_part(hour - before_the_hour, match.group(2))
            if 0 <= value < 24:
                clock = time(value, minute), zone_offset(match.group(3)), match.start(), match.end()
                break
    return clock


# "jam 7-9 malam", "pukul 7 s.d. 9 malam", "7-9 pm", "between 7 and 8 am": a range of hours starts at its first
# hour, in the part of the day said once after the last
_TO = r"\s*(?:-|\u2013|to|and|until|till|s\.?\s?d\.?|sampai|hingga)\s*"
_RANGE_END = re.compile(
    _TO
    + r"(?:jam|pukul|pkl)?\.?\s*(\d{1,2})(?:[.:]\d{2})?(?:\s*(am|pm|a\.m\.|p\.m\.|"
    + PART_OF_DAY[1:]
    + ")?"
    + _ZONE,
    re.I,
)
_RANGE_START = re.compile(r"(?<![\d/.:,-])\b(\d{1,2})(?:[.:](\d{2}))?" + _TO + "$", re.I)


_NUMBERED = re.compile(
    r"(?i)\b(?:kelas|class|sesi|session|shift|gelombang|kloter|ruang|room|lantai|lt|floor|no|nomor|angkatan|semester|"
    r"minggu|pekan|week|tahap|kelompok|group|tingkat)\.?\s*$"
)


def _clock(text: str) -> tuple[time, Zone, int, int] | None:
    for match in _TIME.finditer(text):
        start = match.start()
        groups = match.groups()
        if groups[0]:
            hour, minute, marker, part, zone = groups[0], groups[1], groups[2], groups[3], groups[4]
        elif groups[5]:
            hour, minute, marker, part, zone = groups[5], groups[6], groups[7], groups[8], groups[9]
        elif groups[10]:
            hour, minute, marker, part, zone = groups[10], None, groups[11], None, groups[12]
            first = _RANGE_START.search(text[max(0, start - 12) : start])
            if first is not None and int(first.group(1)) <= int(hour):
                hour, minute, start = first.group(1), first.group(2), start - len(first.group(0))
        elif groups[13]:
            hour, minute, marker, part, zone = "12", None, None, None, groups[14]
        elif groups[18]:
            hour, minute, marker, part, zone = groups[18], groups[19], None, None, groups[20]
        elif groups[21]:
            hour, minute, marker, part, zone = groups[21], groups[22], None, None, groups[23]
        else:
            hour, minute, marker, part, zone = groups[15], None, None, groups[16], groups[17]
            # "kelas 2 pagi", "sesi 1 malam", "lantai 3 sore": a numbered class, session or floor, not an hour
            if _NUMBERED.search(text[max(0, start - 12) : start]):
                continue
        last = _RANGE_END.match(text, match.end()) if not (marker or part) and hour.isdigit() else None
        if last is not None and (last.group(2) or last.group(3)) and int(hour) <= int(last.group(1)):
            marker, zone = last.group(2), zone or last.group(3)
        if hour.lower() in _HOUR_WORD:
            # "jam lima belas" is 15:00: past twelve, written-out hours are not read
            if not re.match(r"(?i)(?:pukul|pkl|pk|jam|jm)\b", match.group(0)) or re.match(
                r"(?i)\s*(?:belas|puluh)", text[match.start(1) + len(hour) :]
            ):
                continue
            hour = str(_HOUR_WORD[hour.lower()])
        value = hour_in_part(int(hour), marker or part)
        if 0 <= value < 24 and 0 <= int(minute or 0) < 60:
            return time(value, int(minute or 0)), zone_offset(zone), start, match.end()
    return None


def moment_at(day: date, clock: tuple[time, Zone, int, int]) -> datetime:
    """The aware moment of a day and a time found by find_time (WITA/WIT brought back to WIB)."""
    return in_wib(day, clock[0], clock[1])


def in_wib(day: date, at: time, zone: Zone) -> datetime:
    """A day and a clock time written in a zone, as the moment in WIB."""
    if isinstance(zone, ZoneInfo):
        return datetime.combine(day, at, zone).astimezone(WIB)
    return datetime.combine(day, at, WIB) - timedelta(hours=zone)
