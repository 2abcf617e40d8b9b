"""A person put in the lecturer's place outside the cue-connector-value order ("Please list Dr. X as the lecturer",
"X will teach ...", "replacing Y")."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_words import COURSE, cues
from daemon.classify.found_change import FoundChange
from daemon.classify.values import VALUE_READERS
from daemon.classify.wording import sentence_around

# "Please list Dr. Farah Aziz as the lecturer", "tambahkan Ibu X sebagai dosen pengampu", "assign the course to Mr.
# X": a person put in the lecturer's place, the cue after the name.
_PUT_AS = re.compile(
    r"\b(?:list|put|set|assign|appoint|add|include|(?:di)?cantumkan|jadikan|tetapkan|(?:di)?tambahkan|(?:di)?masukkan|"
    r"menugaskan|menunjuk|mengangkat|menetapkan|appoint(?:s|ed|ing)?|"
    # A decree's passive: "berdasarkan SK ..., ditetapkan Dr. X sebagai dosen pengampu".
    r"ditetapkan|ditunjuk|diangkat|ditugaskan|"
    # "Dengan ini kami tugaskan Sdri. X untuk mengampu ...": a letter's assigning verb, the writer before it.
    r"(?:kami|saya)[ \t]+(?:tugaskan|tunjuk|tetapkan|angkat))\s+(?=\S)"
)
_AS_LECTURER = re.compile(
    # "put Mr. X in as the lecturer"
    r"[ \t]+(?:in[ \t]+)?(?:as|sebagai|jadi|menjadi)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
    r"(?:new[ \t]+|baru[ \t]+|second[ \t]+|additional[ \t]+)?"
    # "as co-lecturer", "sebagai dosen kedua": a second lecturer added to a team
    r"(?:co-?(?:lecturer|instructor|teacher)|lecturer|instructor|teacher|tutor|"
    r"dosen(?:[ \t]+(?:pengampu|pengajar|kedua|pendamping|tambahan|tim))?|pengampu|pengajar|"
    # "dicantumkan X sebagai pengganti Pak Y": the one who replaces, not a stand-in for a while
    r"pengganti(?![ \t]+(?:sementara|untuk[ \t]+(?:sementara|satu|1)))|"
    r"anggota[ \t]+tim[ \t]+(?:dosen|pengajar))\b|"
    # "dimasukkan ke tim dosen MK X", "added to the teaching team": put into the course's team.
    r"[ \t]+(?:ke|ke[ \t]+dalam|dalam|to|into)[ \t]+(?:the[ \t]+)?(?:tim[ \t]+(?:dosen|pengajar|pengampu)|"
    r"team[ \t]+teaching|teaching[ \t]+team)\b|"
    # "... untuk mengampu mata kuliah X", "to teach X": assigned to teach the course.
    r"[ \t]+(?:untuk|utk|to)[ \t]+(?:mengampu|mengajar|mengajarkan|teach|lecture)\b",
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
    r"\b(?:(?:hand(?:ing|ed|s)?\s+over|pass(?:ing|ed)?\s+on|(?:menyerahkan|serahkan|mengalihkan|alihkan))\s+"
    r"[^.!?\n]{2,70}?\s(?:to|kepada|ke)|"
    # the phrasal verb split by the course: "I have handed Control Systems (EL3105) over to Dr. X"
    r"hand(?:ing|ed|s)?\s+[^.!?\n]{2,70}?\sover\s+to|"
    # the passive, the course before it: "Operations Research (MT2203) has been handed over to Dr. X"
    r"(?:been|was|were|is|are)\s+(?:handed|passed)\s+(?:over|on)\s+to)\s+"
    # ... "to my colleague Ms. X", "kepada rekan saya, Bu X": who the person is to the writer, before the name
    r"(?:(?:(?:my|our)\s+(?:colleague|co-?worker)|rekan(?:\s+(?:sejawat|dosen))?(?:\s+(?:saya|kami))?),?\s+)?"
    r"(?=(?:Bapak|Ibu|Pak|Bu|Mr|Mrs|Ms|Dr|Prof|Ir|Drs|Dra|Engr)\.?\s)"
)


# "Pengampu MK X mulai semester ini Ibu Dra. Sri Mulyani, M.Si., menggantikan Bapak Joko", "the lecturer is now
# Dr. Wong (replacing Mr. Lee)": a person who replaces another, in a sentence about the lecturer, is the new one.
# Read from the first space of a run only, each space once: a long run of spaces split every way was cubic.
_REPLACING = re.compile(
    r"(?<![ \t])[ \t]*+[,(]?[ \t]*+(?:yang[ \t]+)?(?:menggantikan|gantikan|replacing|replaces|in[ \t]+place[ \t]+of|"
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
            source = f"replacing another: {replacing.group(0).strip(' ,(')}"
            change = FoundChange.located(flat, "lecturer", read, start.start(), source)
            if change and not unsure(flat, after_cue, start.start(), change.span):
                return change
            break
    return None


def put_as_lecturer(flat: str) -> FoundChange | None:
    for verb in _PUT_AS.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, verb.end(), len(flat))
        if read and (role := _AS_LECTURER.match(flat, read[1])):
            source = f"named as: {verb.group(0).strip()} … {role.group(0).strip()}"
            change = FoundChange.located(flat, "lecturer", read, verb.end(), source)
            if change and not unsure(flat, verb.start(), verb.start(), change.span):
                return change
    for asked in _ASKED_FOR.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, asked.end(), len(flat))
        passive = _PASSIVE_PUT.match(flat, read[1]) if read else None
        if read and passive and (role := _AS_LECTURER.match(flat, passive.end())):
            source = f"named as: {asked.group(0).strip()} …{passive.group(0)}{role.group(0)}"
            change = FoundChange.located(flat, "lecturer", read, asked.end(), source)
            if change and not unsure(flat, asked.start(), asked.start(), change.span):
                return change
    for assign in _ASSIGN_TO.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, assign.end(), len(flat))
        change = (
            FoundChange.located(flat, "lecturer", read, assign.end(), f"assigned: {assign.group(0).strip()}")
            if read
            else None
        )
        if change and not unsure(flat, assign.start(), assign.start(), change.span):
            return change
    for handed in _HANDED_TO.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, handed.end(), len(flat))
        change = FoundChange.located(flat, "lecturer", read, handed.end(), "handed over to") if read else None
        if change and not unsure(flat, handed.start(), handed.start(), change.span):
            return change
    return _replacing_another(flat) or _will_teach(flat)


# "Pak Hendra Gunawan, M.T. akan mengajar course ini mulai minggu depan, mohon diupdate", "Ms. Grace Lim will be
# teaching this course from next week, please update the lecturer": a titled person who will teach, in a mail that
# asks for an update, is the new lecturer (told to students in an announcement, it is news: see find_changes).
TITLED_PERSON = re.compile(r"(?<![\w.])(?:Bapak|Ibu|Pak|Bu|Mas|Mbak|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Prof\.)[ \t]+(?=[A-Z])")
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
    # "Could you update the lecturer?": a question asks it as well.
    r"\b(?:mohon|tolong|please|pls|kindly|could[ \t]+you|can[ \t]+you|would[ \t]+you)\b[^.?!\n]{0,40}?"
    r"\b(?:di)?(?:update|ubah|ganti|perbarui|sesuaikan|tambah)\w*|"
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
    for titled in TITLED_PERSON.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, titled.start(), len(flat))
        if read and (will := _WILL_TEACH.match(flat, read[1])):
            source = f"taken over by: {will.group(0).strip(' ,')}"
            change = FoundChange.located(flat, "lecturer", read, titled.start(), source)
            if change and not unsure(flat, titled.start(), titled.start(), change.span):
                return change
    return None
