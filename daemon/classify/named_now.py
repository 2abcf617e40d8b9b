"""A course said to be named something now, with an update asked: "Mata kuliah Fisika Dasar sekarang bernama Fisika
Teknik, mohon diperbarui", "Physics is now called Engineering Physics; please update the course page"."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_words import COURSE, cues
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at
from daemon.classify.wording import sentence_around

_NOW_NAMED = re.compile(
    r"\b(?:(?:berganti|berubah)\s+(?:nama\s+)?(?:menjadi|jadi)|"
    r"(?:sekarang|skrg|kini|now|telah|sudah|resmi|officially)\s+(?:bernama|berganti\s+nama(?:\s+(?:menjadi|jadi))?|"
    r"(?:is\s+)?(?:called|named|titled))|(?:has|have)\s+(?:now\s+|officially\s+)?been\s+(?:called|named|titled|"
    r"renamed(?:\s+(?:to|as))?))\s+",
    re.IGNORECASE,
)
_COURSE_WORD = re.compile(r"\b" + COURSE + r"\b", re.IGNORECASE)
UPDATE_ASKED = re.compile(
    r"\b(?:mohon|tolong|minta|please|kindly|could\syou|can\syou|bisa)\b[^.?!\n]{0,40}?\b(?:di)?(?:update|perbarui|"
    r"perbaharui|sesuaikan|ubah|ganti|samakan|change|reflect|adjust)\w*|\b(?:mohon|harap)\s+(?:penyesuaian|pembaruan|"
    r"pembaharuan|perubahan)",
    re.IGNORECASE,
)


def named_now(flat: str) -> FoundChange | None:
    for named in _NOW_NAMED.finditer(flat):
        sentence_start, sentence_end = sentence_around(flat, named.start())
        before = flat[sentence_start : named.start()]
        # About the course, the field named last: "kelasnya sekarang bernama X" is the class's; "Per semester ini
        # nama MK X berubah menjadi Y" names a semester only to say when.
        named_before = cues(before)
        if not _COURSE_WORD.search(before) or (named_before and named_before[-1][0] != "fullname"):
            continue
        paragraph_end = flat.find("\n\n", named.end())
        asked = UPDATE_ASKED.search(flat, sentence_start, len(flat) if paragraph_end < 0 else paragraph_end)
        if asked is None or any(
            field != "fullname" for field, _ in cues(flat[slice(*sentence_around(flat, asked.start()))])
        ):
            continue
        read = value_at(flat, "fullname", named.end(), sentence_end + 1)
        if read is None:
            continue
        change = FoundChange(
            "fullname", read.value, f"named now: {' '.join(named.group(0).split())}", read.start, read.end
        )
        # "berubah menjadi" names the new name here; only the rest of the sentence may hedge it.
        masked = flat[: named.start()] + " " * (named.end() - named.start()) + flat[named.end() :]
        if not unsure(masked, sentence_start, named.start(), change.span):
            return change
    return None
