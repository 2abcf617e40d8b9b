"""A rename told through what the e-learning still shows: "The page still says Basic Chemistry, whereas the new
curriculum calls it General Chemistry", "di e-learning masih tertulis X, padahal di kurikulum baru namanya Y": the
name after the contrast is the new one, the one still shown is the old one."""

from __future__ import annotations

import re
from itertools import islice

from daemon.classify.asking import supposed, unsure
from daemon.classify.change_words import cues
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at
from daemon.classify.value_basics import PERSON_FIRST
from daemon.classify.wording import CONTRAST, sentence_around

_STILL_SHOWS = re.compile(
    r"\b(?:masih|msh|still)\s+(?:(?:ter)?tulis|tertera|bernama|muncul|tampil|menampilkan|(?:di)?namai|says?|reads?|"
    r"shows?|displays?|lists?|named|called|titled)(?:\s+(?:sebagai|as|nama))?\s+",
    re.IGNORECASE,
)
# The contrast, then a word that names: "padahal ... namanya", "whereas ... calls it", "but it is now called".
_CONTRAST = re.compile(rf"\b(?:{CONTRAST})\b", re.I)
_NAMES_IT = re.compile(
    r"\b(?:calls?\s+it|menyebutnya|namanya(?:\s+(?:sudah|sdh|udah|kini|sekarang|jadi|menjadi|adalah))?|bernama|"
    r"judulnya|(?:is|it\s+is|it's)\s+(?:now\s+)?(?:called|named|titled))\s+",
    re.IGNORECASE,
)
_REACH = 120
# A request says once or twice what the page still shows; a text saying it hundreds of times is hostile.
_MAX_TOLD = 10


def still_shows(flat: str) -> FoundChange | None:
    """The new full name after a contrast with the name the e-learning still shows; None when either is not a
    course's name, or the sentence names another field."""
    for shown in islice(_STILL_SHOWS.finditer(flat), _MAX_TOLD):
        sentence_start, sentence_end = sentence_around(flat, shown.start())
        old = value_at(flat, "fullname", shown.end(), min(len(flat), sentence_end + 1, shown.end() + _REACH))
        if old is None or PERSON_FIRST.match(old.value):
            continue
        contrast = _CONTRAST.search(flat, old.end, min(len(flat), old.end + 20))
        if contrast is None:
            continue
        names = _NAMES_IT.search(flat, contrast.end(), min(len(flat), contrast.end() + _REACH))
        if names is None or "\n\n" in flat[contrast.end() : names.start()]:
            continue
        new_end = sentence_around(flat, names.end())[1]
        new = value_at(flat, "fullname", names.end(), min(len(flat), new_end + 1, names.end() + _REACH))
        if new is None or PERSON_FIRST.match(new.value) or new.value.casefold() == old.value.casefold():
            continue
        if any(field != "fullname" for field, _ in cues(flat[sentence_start:new_end])):
            continue
        change = FoundChange(
            "fullname", new.value, f"still shown, then named: {names.group(0).strip()}", new.start, new.end
        )
        if not supposed(flat, change.start) and not unsure(flat, names.start(), names.start(), change.span):
            return change
    return None
