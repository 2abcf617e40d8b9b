"""A change told as made in a decision while e-learning still shows the old value ("Dosen pengampu yang tercantum di
halaman itu masih dosen tahun lalu. ... pengampunya sudah diganti menjadi X (sesuai SK)"): still asked of the unit."""

from __future__ import annotations

import re

from daemon.classify.change_words import SHOWN_NOW, cues
from daemon.classify.wording import sentence_around

# The words that tell a change as made, blanked to ask whether anything else in the clause doubts it.
_DONE_WORDS = re.compile(r"\b(?:sudah|sdh|udah|telah|already|has\s+been|have\s+been)\b", re.IGNORECASE)
# The course page behind: "masih dosen tahun lalu", "still shows the old name", "belum diganti di e-learning".
_STILL = re.compile(r"\b(?:masih|msh|still|belum|blm|not\s+yet)\b", re.IGNORECASE)
_PAGE = re.compile(
    rf"\b(?:e-?learning|elearning|moodle|lms|halaman|laman|page|site|{SHOWN_NOW}|tampil\w*|muncul|shows?|"
    r"showing|displayed|listed)\b",
    re.IGNORECASE,
)


def without_done_words(flat: str, start: int, end: int) -> str:
    """The text with the done words between start and end blanked (offsets kept)."""
    return flat[:start] + _DONE_WORDS.sub(lambda word: " " * len(word.group(0)), flat[start:end]) + flat[end:]


def page_still_behind(flat: str, field: str, value_start: int) -> bool:
    """Whether another sentence of the mail says the course page still shows what was before, of this field or of
    none named ("Nama MK sudah diganti menjadi X. Dosennya masih salah" says nothing of the name)."""
    own = sentence_around(flat, value_start)
    for still in _STILL.finditer(flat):
        start, end = sentence_around(flat, still.start())
        named = {named_field for named_field, _ in cues(flat[start:end])}
        if (start, end) != own and _PAGE.search(flat, start, end) and (not named or field in named):
            return True
    return False
