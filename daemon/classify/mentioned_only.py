"""Values a request only mentions: a class or a semester that says which course or group, who teaches it now,
people moved between classes, a course copied to a term; each is read as a change elsewhere and dropped here."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from daemon.classify.change_words import BY_VERB, cues
from daemon.classify.found_change import FoundChange
from daemon.classify.headed_records import beside_sided_lines
from daemon.classify.wording import LIST_MARK, sentence_around

# "Mahasiswa atas nama Rudi dipindah ke kelas TI-2B", "I was moved to class IF-2C": people moved between classes
# (an enrolment matter); the course's own class stays.
_PEOPLE_MOVED = re.compile(
    r"\b(?:mahasiswa|mhs|siswa|students?|saya|aku|kami|I|we|atas\snama|a\.n\.|NIM|nama\ssaya|teman|temen)\b",
    re.IGNORECASE,
)
# "is currently set to class EE-2A", "masih di-set ke kelas TE-1B": the verb tells the state the course is in now.
# "sekarang dipindah ke kelas TE-1B" asks ("now move it"): "sekarang" alone is no state.
_STATE_BEFORE = re.compile(
    r"\b(?:(?:is|are|was)\s+(?:currently|presently|now|still)|currently|presently|still|masih"
    r"|saat\s+ini|selama\s+ini|terlanjur)\s+(?:di-)?$",
    re.IGNORECASE,
)
# "disalin ke semester Ganjil 2027/2028", "copy last term's course to the new term": a course copied, rolled over
# or imported into a term is a new course there, not the old one moved.
_COPIED = re.compile(
    r"\b(?:di)?(?:salin|copy|kopi|duplikat|duplikasi|impor|import)\w*|\bcopied|\broll(?:ed)?[\s-]?over|\breuse[d]?|"
    r"\bpakai\sulang|\bdipakai\slagi",
    re.IGNORECASE,
)
# "Mulai pertemuan 5 MK ini diampu oleh X", "now taught by Dr. X", "... diampu oleh X, mohon disesuaikan": who
# teaches, said with a time from which it holds, a word of change, or an update asked in its paragraph, is the new
# lecturer; "Data Mining is taught by Dr. X this term for class IF-3A" only says who teaches.
NEWLY = re.compile(
    r"\b(?:mulai|sejak|per|terhitung|starting|from|effective|as\sof|sekarang|skrg|kini|now|akan|will|baru|new|"
    r"pengganti|replacement|menggantikan|replacing|digantikan|diganti\w*|beralih|pindah|no\slonger|tidak\slagi|"
    r"lagi|instead)\b",
    re.IGNORECASE,
)
_UPDATE = re.compile(
    r"\b(?:(?:di)?(?:update|ubah|ganti|perbarui|perbaharui|sesuaikan|koreksi|revisi|ganti)\w*|change|correct|"
    r"amend|adjust|reflect|replace)\b",
    re.IGNORECASE,
)


def _paragraph(flat: str, position: int) -> tuple[int, int]:
    start = flat.rfind("\n\n", 0, position) + 1
    end = flat.find("\n\n", position)
    return start, len(flat) if end < 0 else end


_IDENTIFYING = ("class", "semester", "shortname")
_LISTED_LINE = re.compile(
    r"[ \t]*(?:[-•*]|\d{1,2}[.)]|[a-h][.)])?[ \t]*[A-Za-z][\w ./()-]{0,40}?[ \t]*(?:[:=|]|\s(?:jadi|menjadi|to)\s)"
)
# "Tolong update course IF4103 ya:\n- fullname jadi X\n- class: TI-4A Pagi": a list under a line that asks for a
# change holds new values.
_ASKS_BELOW = re.compile(
    r"\b(?:update|ubah|diubah|ganti|diganti|perbarui|diperbarui|perubahan|change[sd]?|amend|revisi|koreksi|perbaiki|"
    r"diperbaiki|sesuaikan|disesuaikan|set)\b[^\n]*:[ \t*_]*$",
    re.IGNORECASE,
)


def _under_asking_heading(flat: str, change: FoundChange) -> bool:
    lines = flat[: flat.rfind("\n", 0, change.start) + 1].split("\n")[:-1]
    for line in reversed(lines):
        if not line.strip() or (_LISTED_LINE.match(line) and not _ASKS_BELOW.search(line)):
            continue
        return bool(_ASKS_BELOW.search(line))
    return False


_BULLET = re.compile(rf"[ \t]*{LIST_MARK}[ \t]")


def _above_asking_heading(flat: str, change: FoundChange) -> bool:
    """ "Course: X / Lecturer: Y / Changes: / - Short name -> Z": labelled lines above a heading that asks for the
    changes listed under it say which course and who teaches it now, even under a line that asks for them all."""
    line_end = flat.find("\n", change.end)
    below = [line for line in flat[line_end + 1 :].split("\n") if line.strip()] if line_end >= 0 else []
    return any(
        _ASKS_BELOW.search(line) and (_LISTED_LINE.match(next_line) or _BULLET.match(next_line))
        for line, next_line in pairwise(below)
    )


# "Mahasiswa butuh kode untuk masuk. Mohon kodenya dibuat X": a bare "kode" in a mail about a code to enter the
# course is the enrolment key, not the short name; which one is meant is unsure, so neither is claimed.
_ENTRY_CODE = re.compile(r"\bkode\s+(?:untuk|utk|buat)\s+(?:masuk|enrol\w*|gabung|join|akses)\b", re.IGNORECASE)
_BARE_CODE = re.compile(r"[^:]*:\s*kode(?:nya)?\b", re.IGNORECASE)


def asks_update(flat: str, position: int) -> bool:
    """Whether the paragraph around `position` asks for an update of the lecturer, or of no field named."""
    return _paragraph_asks_update(flat, *_paragraph(flat, position))


# Asked once per cue: a paragraph of many cues and updates was read whole once per cue, and each sentence's cues once
# per update in it. Each paragraph is read once, and each of its sentences once.
@lru_cache(maxsize=64)
def _paragraph_asks_update(flat: str, start: int, end: int) -> bool:
    asking = {sentence_around(flat, update.start()) for update in _UPDATE.finditer(flat, start, end)}
    return any(all(field == "lecturer" for field, _ in cues(flat[slice(*sentence)])) for sentence in asking)


def only_mentioned(flat: str, change: FoundChange, asked_elsewhere: bool) -> bool:
    """Whether a change read at a cue is a mention only: precision first, a value unsure is not claimed."""
    sentence_start, sentence_end = sentence_around(flat, change.start)
    # "Kelas: TI-2A / Semester: 3 / Perubahan: dosen pengampu menjadi X": labelled class and semester lines beside a
    # change asked elsewhere say which course.
    if change.weak and change.field in _IDENTIFYING and asked_elsewhere and not _under_asking_heading(flat, change):
        return True
    if change.weak and _above_asking_heading(flat, change):
        return True
    # "Kelas: ANI 3A" in a record whose "Dosen Lama"/"Dosen Baru" lines say what changes: the class it is about.
    if change.weak and change.field in ("class", "semester") and beside_sided_lines(flat, change.start, change.field):
        return True
    if change.cue.startswith("verb before cue"):
        verb_at = flat.rfind(change.cue.split(": ", 1)[1].split()[0], sentence_start, change.start)
        if _STATE_BEFORE.search(flat, max(sentence_start, verb_at - 30), max(sentence_start, verb_at)):
            return True
        if change.field == "class" and _PEOPLE_MOVED.search(flat, sentence_start, max(sentence_start, verb_at)):
            return True
    if change.field in ("class", "semester") and _COPIED.search(flat, sentence_start, change.start):
        return True
    if change.field == "shortname" and _BARE_CODE.match(change.cue) and _ENTRY_CODE.search(flat):
        return True
    return (
        change.field == "lecturer"
        and change.cue.startswith("new value named: ")
        and bool(BY_VERB.search(change.cue))
        and not NEWLY.search(flat, sentence_start, sentence_end)
        and not asks_update(flat, change.start)
    )
