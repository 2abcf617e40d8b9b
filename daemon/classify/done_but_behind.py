"""A change told as made in a decision while e-learning still shows the old value ("Dosen pengampu yang tercantum di
halaman itu masih dosen tahun lalu. ... pengampunya sudah diganti menjadi X (sesuai SK)"): still asked of the unit."""

from __future__ import annotations

import re

from daemon.classify.change_words import SHOWN_NOW, cues
from daemon.classify.wording import sentence_around

# The words that tell a change as made, blanked to ask whether anything else in the clause doubts it.
_DONE_WORDS = re.compile(r"\b(?:sudah|sdh|udah|telah|already|has\s+been|have\s+been|was|were)\b", re.IGNORECASE)
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


# "nama mk saya di elearning masih X padahal sudah ganti kurikulum jadi Y": the page's old value set against the
# change told as made, in one clause before it.
_CONTRAST = re.compile(r"\b(?:padahal|pdhl|tapi|tetapi|namun|but|whereas|although|though)\b", re.IGNORECASE)


def page_still_behind(flat: str, field: str, value_start: int) -> bool:
    """Whether another sentence of the mail, or a clause set against the value's in its own, says the course page
    still shows what was before, of this field or of none named ("Nama MK sudah diganti menjadi X. Dosennya masih
    salah" says nothing of the name)."""
    own = sentence_around(flat, value_start)
    contrasts = list(_CONTRAST.finditer(flat, own[0], value_start))
    if contrasts and _still_on_page(flat, own[0], contrasts[-1].start(), field):
        return True
    for still in _STILL.finditer(flat):
        start, end = sentence_around(flat, still.start())
        if (start, end) != own and _still_on_page(flat, start, end, field):
            return True
    return False


def _still_on_page(flat: str, start: int, end: int, field: str) -> bool:
    named = {named_field for named_field, _ in cues(flat[start:end])}
    return bool(_STILL.search(flat, start, end) and _PAGE.search(flat, start, end)) and (not named or field in named)
