"""A lecturer asked for with words between the role and the person: the course ("Mohon ditambahkan dosen team teaching
untuk MK X (KODE): Ir. Y") or the addition told, then who ("Tim pengajar MK X ditambah satu orang, yaitu Y")."""

from __future__ import annotations

import re
from itertools import islice

from daemon.classify.asking import unsure
from daemon.classify.change_words import COURSE, cues, is_old_side
from daemon.classify.found_change import FoundChange
from daemon.classify.mentioned_only import NEWLY, asks_update
from daemon.classify.values import VALUE_READERS
from daemon.classify.wording import sentence_around

# The request, in the sentence before the role: a person added, put in or changed.
_ASKED = re.compile(
    r"\b(?:mohon|tolong|minta|harap|please|pls|kindly|could\syou|can\syou|would\syou)\b[^.!?\n]{0,40}?"
    r"\b(?:(?:di)?tambah(?:kan|in)?|add|include|(?:di)?masuk(?:kan|in)|(?:di)?ganti(?:kan)?|(?:di)?ubah|change|replace|"
    r"assign|(?:di)?perbarui|update)\b",
    re.IGNORECASE,
)
# What stands between the role and the colon: which of the team ("dosen kedua", "a second lecturer") and the course it
# is for, never another value or a clause.
_FOR_COURSE = re.compile(
    r"(?:[ \t]+(?:kedua|ketiga|tambahan|pendamping|second|additional|extra))?"
    r"[ \t]+(?:untuk|utk|pada|di|for|of|to|in)[ \t]+[^:.!?\n;,=]{2,70}?[ \t]*:[ \t]*",
    re.I,
)
# "ditambah satu orang, yaitu", "has been joined by one more colleague, namely": a person added, then named.
_ADDED_NAMELY = re.compile(
    r"[^.!?\n]{0,70}?\b(?:(?:di)?tambah(?:kan)?|bertambah|add(?:ed)?|joined\sby|(?:di)?ganti|berganti|changed)\b"
    r"(?P<tail>[^.!?\n:]{0,30}?)(?:[ \t]*+,?[ \t]*\b(?:yaitu|yakni|namely|ialah)\b|[ \t]*:)[ \t]*",
    re.IGNORECASE,
)

_WHERE_TO = re.compile(r"\b(?:ke|to|into|di|in|pada|berikut|following|" + COURSE + r"|kelas|class)\b", re.IGNORECASE)


def _read_after(flat: str, asked_at: int, start: int, source: str) -> FoundChange | None:
    line_end = flat.find("\n", start)
    read = VALUE_READERS["lecturer"](flat, start, len(flat) if line_end < 0 else line_end)
    if read is None:
        return None
    change = FoundChange.located(flat, "lecturer", read, start, source)
    return change if change and not unsure(flat, asked_at, asked_at, change.span) else None


def added_with_colon(flat: str) -> FoundChange | None:
    for field, cue in cues(flat):
        if field != "lecturer" or is_old_side(cue):
            continue
        if not (to_course := _FOR_COURSE.match(flat, cue.end())):
            continue
        asked = _ASKED.search(flat, sentence_around(flat, cue.start())[0], cue.start())
        if not asked:
            continue
        # "... dosen pengampu untuk kelas TI-2A: Dr. X, nama MK: Y": the colon belongs to this role alone.
        if any(other != "lecturer" for other, _ in cues(flat[cue.end() : to_course.end()])):
            continue
        source = f"asked, after its course: {' '.join(asked.group(0).split())} …:"
        if change := _read_after(flat, asked.start(), to_course.end(), source):
            return change
    return None


def added_namely(flat: str) -> FoundChange | None:
    for field, cue in cues(flat):
        if field != "lecturer" or is_old_side(cue) or not (added := _ADDED_NAMELY.match(flat, cue.end())):
            continue
        if any(other != "lecturer" for other, _ in cues(flat[cue.end() : added.end()])):
            continue
        # "... ditambahkan ke course berikut: Fisika": what follows is where the person goes, not who.
        if _WHERE_TO.search(added.group("tail")):
            continue
        words = " ".join(added.group(0).split()[-3:])
        if change := _read_after(flat, cue.start(), added.end(), f"added, then named: … {words}"):
            return change
    return None


# "Penggantinya X", "Sebagai gantinya, X", "His replacement will be X": the successor named by a noun that says so, in a
# mail about the lecturer; "Pengganti sementara" (for a meeting or two) replaces nobody on the course.
_SUCCESSOR = re.compile(
    r"\b(?:pengganti(?:nya)?(?:[ \t]+(?:beliau|saya|sy|dia))?|sebagai[ \t]+gantinya|"
    r"(?:his|her|my|their|the[ \t]+new)[ \t]+(?:replacement|successor))"
    r"(?![ \t]+(?:sementara|temporary|untuk[ \t]+(?:sementara|satu|1|dua|2)|for[ \t]+(?:one|1|two|2|the[ \t]+day)))"
    r"(?:[ \t]+(?:adalah|ialah|yaitu|yakni|nanti|is|will[ \t]+be))?[ \t]*[:,]?[ \t]*",
    re.IGNORECASE,
)
# "Ditambahkan: X" as a line of a list of team changes ("Dihapus: Y" beside it names who leaves).
_ADDED_LABEL = re.compile(
    r"^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*(?:di)?(?:tambah(?:kan|an)?|masukkan|added|add|joins?|incoming)"
    r"(?:[ \t]+(?:dosen|pengajar|lecturer))?[ \t]*:[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)
# "yg pegang mbak X", "yang ngajar sekarang Bu X": who holds the course, the person after a courtesy word.
_WHO_HOLDS = re.compile(
    r"\b(?:yang|yg)[ \t]+(?:pegang|megang|memegang|ngajar|mengajar|ngampu|mengampu)(?:nya)?"
    r"(?:[ \t]+(?:sekarang|skrg|kini|saat[ \t]+ini))?[ \t]+(?=(?:pak|bu|bapak|ibu|mas|mbak|mba|dr|prof)\.?[ \t]+[A-Z])",
    re.IGNORECASE,
)

_ASKED_AFTER = re.compile(
    r"\b(?:di)?(?:ganti|ubah|rubah|update|change)[dk]?\w{0,3}[ \t]+(?:jd|jadi|menjadi|ke|to|dengan|with)\b", re.I
)

_CLAUSE_OPENS = re.compile(r"(?:^|[.;,:!?\n(]|\b(?:dan|and|serta|sedangkan|while))[ \t]*$", re.IGNORECASE)
# A mail names a successor a few times at most; each try reads its sentence, so only the first ones are weighed.
_TRIED = 8


def successor_named(flat: str) -> FoundChange | None:
    if not any(field == "lecturer" for field, _ in cues(flat)) and not _WHO_HOLDS.search(flat):
        return None
    for successor in islice(_SUCCESSOR.finditer(flat), _TRIED):
        # The noun opens its clause ("... lagi. Penggantinya X"); "Dosen Pengganti Akuntansi" is a heading's cue.
        if not _CLAUSE_OPENS.search(flat, max(0, successor.start() - 12), successor.start()):
            continue
        # "dosen pengganti: X" is the cue reader's; a noun that qualifies another field is not the successor's.
        if any(
            field != "lecturer"
            for field, _ in cues(flat[sentence_around(flat, successor.start())[0] : successor.start()])
        ):
            continue
        if change := _read_after(
            flat, successor.start(), successor.end(), f"successor named: {successor.group(0).strip(' :,')}"
        ):
            return change
    for added in islice(_ADDED_LABEL.finditer(flat), _TRIED):
        if change := _read_after(flat, added.start(), added.end(), f"added, in a list: {added.group(0).strip(' :')}"):
            return change
    for holds in islice(_WHO_HOLDS.finditer(flat), _TRIED):
        if not (NEWLY.search(flat, *sentence_around(flat, holds.start())) or asks_update(flat, holds.start())):
            continue
        # "padahal yg ngajar ibu Dewi. tolong diganti jd Dewi Lestari, S.E., M.Ak.": who teaches, told as the
        # complaint's ground, gives way to the value asked for after it.
        if _ASKED_AFTER.search(flat, holds.end()):
            continue
        if change := _read_after(
            flat, holds.start(), holds.end(), f"who holds it now: {' '.join(holds.group(0).split())}"
        ):
            return change
    return None
