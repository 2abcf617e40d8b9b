"""Whether a value a reply gives alone, with no label or verb, has the shape of the field it would fill (pure)."""

from __future__ import annotations

import re

from daemon.classify.value_shapes import NUMBER_WORD

# Words of a reply about the request ("besok saja", "segera diproses", "sama seperti semester lalu", "nggak tahu"),
# never of a value given alone.
_REPLY_WORDS = re.compile(
    r"besok|lusa|nanti|segera|sekarang|secepatnya|urgent|asap|siap|laksanakan|oke|ok|okay|baik|noted|sama|tetap|"
    r"sudah|belum|tidak|nggak|gak|ga|tahu|tau|terserah|bebas|sesuai|seperti|lalu|dicek|diproses|diganti|diubah|"
    r"ditunggu|kabarnya|kabar|done|yes|no|same|tomorrow|today|soon|later|whatever|fine|unchanged",
    re.IGNORECASE,
)
_COUNT = re.compile(
    rf"(?:\d{{1,2}}|{NUMBER_WORD[3:-1]})"
    r"(?:\s?(?:sks|credits?))?",
    re.IGNORECASE,
)
_CONNECTORS = frozenset({"dan", "untuk", "dalam", "pada", "di", "ke", "dari", "of", "and", "for", "the", "in", "on"})


def value_shaped(field: str, value: str) -> bool:
    """Whether `value`, given alone, has the shape of `field`'s values (a change's name without "changes.")."""
    words = value.split()
    if any(_REPLY_WORDS.fullmatch(word.strip(",.!")) for word in words):
        return False
    if field in ("credits", "semester"):
        return bool(_COUNT.fullmatch(value))
    if field in ("shortname", "class", "enrolment_key"):
        return len(words) <= 3 and bool(re.search(r"\d|[A-Z]{2}|[#@_-]", value))
    if field in ("fullname", "lecturer"):
        # A name: its words capitalised, connectors and academic titles aside.
        return all(word[:1].isupper() or word[:1].isdigit() or word in _CONNECTORS for word in words)
    return True
