"""Which course a request is about by name: its current name, however the writer puts it beside or without the code."""

from __future__ import annotations

import re

from daemon.classify.change_words import CORRECTION, OUGHT, cues
from daemon.classify.course_name_cued import named_by_cue
from daemon.classify.course_name_dashed import dashed_whole
from daemon.classify.course_name_elsewhere import read_past_elsewhere
from daemon.classify.course_name_field import field_then_course
from daemon.classify.course_name_labelled import labelled
from daemon.classify.course_name_lower import lower_case_after_cue, lower_case_name
from daemon.classify.course_name_now import named_as_now
from daemon.classify.course_name_owned import own_course
from daemon.classify.course_name_placed import (
    PERSON,
    abbreviation_before_code,
    lower_case_before_class,
    lower_case_before_code,
    named_before_code,
)
from daemon.classify.course_name_posted import posted_course
from daemon.classify.course_name_reverted import reverted_name
from daemon.classify.course_name_shape import (
    COURSE_NAME_CUE,
    LINE_NAME,
    NAME,
    QUOTED,
    SHAPE,
    clean,
    quoted,
    trim_name,
)
from daemon.classify.course_name_shown import shown_name, still_shown
from daemon.classify.course_name_slashed import widened
from daemon.classify.course_name_subtitled import subtitled_whole
from daemon.classify.headed_records import without_new_lines
from daemon.classify.headed_rows import current_name
from daemon.classify.wording import CONTRAST, RATHER

# The current name in the sentence of a rename: "dari X menjadi Y", "bukan X tapi Y", "tertulis X, seharusnya Y".
_CURRENT_IN_RENAME = re.compile(
    rf"{COURSE_NAME_CUE}[^.\n]{{0,60}}?(?:"
    rf"\b(?i:dari|from)\s+[\"“']?({NAME})[\"”']?\s+(?i:menjadi|jadi|jd|ke|to|into)\b"
    rf"|\b(?i:bukan)\s+[\"“']?({NAME})[\"”']?\s*,?\s+(?i:{RATHER})\b"
    # "nama matkul saya salah ketik, harusnya X bukan Y": what the new name is not is the current one.
    rf"|\b(?i:{CORRECTION})\s+[\"“']?{NAME}[\"”']?"
    rf"\s*,?\s+(?i:bukan|bkn|not|instead of|rather than)\s+[\"“']?({NAME})[\"”']?(?=\s*(?:[.,;!?)]|$))"
    # "... is still Perpajakan, it should be ...": the new name's sentence may open with its own subject.
    rf"|(?:\b(?i:tertulis|tercantum|masih|sekarang|currently|still|reads|shows)\s+|:\s*)[\"“']?({NAME})[\"”']?\s*,?\s+"
    r"(?:(?i:it|this|which|that)\s+)?"
    # ... or a contrast: "masih Rekayasa Kebutuhan, sedangkan di SIAKAD sudah ...", "still X, whereas ...".
    rf"(?i:{OUGHT}|should|yang benar|yg benar|{CONTRAST})\b)"
    # "nama MK Basis Data diubah menjadi ...", "course name Database Systems should be ...": right after the cue.
    # Never after a word that makes it the new name: "The new course name "Hydraulics II" should appear".
    r"|(?<!(?i:new) )(?<!(?i:proposed) )"
    rf"{COURSE_NAME_CUE}[ \t]*(?i:is[ \t]+|:[ \t]*)?[\"“']?({LINE_NAME})[\"”']?[ \t]*,?[ \t]+"
    rf"(?i:{OUGHT}|should|must|diubah|diganti|dirubah|menjadi|jadi|jd)\b"
    # "The course is called Business Law at the moment; it should be ...", "MK ini bernama Fisika, mohon diganti":
    # what the course is called, corrected later in the sentence, is its current name.
    rf"|\b(?i:course|mk|matkul|mata\s*kuliah|matakuliah)(?i:\s+ini|\s+is|\s+saya|\s+my)?(?i:\s+(?:currently|still|masih))?"
    rf"\s+(?i:called|named|titled|bernama|berjudul)\s+[\"“']?({NAME})[\"”']?"
    rf"(?=[^.\n]{{0,40}}?\b(?i:should|must|{OUGHT}|mohon|tolong|please|diganti|diubah|rename|change)\b)"
    # "Instead of "Statics", the course title of CE1203 should read ...": what the new name replaces is the current one.
    rf"|\b(?i:instead\s+of|rather\s+than|alih-alih|bukannya)\s+[\"“']?({NAME})[\"”']?\s*,\s*[^.\n]{{0,40}}?"
    rf"{COURSE_NAME_CUE}[^.\n]{{0,30}}?\b(?i:should|must|{OUGHT}|diubah|diganti|menjadi|jadi)\b"
    # "rename the course Database Systems to ...", "rename 'X' as ..."
    # A quoted name ends at its closing quote: "rename 'Intro to Accounting' (AK1102) as ...".
    rf"|\b(?i:renam(?:e|ing))\s+(?:(?i:the|my|our)\s+)?(?:(?i:course)\s+)?"
    rf"(?:{QUOTED}(?:\s*\(\s*{SHAPE}\s*\))?|({NAME}))\s+(?i:to|into|as)\b"
)
_QUOTED_AFTER_CODE = re.compile(rf"({SHAPE})\s+{QUOTED}")
# 'I teach "Kualitas Perangkat Lunak" (IF3310)', "‘Desain Kapal’, kode MR2101": a quoted name with its code after it,
# never the new name a change verb or a new-side word leads to ('diganti menjadi "X" (IF3310)').
_QUOTED_BEFORE_CODE = re.compile(
    rf"{QUOTED}[ \t]*(?:[(\[][ \t]*(?:(?i:kode|code)[ \t]*:?[ \t]*)?({SHAPE})[ \t]*[)\]]"
    rf"|,?[ \t]+(?i:kode|code)[ \t]*:?[ \t]*({SHAPE}))"
)
_NEW_SIDE_AHEAD = re.compile(
    r"(?i:menjadi|jadi|jd|ke|to|into|as|baru|new|usulan|proposed|seharusnya|harusnya|should\s+be|yang\s+benar)"
    r"[ \t]*:?[ \t]*$"
)

# A bare pair of lines, the current value and the new one: "Old: X\nNew: Y", "Lama : X\nBaru : Y".
# Outlook writes each line as a paragraph: a blank line may stand between the lines of the pair.
# The pair may open the mail, with no line above it ("Sebelum: X\nSesudah: Y" under "nama course TM1105").
_OLD_NEW_LINES = re.compile(
    r"(?:^|\n)(?:([^\n]*)\n(?:[ \t]*\n)?)??[ \t]*(?i:old|lama|semula|sebelumnya|current|sekarang|before|sebelum|was)"
    r"[ \t]*:[ \t]*([^\n]+?)[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    r"(?i:new|baru|menjadi|usulan|after|sesudah|setelah|should\s+be|seharusnya|harusnya|jadi)[ \t]*:"
)


# "For next semester:", "Mulai semester depan:" say when, not which field.
_WHEN = re.compile(
    r"(?i:\b(?:next|this|coming|the\s+new|new)\s+(?:semester|term|academic\s+year)|"
    r"\bsemester\s+(?:depan|ini|berikutnya|mendatang|baru))"
)


# "kelas TI-2A Pagi", "Kode MK : TIF2104": the class and the code say which course, not a field that changes.
_WHICH = re.compile(
    r"(?i:\b(?:kelas|kls|class)[ \t]+)[A-Z]{1,5}[ -]?\d[A-Z]?\w*(?i:[ \t]+(?:pagi|siang|sore|malam|morning|evening))?"
    rf"|(?i:\b(?:kode|code)(?:[ \t]+(?:mk|matkul|mata\s*kuliah|course))?)[ \t]*:?[ \t]*{SHAPE}"
)


def _old_line_under_subject(subject: str, text: str) -> str | None:
    """ "MB1204 name change" over "Old: X / New: Y": when the subject names the course's name as the one field that
    changes, the old side of a bare pair of lines is its current name (unless the line above names another field)."""
    if {field for field, _ in cues(_WHICH.sub(" ", subject))} != {"fullname"}:
        return None
    for match in _OLD_NEW_LINES.finditer(text):
        if {field for field, _ in cues(_WHICH.sub(" ", _WHEN.sub(" ", match.group(1) or "")))} - {"fullname"}:
            continue
        value = clean(match.group(2))
        if re.fullmatch(NAME, value) and (name := trim_name(value.split())):
            return name
    return None


# "[Teknik Kendali Otomatis] ganti enrol key": a subject that opens with the course in square brackets, as a tag,
# before the field it asks about; a list's tag ("[P4M]", "[EXTERNAL]") is one word or capitals.
_TAGGED_SUBJECT = re.compile(rf"^\[[ \t]*({NAME})[ \t]*\][ \t]*[-:–]?[ \t]*(.+)$")


def _tagged_subject(subject: str) -> str | None:
    tagged = _TAGGED_SUBJECT.match(subject)
    if not tagged or not cues(tagged.group(2)) or not (name := trim_name(tagged.group(1).split())):
        return None
    return name if len(name.split()) > 1 and not name.isupper() else None


_HEADING_LINE = re.compile(r"^([^\n.!?:,;]{3,80})\n[ \t]*\n", re.MULTILINE)
_FORWARDED_SUBJECT = re.compile(r"^[ \t>]*(?i:subject|subjek|perihal)[ \t]*:[ \t]*(\S[^\n]*)$", re.MULTILINE)


# Gmail's text of a bold or italic name ("*Basis Data*", "_Basis Data_") and guillemets («Basis Data») mark the name
# as quotes do.
_EMPHASIS = re.compile(r"(?<![\w*_])(\*{1,2}|_)(?=\S)([^*_\n]{2,80}?)(?<=\S)\1(?![\w*_])")


# "Engineering Drawing for the Marine Engineering students": who the course is given to follows its name; a comma
# before "for" ends the name there ("English for the Workplace" names no students, and stays whole).
_AUDIENCE = re.compile(
    r"(?<=\w)(?=[ \t]*\n?[ \t]*for[ \t\n]+the[ \t\n]+(?:[A-Z][\w&-]*[ \t\n]+){1,4}"
    r"(?:students|classes|class|cohort|batch|groups?|majors|intake)\b)"
)


def _plain(source: str) -> str:
    return _AUDIENCE.sub(",", _EMPHASIS.sub(r"\2", source)).replace("«", "“").replace("»", "”")


_INSTITUTION = r"(?:SMK|SMA|SMP|SD|MAN|MTs|SLB|Politeknik|Polytechnic|Universitas|University|Institut|Sekolah|PT|CV)"
_FUNCTION_WORD_FIRST = re.compile(
    r"(?:dari|menjadi|jadi|ke|untuk|utk|from|to|into|mohon|tolong|diubah|diganti|dirubah|ganti|ubah)\b", re.IGNORECASE
)
_COURSE_WORDS = {"mk", "matkul", "makul", "mata kuliah", "matakuliah", "course", "kelas", "class", "module"}


def find_course_name(subject: str, text: str, code: str | None, context: str = "") -> str | None:
    subject, text = _plain(subject), _plain(text)
    name = _find_course_name(subject, text, code, context)
    name = read_past_elsewhere(
        subject, text, code, name, lambda subject, text: _find_course_name(subject, text, code, context)
    )
    # "Industrial Automation Project (code JP-IAP301)": the code read back as a name is none.
    if name and code and re.sub(r"[\s-]", "", name).casefold() == re.sub(r"[\s-]", "", code).casefold():
        return None
    # "kelas Pak Rudi", "di kelas Ibu Ratna hari Kamis": a class named by its lecturer names a person, not a course.
    if name and re.search(rf"\b(?i:{PERSON.pattern})[ \t]+{re.escape(name)}\b", f"{subject}\n{text}"):
        return None
    # "Kami dari SMK Negeri 9 Batam": what follows a school's or a company's kind is its name, not a course's.
    if name and re.search(rf"\b{_INSTITUTION}[ \t]+{re.escape(name)}\b", f"{subject}\n{text}"):
        return None
    # "MK AN2204 (DARI KAPAL)", "NAMA MK AN2204 DIUBAH MENJADI": in capitals a preposition or a verb looks like a name.
    if name and _FUNCTION_WORD_FIRST.match(name):
        return None
    # "Jaringan Komputer / Lab", "Robotika Lanjut - Praktikum", "Industrial IoT: Sensors, Networks and Security": a
    # name the text writes slashed, dashed or subtitled with another is the whole, as written.
    if not name or " / " in name or " / " in (name := widened(name, text)):
        return name
    return subtitled_whole(dashed_whole(name, text), text)


def _find_course_name(subject: str, text: str, code: str | None, context: str) -> str | None:
    # "Kode | Nama MK Lama | Nama MK Baru": the first row under the current name's heading.
    if name := current_name(text):
        return clean(name)
    if name := reverted_name(text):
        return name
    text = without_new_lines(text)
    for pattern in (
        # The value ends where the line does, or where the new name's label or an arrow starts: "nama lama: X; nama
        # baru: Y", "Old name: X, new name: Y", "Current title: X -> Y".
        # A form's label may put the side in brackets: "Course full name (old):", "Nama MK (lama) :".
        # "pakai nama lama: X", "kembali ke nama lama: X" ask for the old name back: X is the new value.
        r"(?<!(?i:pakai) )(?<!(?i:ke) )"
        # "Nama yang sekarang tampil di e-learning: X", "The name currently shown on Moodle: X": where it shows now.
        r"(?i:nama (?:lama|sekarang|saat ini)|(?:old|current|existing) (?:name|title)|"
        r"(?:nama|name|judul|title)(?:\s(?:mk|matkul|mata\s?kuliah|course))?\s(?:(?:yang|yg|that\s(?:is\s)?)\s)?"
        r"(?:sekarang|saat\sini|skrg|currently|now)\s(?:tampil|tertulis|tercantum|muncul|shown|showing|displayed|"
        r"appears|listed)(?:\s(?:di|pada|on|in)\s(?:the\s)?[\w-]+)?|"
        # "Nama yang tampil di e-learning saat ini: X": the place first, the time after it.
        r"(?:nama|judul)(?:\s(?:mk|matkul|mata\s?kuliah|course))?\s(?:yang|yg)\s(?:tampil|tertulis|tercantum|muncul)"
        r"(?:\s(?:di|pada)\s[\w-]+)?\s(?:sekarang|saat\sini|skrg)|(?:(?:course\s)?(?:full\s?)?name|"
        r"nama(?:\s(?:mk|mata\s?kuliah|matkul|course))?|title|judul)\s?\((?:old|current|existing|lama|sekarang|"
        r"saat\sini|semula)\))\s*:\s*([^\n;|]+?)[ \t]*"
        r"(?=[;|\n]|$|[.,]?\s+(?i:nama|name|new|baru|judul|title)\b[^:\n]{0,20}:|-+>|\u2192|=>|\.\s+[A-Z])",
        rf"nama (?:yg|yang) sekarang\s*{QUOTED}",
        # "the title of BI2202 changes:\n\nOld: X\nNew: Y", "Nama MK diubah sbb:\nLama: X\nBaru: Y": a bare old/new
        # pair of lines under a sentence that names the course's name is its current name and the new one.
        rf"(?:{COURSE_NAME_CUE}|(?i:title|judul|nama)\s+(?i:of\s+)?(?i:the\s+)?(?:{SHAPE}|(?i:course|mk|matkul)))"
        r"[^\n]{0,80}\n\s*(?i:old|lama|semula|sebelumnya|current|sekarang|from|dari)[ \t]*:[ \t]*([^\n]+?)[ \t]*\n\s*"
        r"(?i:new|baru|menjadi|usulan|to|ke)[ \t]*:",
        # "mata kuliah saya "Bahasa Inggris: Presentasi Teknis" (BIG1102)": the writer's own course, quoted.
        # ... its kind said between: "MK pilihan "X"", "the elective course "Y"".
        rf"(?i:course|mk|matkul|makul|mata kuliah|matakuliah)(?: lama)?(?i:\s+(?:wajib|pilihan|umum|elective|"
        r"compulsory|core))?(?i:\s+(?:titled|called|named|bernama|saya|sy))?"
        rf"\s+{QUOTED}",
        # "nama mata kuliah IF2107 di e-learning tertulis "Struktur Dat"": the name as it stands now.
        rf"{COURSE_NAME_CUE}[^\n\"“]{{0,40}}?(?i:tertulis|tercantum|masih|still shows|shows|is shown as|reads|says|"
        r"is listed as|appears as|displays|(?:is\s+)?currently|(?:is\s+)?still)\s+"
        rf"{QUOTED}",
        # "Rename: Database Systems -> Database Systems and SQL": the old side of the arrow is the current name.
        # A form's mark of a required field may follow the label: "Course full name *   X\n  -> ganti: Y".
        rf"(?:(?i:rename[ds]?|ganti nama|ubah nama)|{COURSE_NAME_CUE})[ \t]*\*?\s*:?\s*([^\n>:]{{3,80}}?)\s*"
        r"(?:->|-->|\u2192|=>)",
    ):
        for source in (text, subject):
            if pattern and (match := re.search(pattern, source)):
                value = clean(match.group(1) or (match.group(2) if match.re.groups > 1 else "") or "")
                # "Nama course IF2201 -> X": the code alone before the arrow names no name, nor the word for a
                # course ("ganti nama MK -> X").
                if re.fullmatch(SHAPE, value) or value.casefold() in _COURSE_WORDS:
                    continue
                # "the course "IF2204 Basis Data"": the code written inside the quotes is not part of the name.
                return re.sub(rf"^{SHAPE}\s*[-–:]?\s+(?=\S)", "", value)
    if name := _old_line_under_subject(subject, text) or named_as_now(text):
        return name
    if name := still_shown(text):
        return name
    if name := shown_name(text, code):
        return name
    for source in (text, subject):
        for match in _QUOTED_AFTER_CODE.finditer(source):
            if code and match.group(1) == code:
                return quoted(match, 2)
    for source in (text, subject):
        for match in _QUOTED_BEFORE_CODE.finditer(source):
            ahead = source[max(0, match.start() - 30) : match.start()]
            if code and code in (match.group(3), match.group(4)) and not _NEW_SIDE_AHEAD.search(ahead):
                value = quoted(match)
                if re.fullmatch(NAME, value) and (name := trim_name(value.split())):
                    return name
    for source in (text, subject):
        for match in _CURRENT_IN_RENAME.finditer(source):
            found = next(group for group in match.groups() if group)
            if name := trim_name(found.split()):
                return name
    if name := labelled(text, code):
        return name
    if name := own_course(text, code):
        return name
    if name := named_before_code((text, subject), code):
        return name
    if code and (name := lower_case_before_code(text, code) or abbreviation_before_code(text, code)):
        return name
    if name := lower_case_before_class(text):
        return name
    if name := lower_case_name((text, subject), code):
        return name
    # A name bound to the code in the quoted conversation outweighs one a cue word marks in the reply
    # ("Pengumuman course Robotika" answering "Robotika Industri (TRE3208)").
    if context and code and (name := labelled(context, code) or named_before_code((context, ""), code)):
        return widened(name, context)
    if name := named_by_cue(subject, text, code) or _tagged_subject(subject) or posted_course(text):
        return name
    # A forwarded message's own subject line in the body ("Subject: Ganti dosen Basis Data Lanjut") is a subject too,
    # and so is the line a forward is unwrapped to: a heading line of its own over a blank line.
    for forwarded in _FORWARDED_SUBJECT.findall(text):
        if name := named_by_cue(forwarded, "", code) or _tagged_subject(forwarded):
            return name
    for heading in _HEADING_LINE.findall(text):
        if (name := field_then_course(heading)) and len(name.split()) > 1:
            return name
    # the last resort: a phone or dictated mail with no capitals names its course after the word for one
    return lower_case_after_cue(text)
