"""A new lecturer told with the person first: "Ibu X menggantikan Bapak Y sebagai pengampu ...", "bu X yang ngajar
kami sekarang": the person who replaces another, or who teaches now, in a mail about the course's lecturer."""

from __future__ import annotations

import re
from functools import lru_cache

from daemon.classify.asking import unsure
from daemon.classify.change_words import cues
from daemon.classify.found_change import FoundChange
from daemon.classify.lecturer_marked_new import FOR_A_WHILE
from daemon.classify.mentioned_only import NEWLY, asks_update
from daemon.classify.values import VALUE_READERS
from daemon.classify.wording import TITLE_SUFFIX, sentence_around

# A person named with a courtesy word or a title, in any case typed on a phone ("bu Yuliana Sari, M.T.").
_TITLED = re.compile(
    r"(?<![\w.])(?:Bapak|Ibu|Pak|Bu|Bpk|Sdr|Sdri|Mas|Mbak|Mba|Mr|Mrs|Ms|Dr|Drs|Dra|Prof|Ir|Engr|Assoc|Asst|Hj)\.?[ \t]+"
    r"(?=[A-Z])",
    re.IGNORECASE,
)
# "Tan Siok Lan, M.Kom. menggantikan saya": a person named without a title before but with a degree after (Chinese-
# Indonesian, Batak, Balinese names alike); only weighed, like a titled one, when what follows tells the change.
# Vietnamese and other Latin-script names keep their marks ("Nguyễn Thị Hồng Nhung, Ph.D.").
_DEGREED = re.compile(
    r"(?<![\w.])(?=[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'-]*|bin|binti|van|de)){0,5},[ \t]*"
    + TITLE_SUFFIX
    + ")"
)
# "Assoc. Prof. Dr. X (UTM) will take over ...", "Ms. X, M.Sc., our new hire, will take over ...": where the person
# comes from, in brackets, or who they are, between commas, said between the name and what tells the change.
_AFFILIATION = re.compile(r"[ \t]*+(?:\((?=\w)[^()\n]{1,40}\)|,[ \t]*+(?=[a-z])[^,()\n]{1,40},)")
_REPLACES = re.compile(
    r"[ \t]*+,?[ \t]*(?:akan[ \t]+|will[ \t]+(?:be[ \t]+)?)?"
    # "X will lecture in place of Y", "X akan mengajar menggantikan Y": the teaching verb before the replacing.
    # "X akan mengampu MK Y (KODE) menggantikan Pak Z": the course between the teaching and the replacing.
    r"(?:(?:lecture|teach|mengajar|mengampu|ngajar|ngampu)[ \t]+(?:[^.,;!?\n]{1,60}?[ \t]+)?)?"
    r"(?:menggantikan|gantiin|replaces|replacing|"
    r"will[ \t]+replace|takes[ \t]+over[ \t]+from|in[ \t]+place[ \t]+of|instead[ \t]+of|"
    # "Dr. X is taking his place as lecturer of Y", "X will take her place"
    r"(?:is[ \t]+taking|will[ \t]+take|takes|has[ \t]+taken)[ \t]+(?:his|her|their|my)[ \t]+place)\b",
    re.IGNORECASE,
)
# "bu X yang ngajar kami sekarang", "Pak X yg pegang kelas kami skrg": who teaches now, the person first.
_TEACHES_NOW_AFTER = re.compile(
    r"[ \t]+(?:yang|yg)[ \t]+(?:(?:meng|ng)?ajar(?:in)?|(?:meng|ng)ampu|(?:me|m)?megang|pegang)[ \t]+"
    r"(?:(?:kami|kita|kelas[ \t]+kami|mk[ \t]+ini|matkul[ \t]+ini)[ \t]+)?"
    r"(?:sekarang|skrg|skrang|kini|saat[ \t]+ini)\b",
    re.IGNORECASE,
)
# "Dr. X now teaches Physics", "Dr. X is now teaching it", "Dr. X has taken over the course".
_NOW_TEACHES = re.compile(
    r"[ \t]+(?:now[ \t]+(?:teaches|runs|handles)|(?:is|will[ \t]+be)[ \t]+now[ \t]+(?:teaching|running|handling)|"
    r"has[ \t]+taken[ \t]+over|(?:is|will[ \t]+be)[ \t]+taking[ \t]+over|takes[ \t]+over|will[ \t]+take[ \t]+over)\b",
    re.IGNORECASE,
)
# "sekarang Dr. X yang mengajar", "now Dr. X teaches": the time word before the person.
_NOW_BEFORE = re.compile(r"\b(?:sekarang|skrg|kini|now)[ \t,]+$", re.IGNORECASE)
_WHO_TEACHES = re.compile(r"[ \t]+(?:yang|yg)[ \t]+(?:meng|ng)?(?:ajar|ampu)(?:in)?\b", re.IGNORECASE)
# "Mohon Dr. X dijadikan pengampu course Fisika" (enrolling someone as a teacher, or giving a role, adds a person to
# the course and replaces no lecturer).
# "Dr. X has been appointed as the new lecturer for Y", "Dr. X is the new lecturer of Y": the person first, named to
# the role (a new one, or by an appointment).
_MADE_LECTURER = re.compile(
    r"[ \t]+(?:(?:dijadikan|ditetapkan|ditunjuk|diangkat)[ \t]+(?:(?:sebagai|menjadi)[ \t]+)?"
    r"(?:dosen|pengampu|pengajar)|"
    r"(?:adalah|menjadi)[ \t]+(?:dosen[ \t]+)?(?:pengampu|pengajar|dosen)[ \t]+baru|"
    r"(?:has[ \t]+been|have[ \t]+been|was|is|will[ \t]+be)[ \t]+(?:appointed|assigned|named|designated)[ \t]+"
    r"(?:as[ \t]+)?"
    r"(?:the[ \t]+)?(?:new[ \t]+)?(?:lecturer|instructor|teacher|module[ \t]+leader|course[ \t]+coordinator)|"
    r"(?:is|will[ \t]+be)[ \t]+(?:now[ \t]+)?the[ \t]+new[ \t]+(?:lecturer|instructor|teacher|module[ \t]+leader|"
    r"course[ \t]+coordinator))\b",
    re.IGNORECASE,
)
_TEACH_VERB = re.compile(
    r"\b(?:mengajar|mengampu|ngajar|ngampu|mengajarkan|teach(?:ing|es)?|lectur(?:e|ing|es))\b", re.I
)
_UPDATE_ASKED = re.compile(
    r"\b(?:please|kindly|mohon|tolong)\b[^.?!\n]{0,30}?\b(?:update|reflect|change|ubah|perbarui)", re.I
)
# The mail is about the lecturer: a cue of the lecturer in the sentence or, for "who teaches now", in the mail.
_ROLE = re.compile(r"\b(?:sebagai|as)[ \t]+(?:the[ \t]+)?(?:dosen|pengampu|pengajar|lecturer|instructor|tutor)\b", re.I)


def lecturer_told(flat: str) -> FoundChange | None:
    lecturer_mail = any(field == "lecturer" for field, _ in cues(flat))
    starts = sorted([*_TITLED.finditer(flat), *_DEGREED.finditer(flat)], key=lambda start: start.start())
    for titled in starts:
        read = VALUE_READERS["lecturer"](flat, titled.start(), len(flat))
        if read is None:
            continue
        affiliation = _AFFILIATION.match(flat, read[1])
        told_at = affiliation.end() if affiliation else read[1]
        replaces = _REPLACES.match(flat, told_at)
        now = _TEACHES_NOW_AFTER.match(flat, told_at) or _NOW_TEACHES.match(flat, told_at)
        made = _MADE_LECTURER.match(flat, told_at)
        # Only a person followed by what tells the change is weighed (a list of names is read once, not per name).
        if not (replaces or now or made or _WHO_TEACHES.match(flat, told_at)):
            continue
        sentence = sentence_around(flat, titled.start())
        # The clause of the replacing: "Bu Rina menggantikan saya di rapat prodi, dosen MK Fisika tetap saya" is
        # about a meeting; the lecturer named in the next clause stays.
        comma = re.compile(r"[,;]").search(flat, replaces.end() if replaces else told_at, sentence[1])
        clause = (sentence[0], comma.start() if comma else sentence[1])
        about_lecturer = (
            any(field == "lecturer" for field, _ in cues(flat[slice(*clause)]))
            or bool(_ROLE.search(flat, *clause))
            or bool(_TEACH_VERB.search(flat, told_at, clause[1]))
        )
        now_before = _NOW_BEFORE.search(flat, max(0, titled.start() - 12), titled.start())
        # "X akan mengajar MK Y menggantikan saya untuk pertemuan ke-3 saja": a stand-in replaces nobody on the course.
        if replaces and about_lecturer and not FOR_A_WHILE.search(flat, *sentence):
            source = f"replacing another: {replaces.group(0).strip(' ,')}"
        elif now and (lecturer_mail or _UPDATE_ASKED.search(flat)):
            source = f"teaches now: {now.group(0).strip()}"
        elif now_before and (who := _WHO_TEACHES.match(flat, told_at)) and lecturer_mail:
            source = f"teaches now: {now_before.group(0).strip()} … {who.group(0).strip()}"
        elif made:
            source = f"named as: {made.group(0).strip()}"
        else:
            continue
        change = FoundChange.located(flat, "lecturer", read, titled.start(), source)
        if change and not unsure(flat, titled.start(), titled.start(), change.span):
            return change
    return None


# "Mulai semester genap pengampu MK X adalah Dr. Y", "Pengampu MK X untuk semester ini adalah Dr. Y, mohon
# diperbarui": who the lecturer is, said with a time from which it holds or with an update asked of the lecturer.
# "PJ MK X (KODE) sekarang Drs. Y, mohon diperbarui": "sekarang" says it too, with an update asked of the lecturer.
_IS = re.compile(
    r"[^.!?\n]{0,80}?\b(?:adalah|ialah|yaitu|yakni|is|will\sbe|(?P<now>sekarang|skrg|kini))[ \t]+", re.IGNORECASE
)


# "Mohon disesuaikan dengan SK terbaru: pengampu MK X adalah Dr. Y", "According to the latest assignment letter, the
# instructor for X is Ms. Y": a decree or letter that names who teaches, cited in its paragraph, names the new one.
_DECREE = re.compile(
    r"\b(?:SK|S\.K\.|surat[ \t]+(?:keputusan|tugas|penugasan)|decree|(?:assignment|appointment)[ \t]+letter)\b",
    re.IGNORECASE,
)


def _cites_a_decree(flat: str, position: int) -> bool:
    start = flat.rfind("\n\n", 0, position) + 1
    end = flat.find("\n\n", position)
    return _found_in(_DECREE, flat, start, len(flat) if end < 0 else end)


# Asked once per cue of the lecturer about the paragraph or sentence around it: read once per span, not once per cue.
@lru_cache(maxsize=256)
def _found_in(pattern: re.Pattern[str], flat: str, start: int, end: int) -> bool:
    return pattern.search(flat, start, end) is not None


# "Yang mengajar MK X semester ini adalah Y": who teaches, said before the course, names the lecturer too.
_WHO_TEACHES_CUE = re.compile(r"\b(?:yang|yg)[ \t]+(?:mengajar|mengampu|ngajar|ngampu)\b", re.IGNORECASE)


def lecturer_is(flat: str) -> FoundChange | None:
    teaching = [("lecturer", who) for who in _WHO_TEACHES_CUE.finditer(flat)]
    for field, cue in sorted([*cues(flat), *teaching], key=lambda pair: pair[1].start()):
        if field != "lecturer" or not (is_ := _IS.match(flat, cue.end())):
            continue
        # another field's cue between names what "adalah" says ("dosen ... nama MK-nya adalah X")
        # ("untuk semester genap ... adalah X", "kelas TI-2A adalah X" only say for which term or group).
        if any(other not in ("lecturer", "semester", "class") for other, _ in cues(flat[cue.end() : is_.end()])):
            continue
        read = VALUE_READERS["lecturer"](flat, is_.end(), len(flat))
        if read is None:
            continue
        sentence = sentence_around(flat, cue.start())
        if not (
            (_found_in(NEWLY, flat, *sentence) and not is_.group("now"))
            or asks_update(flat, cue.start())
            or _cites_a_decree(flat, cue.start())
        ):
            continue
        source = f"said to be: {' '.join(is_.group(0).split()[-1:])}"
        change = FoundChange.located(flat, "lecturer", read, is_.end(), source)
        if change and not unsure(flat, cue.start(), is_.start(), change.span):
            return change
    return None


# "Direktur ... menugaskan kepada:\nNama : Dr. X\nNIDN : ...\nUntuk : Mengampu mata kuliah Y": an assignment letter's
# block names one person and what they are assigned to teach.
_ASSIGNMENT = re.compile(
    r"\b(?:surat\s+tugas|menugaskan|menugasi|ditugaskan|penugasan|assignment\s+letter|hereby\s+assigns?)\b", re.I
)
_NAME_LINE = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:nama(?:[ \t]+(?:dosen|lengkap))?|name)[ \t]*:[ \t]*", re.I | re.M
)
_TO_TEACH = re.compile(r"\b(?:mengampu|mengajar|pengampu|to\s+teach|teaching|lecturer\s+(?:of|for))\b", re.IGNORECASE)


def assigned_by_letter(flat: str) -> FoundChange | None:
    names = list(_NAME_LINE.finditer(flat))
    if len(names) != 1 or not _ASSIGNMENT.search(flat, 0, names[0].start()):
        return None
    line_end = flat.find("\n", names[0].end())
    block = flat[names[0].end() : len(flat) if line_end < 0 else line_end]
    following = "\n".join(flat[len(flat) if line_end < 0 else line_end :].split("\n")[:6])
    read = VALUE_READERS["lecturer"](flat, names[0].end(), names[0].end() + len(block))
    if read is None or not _TO_TEACH.search(following):
        return None
    return FoundChange.located(flat, "lecturer", read, names[0].end(), "assignment letter: Nama")


# "tolong gantikan nama saya dengan nama rekan saya, Ir. X", "please replace me with Dr. X", "ganti saya jadi Bu X": the
# writer, who teaches the course, asks to be replaced by the person named.
_REPLACE_ME = re.compile(
    r"\b(?:(?:di)?ganti(?:kan|in)?|replace|swap)[ \t]+(?:nama[ \t]+)?(?:saya|sy|aku|me|my[ \t]+name)[ \t]+"
    r"(?:dengan|dgn|sama|jadi|menjadi|ke|with|by|for)[ \t]+(?:nama[ \t]+)?"
    r"(?:(?:rekan|kolega|teman|colleague|my[ \t]+colleague)(?:[ \t]+(?:saya|sy|kami))?[ \t]*,?[ \t]*)?",
    re.IGNORECASE,
)


def replaces_the_writer(flat: str) -> FoundChange | None:
    for replace in _REPLACE_ME.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, replace.end(), len(flat))
        if read is None:
            continue
        source = f"replacing the writer: {' '.join(replace.group(0).split())}"
        change = FoundChange.located(flat, "lecturer", read, replace.end(), source)
        if change and not unsure(flat, replace.start(), replace.start(), change.span):
            return change
    return None
