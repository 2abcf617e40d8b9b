"""Read a change's value at the connectors after a field cue: which kind of connector may lead to this field's
value, and whether the value it leads to is asked for or only said to be the current one."""

from __future__ import annotations

import re
from collections.abc import Callable

from daemon.classify.change_connectors import connectors
from daemon.classify.change_words import (
    CHANGE_VERB,
    CORRECTION,
    CREATED_BEFORE,
    HANDS_OVER_OTHER,
    NEW_SIDE,
    NOT_THE_OTHER,
    NOW,
    PARTICLE,
    REPLACEMENT,
    REQUEST_BEFORE,
    SHOWN_NOW,
    SHOWN_NOW_AFTER,
    SLIP,
    STAYS,
    STRONG_TO,
    cue_field_start,
    cues,
    said_so,
    told_of_after_whereas,
)
from daemon.classify.course_name_shape import SHAPE
from daemon.classify.found_change import FoundChange
from daemon.classify.intent import ASK_MODAL, POLITE_ASK
from daemon.classify.lower_case_values import TYPED_LOWER, lower_case_name, lower_case_person
from daemon.classify.value_at import value_at
from daemon.classify.wording import CONTRAST, TITLE_SUFFIX, sentence_around, sentence_end

SHAPED = frozenset({"semester", "class", "credits", "shortname", "enrolment_key"})
VERB_IN_SENTENCE = re.compile(r"\b(?:" + CHANGE_VERB + r")\b", re.IGNORECASE)


_ALSO_LABEL = re.compile(r"\b(?:juga|also|too)\s*+[:=]", re.IGNORECASE)


# Where a sentence or a line starts, maybe with "new"/"baru" before the cue: "? New name - X".
_OPENS_SENTENCE = re.compile(r"(?:^|[\n.!?][ \t]*|[\n.!?][ \t]+(?i:new|baru)[ \t]+)$")


def line_of(text: str, position: int) -> str:
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1 : len(text) if end < 0 else end]


def describe(text: str, cue: re.Match[str], connector_end: int, connector: str) -> str:
    cue_text = " ".join(text[cue_field_start(cue) : connector_end].split())
    if len(cue_text) > 60:
        cue_text = f"{' '.join(text[cue_field_start(cue) : cue.end()].split())} … {connector.strip()}"
    return cue_text


_CORRECTION_LATER = re.compile(
    r"\b(?:" + STRONG_TO + "|" + CORRECTION + r"|"
    r"correct\sis)\b",
    re.IGNORECASE,
)
_TABLE_BELOW = re.compile(r"\s*\n\s*[^\n|]*\|")
_LABELLED_LINE = re.compile(r"\s*\n\s*(?:[-•*]|\d{1,2}[.)])?\s*[A-Za-z][\w ./()-]{0,30}\s*(?::|=(?!>))")
_ASKS = re.compile(rf"\b(?:{ASK_MODAL}|{POLITE_ASK})\b", re.IGNORECASE)
OLD_BEFORE = re.compile(
    rf"\b(?:sebelumnya|semula|previously|formerly|(?:currently|still)(?:\s(?:reads|says|shows))?|masih|{SHOWN_NOW}|"
    r"saat\sini|yang\slama|"
    r"yg\slama)\s*(?:[:=]|adalah|yaitu|is)?\s*(?:(?:Bapak|Ibu|Pak|Bu|Mr|Mrs|Ms)\.?\s+)?[\"“'‘]?$",
    re.IGNORECASE,
)


# "the lecturer is me, X": the writer saying who they are; the name is as bare as without the pronoun.
_WRITER_FIRST = re.compile(r"\b(?:me|myself|saya(?:[ \t]+sendiri)?|aku)[ \t]*,[ \t]*$", re.IGNORECASE)
_CHANGED_LATER = re.compile(r"\b(?:" + CHANGE_VERB + r")(?:kan)?\b(?![ \t]+(?:dari|from)\b)", re.IGNORECASE)
_FROM_WHEN = re.compile(
    r"[ \t]+(?:mulai|per|sejak|terhitung|starting|from|effective|as\sof)[ \t]+(?:(?:semester|tahun|minggu|pekan|bulan|"
    r"tanggal|tgl|hari|ini|depan|berikutnya|mendatang|ganjil|genap|this|next|coming|the|term|week|month|year|today|"
    r"besok|tomorrow|pertemuan|meeting|session|ke-?\d{1,2}|\d{1,2}[ \t]+[A-Za-z]{3,9}(?:[ \t]+\d{4})?|"
    r"\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?)?|\d{4}(?:/\d{4})?)\b[ \t]*)+"
    r"[ \t]*",
    re.IGNORECASE,
)
_COURSE_AFTER = re.compile(rf"[ \t]*[(\[][ \t]*{SHAPE}[ \t]*[)\]][ \t]*[:–—-][ \t]*")
_CLAUSE_ENDS = re.compile(
    # "semesternya 2 (bukan 1)": the wrong value set against it in brackets.
    r"[ \t]*(?:$|[\n,.;:!?)]|\((?=[ \t]*(?:bukan|bkn|not)\b)|"
    r"(?:ya+|yah|dong|deh|aja|saja|sks|kak|min|pak|bu|please|pls|thanks|makasih|"
    # when and where it holds: "pengampunya Dra. X mulai semester ini"
    r"mulai|per|sejak|terhitung|starting|from|effective|untuk|utk|for|di|pada|in|on)\b)",
    re.I,
)


class _CuesAfter:
    """The cues after one cue, read once for all its connectors: read again up to each connector, a long run of
    labelled lines took time that grew with the cube of its length."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end
        self._ends: list[tuple[str, int]] | None = None

    def other_field_before(self, field: str, position: int) -> bool:
        if self._ends is None:
            self._ends = [
                (other, self._start + match.end()) for other, match in cues(self._text[self._start : self._end])
            ]
        return any(other != field and end <= position for other, end in self._ends)


def _another_field_owns(text: str, field: str, cue_end: int, connector_start: int, after: _CuesAfter) -> bool:
    no_colon = text.find(":", cue_end, connector_start) < 0 and text.find(";", cue_end, connector_start) < 0
    if no_colon and sentence_end(text, cue_end, connector_start) >= connector_start:
        return False
    # "Nama MK sudah benar, yang salah kodenya: harusnya X": the other cue may stand just before the break too.
    return after.other_field_before(field, connector_start)


_REFERENCE = re.compile(
    r"[ \t]*(?:the[ \t]+|an?[ \t]+)?(?:SK|S\.K\.|surat|keputusan|dokumen|kurikulum|RPS|SIAKAD|jadwal|decree|letter|"
    r"document|curriculum|timetable|schedule)\b",
    re.IGNORECASE,
)
# "Senior Lecturer | Faculty of Business", "English Lecturer - UPT Bahasa": a signature's job title, a rank or a subject
# before the role, is no label (a form's "Nama Dosen | X" is).
_JOB_TITLE_LINE = re.compile(
    r"[ \t]*(?:(?!(?i:nama|name|new|old|current|baru|lama)\b)[A-Z][\w.-]*[ \t]+){1,3}"
    r"(?i:lecturer|dosen|instructor|teacher|professor|tutor)[ \t]*[|–-]"
)
_SHOWN_NOW_BEFORE = re.compile(rf"\b(?:{SHOWN_NOW}|terdaftar|masih)(?:[ \t]+(?:{NOW}|di[ \t]+situ))?[ \t]+$", re.I)
_WHEREAS_BEFORE = re.compile(rf"\b(?:{CONTRAST})\b", re.IGNORECASE)
_DONE_BEFORE = re.compile(
    r"\b(?:yang|yg)\s+(?:kemarin|kmrn|kmarin|tadi|barusan|sempat|pernah|dulu|minggu\s+lalu|bulan\s+lalu)\s+"
    r"(?:(?:sudah|sdh|udah|telah|saya|sy|kami|anda)\s+)?(?:\S+\s+)?$",
    re.IGNORECASE,
)
_DEGREES_AFTER = re.compile(r"[ \t]*,[ \t]*" + TITLE_SUFFIX + r"(?=[\s,.;)]|$)")
# A person written with a degree or an academic title ("Dra. Sri Handayani, M.Si."), not by a first name ("bu Ratna").
WITH_TITLES = re.compile(_DEGREES_AFTER.pattern + r"|^(?:Prof|Dr|Dra|Drs|Ir|Hj?)\.")


_UP_TO_COLON = re.compile(r"[^:\n]{0,60}:[ \t]*(?=\S)")


def value_after_connectors(
    text: str,
    field: str,
    cue: re.Match[str],
    window_end: int,
    asked: Callable[[FoundChange, int], FoundChange | None],
) -> FoundChange | None:
    """The first connector in the window that leads to a value of the field's shape, asked for."""
    cue_start = cue_field_start(cue)
    # "kode\tnama MK\tfield\ttertulis\tseharusnya": a pasted spreadsheet's row of cells is no sentence; the table
    # reader reads its columns.
    if line_of(text, cue_start).count("\t") >= 2:
        return None
    after = _CuesAfter(text, cue.end(), window_end)
    for kind, connector in connectors(text, cue.end(), window_end):
        # "MK ini untuk semester 4. Mohon dosennya diubah jadi 2 orang": past a sentence end or a colon, a cue of
        # another field owns the connectors that follow it.
        if _another_field_owns(text, field, cue.end(), connector.start(), after):
            continue
        # "Dosen pengganti untuk MK ini adalah X", "pengampu baru MK Y (UM4101) adalah X": a cue that names the new
        # value may have its label further on.
        says_new_side = REPLACEMENT.search(cue.group("after") or "") or NEW_SIDE.search(
            f"{cue.group('before') or ''} {cue.group('after') or ''}"
        )
        # "disesuaikan dengan SIAKAD, yaitu TRM-2A": "yaitu" after a change verb names the value.
        namely = kind == "label" and re.match(r"\s*(?:yaitu|yakni)\b", connector.group(0))
        if namely and VERB_IN_SENTENCE.search(text, cue.end(), connector.start()):
            kind = "namely"
        # "Dosen pengampu mulai semester ini: X", "Enrolment key from next week: X": a label that says from when names
        # the new value.
        from_when = _FROM_WHEN.fullmatch(text, cue.end(), connector.start())
        created = CREATED_BEFORE.search(text, max(0, cue_start - 25), cue_start)
        # ... or a value set against the wrong one ("perbaiki ejaan nama MK IF1101: Algoritma Dasar, bukan Algoritme
        # Dasar"), checked once it is read
        distant_label = (
            kind == "label" and connector.start() != cue.end() and not (says_new_side or from_when or created)
        )
        # "SKS-nya 3": a bare value after the cue's own "-nya", only for a person or a number, whose shapes are
        # checked ("nama dosennya, yang sebelumnya X" is not one).
        if kind == "copula" and connector.start() != cue.end():
            continue
        if kind == "label" and _JOB_TITLE_LINE.match(line_of(text, cue_start)):
            continue
        # "New name - X" opens its own sentence; "International Class - Genap 2026/2027" is one value with a dash.
        if (
            kind == "label"
            and connector.group(0).strip()[:1] in "-–—"
            and not _OPENS_SENTENCE.search(text, 0, cue_start)
        ):
            continue
        # "yang tertulis sekarang dosennya X, padahal seharusnya Y": a bare value after what e-learning shows now is
        # the current one; the value it ought to be follows.
        if kind == "copula" and _SHOWN_NOW_BEFORE.search(text, max(0, cue_start - 40), cue_start):
            continue
        # "Maaf salah ketik, short name-nya X ya, bukan Y": any field's bare value, set against the wrong one in a
        # sentence that owns up to a slip, is the one meant.
        contrasted = kind == "copula" and field not in ("lecturer", "credits")
        # "the lecturer ... will be Ir. X": a future tense names a new person, never a new name or text.
        if kind in ("will be", "who teaches") and field != "lecturer":
            continue
        # "Nama MK yang kemarin diubah jadi X sudah benar": a change told as made before describes the course.
        if _DONE_BEFORE.search(text, max(0, connector.start() - 40), connector.start()):
            continue
        if kind == "already is" and not _WHEREAS_BEFORE.search(text, sentence_around(text, cue_start)[0], cue_start):
            continue
        if kind == "whereas" and field not in SHAPED:
            continue
        if kind == "changed to" and said_so(text, connector.start(), connector.end()):
            continue
        if kind == "could be" and field not in SHAPED:
            continue
        if kind in ("read as", "could be") and (
            not _ASKS.search(text, sentence_around(text, cue_start)[0], cue_start)
            or sentence_around(text, cue_start)[1] < connector.start()
        ):
            continue
        if kind == "namely" and not VERB_IN_SENTENCE.search(text, cue.end(), connector.start()):
            continue
        # "Nama MK ditulis "Kewirausahan", mohon koreksi menjadi "Kewirausahaan"": how it is written, corrected
        # later in the sentence, is the current value.
        if kind == "written as" and _CORRECTION_LATER.search(
            text, connector.end(), sentence_around(text, connector.end())[1]
        ):
            continue
        # "ganti nama matkul:\nnama lama : X\nnama baru : Y": labelled lines below are read by their own cues.
        # A table below is read by the table reader.
        if kind in ("colon at line end", "as follows") and (
            _LABELLED_LINE.match(text, connector.end())
            or _TABLE_BELOW.match(text, connector.end())
            or HANDS_OVER_OTHER.search(line_of(text, connector.start()))
        ):
            continue
        # A connector whose value is not of the field's shape ("jadi mohon dibantu") is not this change;
        # a later one in the sentence may be. Nor is a value said to be the current one ("yang sebelumnya X").
        # "disesuaikan dengan SK Direktur No. 812/2027: Dr. X": a document the change follows is no value; the value
        # may follow its colon.
        start = connector.end()
        if reference := _REFERENCE.match(text, start):
            if not (colon := _UP_TO_COLON.match(text, reference.end())):
                continue
            start = colon.end()
        read = value_at(text, field, start, len(text))
        if read is None and field == "fullname" and kind == "changed to" and TYPED_LOWER.match(text):
            read = lower_case_name(text, start)
        if read is None and field == "lecturer":
            read = lower_case_person(text, start)
        # ("... masih yang lama:\n"X"": a colon at the line's end hands over what the words before it say)
        said_from = cue.end() if kind == "colon at line end" else connector.start()
        if read is None or OLD_BEFORE.search(text, max(said_from, read.start - 30), read.start):
            continue
        if SHOWN_NOW_AFTER.match(text, read.end) or told_of_after_whereas(kind, text, read.end):
            continue
        # "yg ngajar ibu Dewi. kata ibu tolong diganti jd Dewi Lestari, S.E., M.Ak.": who teaches, called by a first
        # name, is told; the value to set is written with its titles.
        if kind == "who teaches" and not WITH_TITLES.search(read.value):
            continue
        # "Pengampu baru:\n• Termodinamika (ME2104): Kevin Tan, M.Eng.": words before a bracketed code name the
        # course; the person follows its mark.
        if field == "lecturer" and (course := _COURSE_AFTER.match(text, read.end)):
            read = value_at(text, field, course.end(), len(text))
            if read is None:
                continue
        if distant_label and not NOT_THE_OTHER.match(text, read.end):
            continue
        # "Nama: Siti Marlina, S.E., M.Ak." (a service form's requester): a name with degrees after it is a person's.
        if field == "fullname" and _DEGREES_AFTER.match(text, read.end):
            continue
        # "Dosennya Pak Hendro minta nama MK diubah": a bare value after "-nya" ends its clause ("SKS-nya 3 ya");
        # a person who goes on to do something is the sentence's subject, not a value.
        if kind == "copula" and not _CLAUSE_ENDS.match(text, read.end):
            continue
        # "minta short name-nya X ya", "Singkatannya X aja": a bare value of its own shape, asked for.
        bare_asked = field in SHAPED and (
            REQUEST_BEFORE.search(text, max(0, cue_start - 12), cue_start) or PARTICLE.match(text, read.end)
        )
        if (
            contrasted
            and not bare_asked
            and not (NOT_THE_OTHER.match(text, read.end) and SLIP.search(text, *sentence_around(text, cue_start)))
        ):
            continue
        description = describe(text, cue, connector.end(), connector.group(0))
        # "New lecturer: X" names the new value; "Nama MK: X" may name the course.
        weak = (
            kind in ("label", "copula")
            and not contrasted
            and not distant_label
            and not _WRITER_FIRST.sub("", text[connector.end() : read.start]).strip(" \t\n:|\"“'‘")
            and not NEW_SIDE.search(cue.group("before") or "")
            # "kelasnya juga: X": a field added to the changes asked before it is asked too, not only named.
            and not _ALSO_LABEL.search(connector.group(0))
        )
        # "Dosen pengampu: Ns. Ratna, M.Kep. (tugas belajar), mohon diganti": a labelled value that its own sentence
        # then asks to change is the current one ("Nama MK: X (diubah dari Y)" names the new one).
        # "Semester: Ganjil 2027/2028 (sudah benar)", "Short name: X, please keep it": a value said to stay.
        if weak and STAYS.match(text, read.end):
            continue
        if weak and _CHANGED_LATER.search(text, read.end, max(read.end, sentence_around(text, read.end - 1)[1])):
            continue
        source = f"{kind}: {description}"
        if found := asked(FoundChange(field, read.value, source, read.start, read.end, weak), connector.start()):
            return found
    return None
