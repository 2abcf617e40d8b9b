"""Changes said outside the cue-connector-value order by what they replace: a name already changed elsewhere, an
old value replaced with a new one, the semester a course is moved to."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_words import cues, is_old_side, leading_cue
from daemon.classify.found_change import FoundChange
from daemon.classify.lecturer_placed import TITLED_PERSON
from daemon.classify.value_at import value_at
from daemon.classify.value_basics import clean_value
from daemon.classify.values import VALUE_READERS
from daemon.classify.wording import sentence_around

# "nama MK nya sudah berubah jadi X. Bisa tidak course itu diganti namanya?": the official name changed (it
# "berubah", nobody here changed it), and a later sentence asks for the rename without a value of its own. "Sudah
# diganti menjadi X, terima kasih" (done by the helpdesk) and "kenapa berubah menjadi X" ask for nothing.
# "It was renamed X at the last senate meeting. Could you update it?": the verb names the field itself.
_BECAME = re.compile(
    r"\b(?:sudah|sdh|udah|telah|has|have)\s+(?:resmi\s+|officially\s+)?(?:berubah|changed)\s+(?:nama\s+)?"
    r"(?:menjadi|mjd|jadi|jd|to|into)\s+|"
    r"\b(?P<renamed>(?:was|were|has\s+been|had\s+been)\s+(?:officially\s+)?renamed)\s+(?:to\s+|as\s+)?",
    re.IGNORECASE,
)
_ASKED_WHY = re.compile(r"\b(?:kenapa|mengapa|knp|why|how\scome)\b", re.IGNORECASE)
_RENAME_ASKED = re.compile(
    r"\b(?:mohon|tolong|bisa|bisakah|minta|please|could|can)\b[^.?!\n]{0,60}?\b(?:(?:di)?(?:ganti|ubah)\s+(?:nama|name)"
    r"(?:nya)?|rename|(?:di)?sesuaikan|adjust|update|"
    # "Mohon yang di e-learning juga diubah", "please change it here too": the same change, asked here
    r"(?:di)?(?:ubah|ganti|rubah|perbarui|samakan)|change\s(?:it|this|ours|the\sone))\b",
    re.IGNORECASE,
)


def renamed_elsewhere(flat: str) -> FoundChange | None:
    for became in _BECAME.finditer(flat):
        sentence_start, sentence_end = sentence_around(flat, became.start())
        if not became.group("renamed") and not any(
            field == "fullname" for field, _ in cues(flat[sentence_start : became.start()])
        ):
            continue
        if _ASKED_WHY.search(flat, sentence_start, sentence_end) or flat[sentence_end : sentence_end + 1] == "?":
            continue
        read = VALUE_READERS["fullname"](flat, became.end(), min(len(flat), sentence_end + 1))
        paragraph_end = flat.find("\n\n", sentence_end)
        asked = _RENAME_ASKED.search(flat, sentence_end, len(flat) if paragraph_end < 0 else paragraph_end)
        if read is None or not asked or not (value := clean_value(read[0])):
            continue
        # "Mohon kelas saya disesuaikan juga": what is asked names another field.
        if any(field != "fullname" for field, _ in cues(flat[asked.start() : asked.end()])):
            continue
        found = flat.find(value, became.end(), read[1] + 1)
        change = FoundChange(
            "fullname", value, f"changed elsewhere, asked: {asked.group(0)}", found, found + len(value)
        )
        if not unsure(flat, asked.start(), asked.start(), (asked.end(), asked.end())):
            return change
    return None


# "please replace Mr. Tan with Ms. Nur Aisyah as the lecturer", "swap the short name CE2104 for CE2104-STR", "ganti
# Pak Darto dengan Bu Sri sebagai pengampu": the old value first, then the new one of the same shape.
_SWAP_VERB = re.compile(
    r"\b(?:replace|swap(?:\s+out)?|substitute|exchange|switch|(?:di)?ganti(?:kan)?|(?:di)?tukar(?:kan)?)\s+"
    r"(?:(?:the|its|our|my)\s+)?",
    re.IGNORECASE,
)
# "... with:\nDr. X": the new value may stand on the line under the word, after a colon.
_SWAP_TO = re.compile(r"[ \t]+(?:with|by|for|dengan|dgn|oleh)(?:[ \t]+|[ \t]*:?[ \t]*\n[ \t]*)", re.IGNORECASE)
# "replace the current lecturer (Ir. X) with Y": the old value, or a note, in brackets after the field.
_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,80}\)")
# "swap the enrolment key of Control Systems (EL3103) for X": the course the field belongs to, named with its code
# in brackets, stands where the old value would; the value after "for"/"with" is the new one.
_OF_COURSE = re.compile(
    r"[ \t]+(?:of|on|for|in|untuk|utk|di)[ \t]+[^\n()]{1,60}+(?<=[ \t])\([A-Za-z]{2,5}[ -]?\d{3,4}[A-Za-z]?\)",
    re.IGNORECASE,
)


def replaced_with(flat: str, taken: set[str]) -> FoundChange | None:
    """A value replaced by another of its field's shape, the field named before the old value or, for a person,
    anywhere in the sentence."""
    for verb in _SWAP_VERB.finditer(flat):
        sentence_start, sentence_end = sentence_around(flat, verb.start())
        named = leading_cue(flat[verb.end() : sentence_end])
        start = verb.end() + named[1].end() if named else verb.end()
        fields = [named[0]] if named else []
        # "Kindly replace Mr. Tan with Dr. Sari Dewi": a titled person replaced with another is the lecturer.
        titled = TITLED_PERSON.match(flat, verb.end()) and TITLED_PERSON.search(flat, verb.end(), sentence_end)
        if not named and (titled or any(field == "lecturer" for field, _ in cues(flat[sentence_start:sentence_end]))):
            fields = ["lecturer"]
        for field in fields:
            old = VALUE_READERS[field](flat, start, min(len(flat), sentence_end + 1))
            # "ganti dosen lama dengan X": the old value named by its side word alone.
            if old is None and named and is_old_side(named[1]) and _SWAP_TO.match(flat, start):
                old = ("", start)
            elif old is None and named and (aside := _OF_COURSE.match(flat, start) or _ASIDE.match(flat, start)):
                old = ("", aside.end()) if _SWAP_TO.match(flat, aside.end()) else None
            to = _SWAP_TO.match(flat, old[1]) if old else None
            line_end = flat.find("\n", to.end()) if to else -1
            end = max(sentence_end, len(flat) if line_end < 0 else line_end)
            new = VALUE_READERS[field](flat, to.end(), min(len(flat), end + 1)) if to else None
            if field in taken or new is None or old is None or clean_value(new[0]) == clean_value(old[0]):
                continue
            value = clean_value(new[0])
            found = flat.find(value, to.end() if to else start, new[1] + 1)
            change = FoundChange(
                field,
                value,
                f"replaced with: {verb.group(0).strip()} … {to.group(0).strip() if to else ''}",
                found,
                found + len(value),
            )
            if found >= 0 and not unsure(flat, verb.start(), verb.start(), change.span):
                return change
    return None


# "It is taught in Semester 6; could you move it?", "padahal diajarkan di Semester 5. Mohon dipindahkan": where the
# course runs, in a paragraph that asks to move it, is the semester it belongs in; "di kurikulum baru letaknya di
# semester enam", "it belongs in semester 6" say where it belongs.
_RUNS_IN = re.compile(
    r"\b(?:runs?|taught|offered|held|delivered|diajarkan|ditawarkan|berjalan|dilaksanakan|berlangsung|diselenggarakan|"
    r"letak(?:nya)?|terletak|belongs?)"
    r"\s+(?:(?:\w+\s+){0,2}?)(?:in|during|di|pada)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_MOVE_ASKED = re.compile(
    r"\b(?:move|relocate|(?:di)?pindah(?:kan|in)?|mindahin)\b",
    re.IGNORECASE,
)


def runs_in_semester(flat: str) -> FoundChange | None:
    for runs in _RUNS_IN.finditer(flat):
        read = value_at(flat, "semester", runs.end(), len(flat))
        if read is None or flat[runs.end() : read.start].strip().casefold() not in ("", "semester"):
            continue
        paragraph_start = flat.rfind("\n\n", 0, runs.start()) + 1
        paragraph_end = flat.find("\n\n", read.end)
        paragraph = flat[paragraph_start : len(flat) if paragraph_end < 0 else paragraph_end]
        if not _MOVE_ASKED.search(paragraph):
            continue
        change = FoundChange(
            "semester", read.value, f"runs in: {' '.join(runs.group(0).split())}", read.start, read.end
        )
        if not unsure(flat, runs.start(), runs.start(), change.span):
            return change
    return None
