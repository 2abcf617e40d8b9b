"""Whether an earlier sentence of the mail says a claimed value's field is done already, or not wanted."""

from __future__ import annotations

import re

from daemon.classify.change_words import cues
from daemon.classify.found_change import FoundChange
from daemon.classify.revert_words import REVERT_IN_RAW_TEXT
from daemon.classify.wording import sentence_around

# "The full name was already changed by the study programme", "nama lengkapnya sudah kami urus sendiri": done.
_DONE = re.compile(
    r"\b(?:already|sudah|sdh|udah|telah|dah)\b(?:[ \t]+[\w-]+){0,4}?[ \t]+(?:(?:been[ \t]+)?(?:changed|updated|"
    r"done|fixed|corrected|renamed|sorted|handled|set)|(?:di|ter|ku)?(?:ubah|ganti|rubah|perbaiki|perbarui|update|"
    r"urus|betulkan|benarkan|sesuaikan|ganti)\w*|beres|selesai|berubah|oke|ok)\b|"
    r"\b(?:was|were|has[ \t]+been|have[ \t]+been|got)[ \t]+(?:already[ \t]+)?(?:changed|updated|fixed|renamed|"
    r"corrected|done)\b",
    re.IGNORECASE,
)
# "so only the short name is still needed", "tinggal short name saja", "cukup key-nya": the one field still asked.
# ("I have only one name, no surname" counts, it names no field still wanted.)
_ONLY = re.compile(
    r"\b(?:only|just|hanya|cuma|cuman|tinggal|cukup)\b(?![ \t]+(?:one|a|an|satu|1|two|dua|punya|have|has)\b)",
    re.IGNORECASE,
)
_ONLY_REACH = 40
_CLAUSE_REACH = 160
# Each "done" weighed reads on to the change's paragraph end; a few are enough, a run of them is hostile text.
_MOST_DONE = 4
_CONSEQUENCE = re.compile(r"\b(?:so|jadi|sehingga|maka|therefore|hence|thus)\b", re.IGNORECASE)
# "sudah diganti, tapi masih salah; mohon diganti lagi jadi X", "sudah diganti ... Ternyata Kaprodi tidak setuju.
# Mohon dikembalikan", "udah ganti ... tapi di elearning masih nama dosen lama": done somewhere, asked now.
_ASKED_AGAIN = re.compile(
    r"\b(?:lagi|again|" + REVERT_IN_RAW_TEXT + r"|semula|(?:di)?batal\w*|cancel\w*|still|"
    r"masih|msh|salah|wrong|keliru|belum|blm|not[ \t]+yet|tapi|tp|but|however|namun|ternyata|typo|incorrect|"
    r"tidak[ \t]+(?:sesuai|tepat|benar|setuju)|not[ \t]+(?:right|correct|approved))\b",
    re.IGNORECASE,
)
# "Mohon dosen pengampu ... Jumat ini sudah diganti": done is what the writer asks to have by a day, not news.
_ASKS_FOR_DONE = re.compile(
    r"\b(?:mohon|mhn|tolong|tlg|please|pls|harap|agar|supaya|biar|semoga|hopefully|minta|need|needs|perlu)\b",
    re.IGNORECASE,
)
# "Kode MK di SIAKAD sudah berubah ...", "Sesuai kurikulum baru, SKS-nya sudah jadi 3": done in another record is why
# e-learning is to follow, not news that e-learning is done.
_ELSEWHERE = re.compile(
    r"\b(?:siakad|pddikti|feeder|sistem[ \t]+(?:informasi[ \t]+)?akademik|portal[ \t]+akademik|academic[ \t]+(?:system|"
    r"portal|records?)|student[ \t]+portal|kurikulum|curriculum|surat[ \t]+keputusan)\b",
    re.IGNORECASE,
)
_HERE = re.compile(r"\b(?:e-?learning|moodle|lms)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:so|and|but|jadi|sehingga|tapi|tetapi|namun|dan|yang)\b", re.IGNORECASE)


def _fields_in(text: str) -> set[str]:
    return {field for field, _ in cues(text)}


def _clause_before(text: str, position: int) -> str:
    """The clause that ends at `position`: the field cue a "done" word speaks of stands in it, in its own sentence
    ("Nama dosen pengganti ada di surat terlampir. Untuk SIAKAD sudah kami ubah": the lecturer is not what is done)."""
    reach = max(0, position - _CLAUSE_REACH, sentence_around(text, position)[0])
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(text, reach, position)]
    return text[breaks[-1] if breaks else reach : position]


def _asked_again_after(flat: str, done: re.Match[str], until: int) -> bool:
    """Whether the writer asks again after saying the field is done: a contrast or a second request after it, but
    not in a consequence for another field ("..., so only the key is still needed")."""
    done_sentence_end = sentence_around(flat, done.start())[1]
    consequence = _CONSEQUENCE.search(flat, done.end(), done_sentence_end)
    skipped_from = consequence.start() if consequence else done_sentence_end
    return any(
        not skipped_from <= match.start() < done_sentence_end
        for match in _ASKED_AGAIN.finditer(flat, done.end(), until)
    )


def _done_elsewhere(flat: str, done: re.Match[str]) -> bool:
    sentence = flat[slice(*sentence_around(flat, done.start()))]
    return bool(_ELSEWHERE.search(sentence)) and not _HERE.search(sentence)


# "in 2022 its name was changed to X": the value a change told as done led to.
_TO_VALUE = re.compile(r"[ \t]+(?:to|into|menjadi|jadi|jd|ke)[ \t]+\S", re.IGNORECASE)


def _done_to_another_value(flat: str, done: re.Match[str], value: str) -> bool:
    """Whether the change told as done led to a value other than the one asked now ("in 2022 its name was changed to
    X. ... please change the course name to Y"): the course's story, not this change done."""
    done_end = sentence_around(flat, done.start())[1]
    return (
        bool(_TO_VALUE.match(flat, done.end(), done_end))
        and value.casefold() not in flat[done.end() : done_end].casefold()
    )


def not_asked_now(flat: str, change: FoundChange) -> bool:
    """Whether an earlier sentence of the mail says the value's field is done already, or names the only other field
    still wanted ("The full name was already changed ..., so only the short name is still needed" above a forwarded
    request for both)."""
    sentence_start = sentence_around(flat, change.start)[0]
    before = flat[:sentence_start]
    paragraph_end = flat.find("\n\n", change.end)
    until = len(flat) if paragraph_end < 0 else paragraph_end
    weighed = 0
    for done in _DONE.finditer(before):
        clause = _clause_before(before, done.start())
        if change.field not in _fields_in(clause) or _ASKS_FOR_DONE.search(clause) or _done_elsewhere(flat, done):
            continue
        if _done_to_another_value(flat, done, change.value):
            continue
        if not _asked_again_after(flat, done, until):
            return True
        weighed += 1
        if weighed == _MOST_DONE:
            break
    for only in _ONLY.finditer(before):
        named = _fields_in(before[only.end() : only.end() + _ONLY_REACH])
        if named and change.field not in named:
            return True
    return False
