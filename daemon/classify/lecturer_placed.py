"""Changes said outside the cue-connector-value order: a person put in the lecturer's place, a name that has
already changed elsewhere and is asked for here, an old value replaced with a new one, the semester a course runs in,
and the closing under which labelled lines sign the mail."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_words import COURSE, cues, is_old_side
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at
from daemon.classify.value_basics import clean_value
from daemon.classify.values import VALUE_READERS
from daemon.classify.wording import sentence_around

# "Hormat saya,\nDosen Pengampu: Dr. X": the closing line of a mail.
CLOSING = re.compile(
    r"^[ \t]*(?:hormat\s(?:saya|kami)|salam(?:\s(?:hormat|saya))?|wassalam\w*|(?:best|kind|warm)?\s?regards|best|"
    r"sincerely|yours(?:\s(?:sincerely|faithfully|truly))?|cheers|terima\s?kasih|makasih|thanks?(?:\syou)?|"
    r"thx|tks|trims)[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "Terima kasih,\nAgus\n\nPak Agus,\n\nTolong ...": a greeting after a closing opens another message (a forwarded
# one), which the first closing does not sign.
_GREETING = re.compile(
    r"^[ \t]*(?:(?:dear|yth\.?|kepada\s+yth\.?|hi|halo|hallo|hello|assalamu\w*|selamat\s(?:pagi|siang|sore|malam))"
    r"\b[^\n]{0,40}|(?:pak|bu|bapak|ibu|mas|mbak|kak)\b[^\n,]{0,30},|pagi|siang|sore|malam)[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def signed_off(flat: str, position: int) -> bool:
    """Whether `position` stands under the closing of its message (no greeting between them opens another)."""
    closings = [closing.end() for closing in CLOSING.finditer(flat, 0, position)]
    return bool(closings) and not _GREETING.search(flat, closings[-1], position)


# "Please list Dr. Farah Aziz as the lecturer", "tambahkan Ibu X sebagai dosen pengampu", "assign the course to Mr.
# X": a person put in the lecturer's place, the cue after the name.
_PUT_AS = re.compile(
    r"\b(?:list|put|set|assign|appoint|add|include|cantumkan|jadikan|tetapkan|(?:di)?tambahkan|(?:di)?masukkan|"
    r"menugaskan|menunjuk|mengangkat|menetapkan|appoint(?:s|ed|ing)?)\s+(?=\S)"
)
_AS_LECTURER = re.compile(
    r"[ \t]+(?:as|sebagai|jadi|menjadi)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
    r"(?:new[ \t]+|baru[ \t]+|second[ \t]+|additional[ \t]+)?"
    # "as co-lecturer", "sebagai dosen kedua": a second lecturer added to a team
    r"(?:co-?(?:lecturer|instructor|teacher)|lecturer|instructor|teacher|tutor|"
    r"dosen(?:[ \t]+(?:pengampu|pengajar|kedua|pendamping|tambahan|tim))?|pengampu|pengajar|"
    r"anggota[ \t]+tim[ \t]+(?:dosen|pengajar))\b",
    re.IGNORECASE,
)
# "Mohon Bapak X dimasukkan sebagai dosen pengampu": the same, the verb in the passive after the name.
_ASKED_FOR = re.compile(
    r"\b(?:mohon|tolong|minta|harap)\s+(?:(?:agar|supaya)\s+)?(?:nama\s+(?=[A-Z]))?(?=\S)", re.IGNORECASE
)
_PASSIVE_PUT = re.compile(
    r"[ \t]+(?:(?:dapat|bisa)[ \t]+)?di(?:masukkan|tambahkan|daftarkan|jadikan|tetapkan|cantumkan|tuliskan|tulis|set|"
    r"pasang)\b",
    re.I,
)
_ASSIGN_TO = re.compile(r"\b(?:assign|hand\sover|give)\s+(?:the|this|my|our)\s+(?:course|class)\s+to\s+", re.I)
# "I'm handing over Technical Writing (UM3203) to Ms. X", "menyerahkan MK Y kepada Bu X": the course handed to a person
# named with a courtesy word or a title.
_HANDED_TO = re.compile(
    r"\b(?:hand(?:ing|ed|s)?\s+over|pass(?:ing|ed)?\s+on|(?:menyerahkan|serahkan|mengalihkan|alihkan))\s+"
    r"[^.!?\n]{2,70}?\s(?:to|kepada|ke)\s+(?=(?:Bapak|Ibu|Pak|Bu|Mr|Mrs|Ms|Dr|Prof|Ir|Drs|Dra|Engr)\.?\s)"
)


# "Pengampu MK X mulai semester ini Ibu Dra. Sri Mulyani, M.Si., menggantikan Bapak Joko", "the lecturer is now
# Dr. Wong (replacing Mr. Lee)": a person who replaces another, in a sentence about the lecturer, is the new one.
_REPLACING = re.compile(
    r"[ \t]*[,(]?[ \t]*(?:yang[ \t]+)?(?:menggantikan|gantikan|replacing|replaces|in[ \t]+place[ \t]+of|"
    r"taking[ \t]+over[ \t]+from|who[ \t]+replaces|sebagai[ \t]+pengganti)\b",
    re.IGNORECASE,
)
_NAME_START = re.compile(r"(?<![\w.])(?=[A-Z])")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w&-]*[ \t]*)+")
_AFTER_COURSE_WORD = re.compile(r"\b" + COURSE + r"[ \t]+$", re.IGNORECASE)


def _replacing_another(flat: str) -> FoundChange | None:
    for replacing in _REPLACING.finditer(flat):
        sentence_start = sentence_around(flat, replacing.start())[0]
        lecturer_cues = [cue for field, cue in cues(flat[sentence_start : replacing.start()]) if field == "lecturer"]
        if not lecturer_cues:
            continue
        after_cue = sentence_start + lecturer_cues[0].end()
        course_name_end = -1
        for start in _NAME_START.finditer(flat, after_cue, replacing.start()):
            # "sebagai dosen pengampu course Jaringan Komputer menggantikan saya": the course's name, not a person.
            if _AFTER_COURSE_WORD.search(flat, max(0, start.start() - 20), start.start()):
                run = _CAPITALISED_RUN.match(flat, start.start())
                course_name_end = run.end() if run else course_name_end
            if start.start() < course_name_end:
                continue
            read = VALUE_READERS["lecturer"](flat, start.start(), replacing.start() + 1)
            if not read or flat[read[1] : replacing.start()].strip(" \t,.") or read[1] > replacing.start() + 1:
                continue
            found = flat.find(read[0], start.start(), read[1] + 1)
            change = FoundChange(
                "lecturer",
                read[0],
                f"replacing another: {replacing.group(0).strip(' ,(')}",
                found,
                found + len(read[0]),
            )
            if not unsure(flat, after_cue, start.start(), change.span):
                return change
            break
    return None


def put_as_lecturer(flat: str) -> FoundChange | None:
    for verb in _PUT_AS.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, verb.end(), len(flat))
        if read and (role := _AS_LECTURER.match(flat, read[1])):
            found = flat.find(read[0], verb.end(), read[1])
            change = FoundChange(
                "lecturer",
                read[0],
                f"named as: {verb.group(0).strip()} … {role.group(0).strip()}",
                found,
                found + len(read[0]),
            )
            if not unsure(flat, verb.start(), verb.start(), change.span):
                return change
    for asked in _ASKED_FOR.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, asked.end(), len(flat))
        passive = _PASSIVE_PUT.match(flat, read[1]) if read else None
        if read and passive and (role := _AS_LECTURER.match(flat, passive.end())):
            found = flat.find(read[0], asked.end(), read[1])
            source = f"named as: {asked.group(0).strip()} …{passive.group(0)}{role.group(0)}"
            change = FoundChange("lecturer", read[0], source, found, found + len(read[0]))
            if not unsure(flat, asked.start(), asked.start(), change.span):
                return change
    for assign in _ASSIGN_TO.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, assign.end(), len(flat))
        if read:
            found = flat.find(read[0], assign.end(), read[1])
            change = FoundChange(
                "lecturer", read[0], f"assigned: {assign.group(0).strip()}", found, found + len(read[0])
            )
            if not unsure(flat, assign.start(), assign.start(), change.span):
                return change
    for handed in _HANDED_TO.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, handed.end(), len(flat))
        if read:
            found = flat.find(read[0], handed.end(), read[1] + 1)
            change = FoundChange("lecturer", read[0], "handed over to", found, found + len(read[0]))
            if not unsure(flat, handed.start(), handed.start(), change.span):
                return change
    return _replacing_another(flat) or _will_teach(flat)


# "Pak Hendra Gunawan, M.T. akan mengajar course ini mulai minggu depan, mohon diupdate", "Ms. Grace Lim will be
# teaching this course from next week, please update the lecturer": a titled person who will teach, in a mail that
# asks for an update, is the new lecturer (told to students in an announcement, it is news: see find_changes).
_TITLED = re.compile(r"(?<![\w.])(?:Bapak|Ibu|Pak|Bu|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Prof\.)[ \t]+(?=[A-Z])")
_WILL_TEACH = re.compile(
    r"[ \t]*,?[ \t]+(?:yang[ \t]+)?(?:akan|will|is[ \t]+going[ \t]+to)[ \t]+(?:mengajar|mengampu|memegang|"
    r"be[ \t]+(?:co-?)?teaching|(?:co-?)?teach|take[ \t]+over)[ \t]+(?:(?:di|in|on)[ \t]+)?"
    r"(?:course|mata[ \t]?kuliah|mk|matkul|kelas|"
    # the course by its name or code: "will be teaching Warehouse Management (LG2104)"
    r"(?-i:[A-Z][a-z]+[ \t]+[A-Z]\w*|[A-Z]{2,4}[ \t-]?\d{3,4})|"
    r"this[ \t]+(?:course|class|module|subject)|the[ \t]+(?:course|class|module))\b(?![ \t]+(?:lain|other))",
    re.IGNORECASE,
)
_UPDATE_ASKED = re.compile(
    r"\b(?:mohon|tolong|please|pls|kindly)\b[^.?!\n]{0,40}?\b(?:di)?(?:update|ubah|ganti|perbarui|sesuaikan|tambah)\w*|"
    # "Kindly add him to the course as a second lecturer": the person added is asked as well.
    r"\b(?:please|pls|kindly)[ \t]+add\b|"
    r"\b(?:mohon|tolong)[ \t]+di(?:update|ubah|ganti|perbarui|sesuaikan)\b",
    re.IGNORECASE,
)


def _will_teach(flat: str) -> FoundChange | None:
    # The update asked is the lecturer's, or names no field ("mohon diupdate").
    asked = [
        update
        for update in _UPDATE_ASKED.finditer(flat)
        if all(field == "lecturer" for field, _ in cues(flat[slice(*sentence_around(flat, update.start()))]))
    ]
    if not asked:
        return None
    for titled in _TITLED.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, titled.start(), len(flat))
        if read and (will := _WILL_TEACH.match(flat, read[1])):
            found = flat.find(read[0], titled.start(), read[1] + 1)
            change = FoundChange(
                "lecturer", read[0], f"taken over by: {will.group(0).strip(' ,')}", found, found + len(read[0])
            )
            if not unsure(flat, titled.start(), titled.start(), change.span):
                return change
    return None


# "nama MK nya sudah berubah jadi X. Bisa tidak course itu diganti namanya?": the official name changed (it
# "berubah", nobody here changed it), and a later sentence asks for the rename without a value of its own. "Sudah
# diganti menjadi X, terima kasih" (done by the helpdesk) and "kenapa berubah menjadi X" ask for nothing.
_BECAME = re.compile(
    r"\b(?:sudah|sdh|udah|telah|has|have)\s+(?:resmi\s+|officially\s+)?(?:berubah|changed)\s+(?:nama\s+)?"
    r"(?:menjadi|mjd|jadi|jd|to|into)\s+",
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
        if not any(field == "fullname" for field, _ in cues(flat[sentence_start : became.start()])):
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
_SWAP_TO = re.compile(r"[ \t]+(?:with|by|for|dengan|dgn|oleh)[ \t]+", re.IGNORECASE)


def replaced_with(flat: str, taken: set[str]) -> FoundChange | None:
    """A value replaced by another of its field's shape, the field named before the old value or, for a person,
    anywhere in the sentence."""
    for verb in _SWAP_VERB.finditer(flat):
        sentence_start, sentence_end = sentence_around(flat, verb.start())
        named = next(((field, cue) for field, cue in cues(flat[verb.end() : sentence_end]) if cue.start() == 0), None)
        start = verb.end() + named[1].end() if named else verb.end()
        fields = [named[0]] if named else []
        # "Kindly replace Mr. Tan with Dr. Sari Dewi": a titled person replaced with another is the lecturer.
        titled = _TITLED.match(flat, verb.end()) and _TITLED.search(flat, verb.end(), sentence_end)
        if not named and (titled or any(field == "lecturer" for field, _ in cues(flat[sentence_start:sentence_end]))):
            fields = ["lecturer"]
        for field in fields:
            old = VALUE_READERS[field](flat, start, min(len(flat), sentence_end + 1))
            # "ganti dosen lama dengan X": the old value named by its side word alone.
            if old is None and named and is_old_side(named[1]) and _SWAP_TO.match(flat, start):
                old = ("", start)
            to = _SWAP_TO.match(flat, old[1]) if old else None
            new = VALUE_READERS[field](flat, to.end(), min(len(flat), sentence_end + 1)) if to else None
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
# course runs, in a paragraph that asks to move it, is the semester it belongs in.
_RUNS_IN = re.compile(
    r"\b(?:runs?|taught|offered|held|delivered|diajarkan|ditawarkan|berjalan|dilaksanakan|berlangsung|diselenggarakan)"
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
        if read is None or flat[runs.end() : read[1]].strip().casefold() not in ("", "semester"):
            continue
        paragraph_start = flat.rfind("\n\n", 0, runs.start()) + 1
        paragraph_end = flat.find("\n\n", read[2])
        paragraph = flat[paragraph_start : len(flat) if paragraph_end < 0 else paragraph_end]
        if not _MOVE_ASKED.search(paragraph):
            continue
        change = FoundChange("semester", read[0], f"runs in: {' '.join(runs.group(0).split())}", read[1], read[2])
        if not unsure(flat, runs.start(), runs.start(), change.span):
            return change
    return None
