"""A course name where only a cue word marks it: after its code, after "MK"/"course", "my X course", "kelas X", the
writer teaching it, the course a field belongs to, a subject that is just the course."""

from __future__ import annotations

import re

from daemon.classify.change_words import OUGHT
from daemon.classify.course_code_shapes import CODE as _CODE
from daemon.classify.course_name_bounds import KIND_OF_LECTURE
from daemon.classify.course_name_field import field_of_course, field_then_course, own_field_beside_course
from daemon.classify.course_name_placed import PERSON
from daemon.classify.course_name_shape import (
    FIELD_WORDS,
    LINE_NAME,
    NAME,
    NAME_WORD,
    NOT_A_NAME,
    NOT_IN_LOWER_CASE_NAME,
    SHAPE,
    SHORT_NAME,
    class_length,
    trim_name,
)

_HELD = r"(?:(?i:online|e-?learning|moodle|lms)[ \t]+)?"
_HELD_AFTER = r"(?:[ \t]+(?i:online|daring|e-?learning|moodle|lms))?"
_APPOSITION_ENDS = r"[ \t]*(?:,|[?.!](?:\s|$)|$)"
_TAUGHT_OR_APPOSED = re.compile(
    # "Saya dosen luar biasa pengampu X", "saya tutor pengampu X": the kind of teacher in lower-case words between.
    # "Wa Acong, yang ngajar X", "gue yg ngajar X": the writer's own word for "I", and the relative "yang" after it,
    # after the writer's own name too.
    r"\b(?i:saya|aku|I|wa|gua|gue|gw|ane)"
    r"(?:[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},?(?=[ \t]+(?i:yang|yg)\b))?[ \t]+"
    r"(?i:yang[ \t]+|yg[ \t]+)?(?i:adalah[ \t]+|am[ \t]+)?(?:(?i:dosen|tutor)(?:[ \t]+[a-z]+){0,3}?[ \t]+)?"
    r"(?i:pengampu|mengampu|mengajar|ngajar|teach|teaching|coordinate|coordinating)[ \t]+"
    r"(?i:mk[ \t]+|mata kuliah[ \t]+|matkul[ \t]+)?"
    rf"({LINE_NAME})"
    # "I believe the course is called Industrial Automation, but ...": what it is called, up to the clause's end.
    rf"|\b(?i:course|class|module)[ \t]+(?i:is|was)[ \t]+(?i:called|named|titled)[ \t]+({LINE_NAME}){_APPOSITION_ENDS}"
    # "diminta mengajar kuliah Kekuatan Material", "teaching the course Statics": a course word after the verb.
    rf"|\b(?i:mengajar|mengampu|mengajarkan|ngajar|teach|teaching)[ \t]+"
    rf"(?i:kuliah|mk|mata\s*kuliah|matkul|matakuliah|the\s+course|the\s+module)[ \t]+({LINE_NAME})"
    # "my course, Statics, ...", "my online class, Statics for ME-2A?": the writer's course in apposition, up to the
    # comma or the end of the sentence; how it is held may stand before the owner.
    rf"|\b(?i:my|our)[ \t]+{_HELD}(?i:course|class|module|subject|unit|paper)[ \t]*,[ \t]*({LINE_NAME})"
    rf"{_APPOSITION_ENDS}"
    # "Untuk course saya, Pemrograman Mobile, ...", "di kelas online saya, X untuk TI-1C?": the same in Indonesian.
    rf"|\b(?i:course|mk|matkul|mata\s*kuliah|matakuliah|kelas){_HELD_AFTER}[ \t]+(?i:saya|sy|kami)[ \t]*,[ \t]*"
    rf"({LINE_NAME}){_APPOSITION_ENDS}"
    # "Mata kuliah yang saya ampu, Fisika Terapan, ...", "MK yg sy pegang: Statika"
    rf"|(?i:\b(?:mata\s*kuliah|matakuliah|matkul|makul|mk|course))[ \t]+(?i:yang|yg)[ \t]+(?i:saya|sy|aku|kami)[ \t]+"
    rf"(?i:ampu|ajar|ajarkan|pegang|asuh)(?:[ \t]*[,:]|[ \t]+(?i:yaitu|yakni|adalah|ialah))?[ \t]*({LINE_NAME})"
    # "The course I teach, Renewable Energy Systems, still ...": the English apposition.
    rf"|\b(?i:the)[ \t]+(?i:course|class|module|subject)[ \t]+(?i:I|we)[ \t]+(?i:teach|coordinate|run)[ \t]*,[ \t]*"
    rf"({LINE_NAME}){_APPOSITION_ENDS}"
    # "Untuk kuliah Mekanika Getaran saya, ...": a new lecturer's own lecture, owned after its name.
    rf"|\b(?i:kuliah|perkuliahan)[ \t]+({LINE_NAME})[ \t]+(?i:saya|sy|kami)\b"
    rf"|(?i:\b(?:mk|matkul|makul|mata kuliah|matakuliah|course))[ \t]+[A-Z]{{2,6}}[ \t]*\([ \t]*({LINE_NAME})[ \t]*\)"
)
# "I teach Year 3 Students", "saya mengajar Angkatan 2024": who is taught, never which course.
_WHO_IS_TAUGHT = re.compile(
    r"^(?i:year|tahun|angkatan|level|grade|semester|tingkat)[ \t]+\d|\b(?i:students?|mahasiswa|learners|pupils)\b"
)
_NAME_AFTER_CODE = re.compile(
    # "the course with code ME3301 and title Vibration Analysis", "kode TI2104, nama MK Ekonomi Teknik".
    rf"({SHAPE})[\])]?(?:[ \t]*(?:,|[ \t](?i:and|dan|&))[ \t]+"
    r"(?i:(?:the[ \t]+)?(?:course[ \t]+)?(?:title|name)|nama|judul)(?:[ \t]+(?i:mk|matkul|mata\s*kuliah))?"
    r"[ \t]*:?[ \t]*"
    r"|\s*[:/]\s*|\s+[-\u2013]\s+|[ \t]*\n?[ \t]*(?<=\s)|-)"
    rf"({SHORT_NAME})"
)
# "Re: Basis Data Lanjut IF3102", "Enrolment key Basis Data IF2204": the name right before the code that ends a subject.
_SUBJECT_ALONE = re.compile(rf"(?:^|:\s*|\b[a-z]+\s+)({NAME})\s+({SHAPE})\s*$")

_TAKING = re.compile(
    rf"\b(?i:taking|enrolled\s+in|attending|mengambil|peserta)\s+(?:(?i:the|mk|matkul|mata\s*kuliah|course)\s+)?"
    rf"({SHORT_NAME})"
)
# "on the Database Systems page", "the Moodle page of Maritime Law", "halaman MK Basis Data": a course's page. The page
# word is only looked at, so that "page of X" is still read after "the Moodle".
_PAGE = re.compile(
    rf"\b(?i:the)\s+({SHORT_NAME})\s+(?=(?i:page|site)\b)|\b(?i:page|halaman)\s+(?i:of\s+|dari\s+)?(?:(?i:the|mk|matkul|course)\s+)?"
    rf"({SHORT_NAME})"
)
# "mohon Struktur Baja kelas TS-3B diganti dosennya": a name closed by the class it is taught in.
# Only in running text and of two words or more: "Jadwal Kelas TI-2A", "Nilai Kuis kelas TI-2A" open a sentence.
_CLASS_AFTER = re.compile(
    # After "mahasiswa" or "prodi" it is the students' programme: "kepada mahasiswa Teknik Mesin kelas ME-2A".
    r"(?<![\w-])(?!(?i:mahasiswa|mhs|prodi|jurusan|studi|students)\b)"
    r"(?:[a-z]+|(?i:tolong|mohon|untuk|utk|bagi|please|for)),?[ \t]+"
    rf"((?:{NAME_WORD}[ \t]+){{1,5}}{NAME_WORD})[ \t]+(?i:kelas|kls|class)[ \t]+"
    r"[A-Z]{1,5}[- ]?\d[A-Z]?\b"
)
# "Struktur Baja & Beton II untuk kelas TS-3B mohon ...": at a line's start, a name of two words or more closed by
# "(untuk) kelas" and a class; never what the class is told about ("Tugas Besar untuk kelas TI-2A").
_LINE_START_CLASS_AFTER = re.compile(
    rf"^[ \t]*((?:{NAME_WORD}[ \t]+){{1,6}}{NAME_WORD})[ \t]+(?i:kelas|kls|class)[ \t]+[A-Z]{{1,5}}[- ]?\d[A-Z]?\b",
    re.MULTILINE,
)
_NOT_A_COURSE_OPENING = frozenset(
    ["tugas", "materi", "jadwal", "ruang", "nilai", "kuis", "link", "grup", "group", "absensi", "presensi", "info"]
)
_CLASS_IN_BRACKETS = re.compile(
    rf"({SHORT_NAME})[ \t]*\([ \t]*(?i:kelas[ \t]+|class[ \t]+)?[A-Z]{{1,5}}-\d[A-Z]\w*[ \t]*\)"
)


# "Perkuliahan Ekonomi Mikro MB-1C Senin ini ditiadakan", "Lecture of Strength of Materials ME-2A": a lecture's
# course, closed by the class it is held for; and an exam's: "UTS Hidrologi Terapan TS-2A". In English only after
# "of"/"for": "Lecture Notes ME-2A", "Exam Room ME-2A" are compounds.
_LECTURE = re.compile(
    r"\b(?:(?i:kuliah|perkuliahan|uts|uas|kuis|ujian)|(?i:lectures?|quiz|exam|midterm)[ \t]+(?i:of|for|in))"
    rf"[ \t]+({LINE_NAME})"
)
# When the lecture is, never which course: "Kuliah Hari Ini TI-2A", "UTS Pekan Depan TI-2A".
_WHEN_WORDS = frozenset(
    ["hari", "ini", "besok", "lusa", "pekan", "minggu", "bulan", "depan", "lalu", "today", "tomorrow", "next", "week"]
)


# The words that make the name after them the new one, a word or two before the cue.
_NEW_SIDE_BEFORE = re.compile(
    rf"\b(?i:(?:yang|yg)\s+(?:benar|betul|baru)|{OUGHT}|should\s+be|correct|new|baru|usulan"
    r"|proposed|menjadi)\s+(?:[\w-]+\s+){0,2}$"
)


# A label of the new name before the code: "Nama baru untuk IF2201:", "the approved title of IF2201".
_NEW_NAME_BEFORE = re.compile(
    r"\b(?i:(?:nama|judul)\s+(?:baru|usulan|pengganti|(?:yang|yg)\s+(?:benar|baru|disetujui))"
    r"|(?:new|proposed|correct|approved|revised)\s+(?:course\s+)?(?:name|title))"
    r"\s+(?:(?i:untuk|utk|bagi|for|of|mk|course|dari)\s+){0,2}$"
)


# Compiled once: a name's shape takes milliseconds to compile, and re's own cache lets it go after a few hundred
# other patterns.
_AFTER_CUE = re.compile(
    # "MK. Basis Data", "Mata Kuliah (MK) Basis Data": a dot or the cue's abbreviation may follow the cue.
    # "Mata kuliahnya X kalau tidak salah", "MK-nya X": the clitic of a writer unsure of the name.
    r"(?i:course|module|(?:mk|matkul|makul|mata\s+kuliah|matakuliah)(?:-?nya)?|teaching)"
    rf"(\.?\s*:\s*|\.?\s+(?:\([A-Z]{{2,4}}\)\s+)?)"
    rf"({SHORT_NAME})"
)
_COURSE_WORD_AFTER = r"\s+(?:course|class|module|unit|subject|paper)\b"
# At a sentence's start too: "Our Strategic Management course still lists ..."; in a subject, at its start or after a
# dash or a colon: "Request - Data Mining course".
_OWNED_IN_TEXT = re.compile(rf"\b(?i:my|our|the|this|in|for|on|of)\s+({SHORT_NAME}){_COURSE_WORD_AFTER}")
_OWNED_IN_SUBJECT = re.compile(
    rf"(?:^|[-–:]\s*|\b(?i:my|our|the|this|in|for|on|of)\s+)({SHORT_NAME}){_COURSE_WORD_AFTER}"
)
_AFTER_CLASS_WORD = re.compile(rf"\b(?:kelas|class)\s+({SHORT_NAME})")
_DASHED_LAST = re.compile(rf"\s[-–—]\s+({SHORT_NAME})\s*$")

_PROGRAMME_AFTER = re.compile(r"[ \t]+(?i:program|programme|prodi|department|jurusan|study[ \t]+program)\b")


def _lecture_of_class(source: str) -> str | None:
    for match in _LECTURE.finditer(source):
        words = match.group(1).split()
        closed = next((index for index in range(1, len(words)) if class_length(words[index:])), None)
        kind = {word.lower() for word in words[:closed]} & (KIND_OF_LECTURE | _WHEN_WORDS)
        if closed and not kind and (name := trim_name(words[:closed])) and not set(name.split()) & NOT_A_NAME:
            return name
    return None


def _before_next_label(found: str, rest: str) -> str:
    """ "Unit: EL4106 Smart Grid Technologies" over "Title: ..." or "Subject name: ...": a name wrapped onto the next
    line never takes that line's label."""
    if "\n" in found and re.match(r"[ \t]*(?:[A-Za-z]+[ \t]*){0,3}:", rest):
        return found.rsplit("\n", 1)[0]
    return found


_NEXT_LISTED = re.compile(rf"[ \t]*(?:,|\b(?:and|dan|serta)\b|&)[ \t]*{SHAPE}")


def named_by_cue(subject: str, text: str, code: str | None) -> str | None:
    """The name where only a cue word marks it: after the code, after "MK"/"course", "my X course", "kelas X"."""
    if code:
        source = text + "\n" + subject
        for match in _NAME_AFTER_CODE.finditer(source):
            found = _before_next_label(match.group(2), source[match.end() :])
            # "LG2102 Warehousing and LG2103 Freight Forwarding": a name ends where the next listed code begins.
            found = _NEXT_LISTED.split(found, maxsplit=1)[0]
            # "Persetujuan SKS ELK2106" over "Bu Rika,": a forwarded subject's code, then the person greeted; "Course
            # code: MES2108" over "Old: ...": a form's next label.
            on_next_line = "\n" in source[match.end(1) : match.start(2)]
            # "... in MEC-2202:\n\nLab closed": a blank line ends the paragraph the code is in.
            if re.search(r"\n[ \t]*\n", source[match.end(1) : match.start(2)]):
                continue
            # "... : BID1101\nVisibilitas kursus : Tampilkan": the next line's label, in a word or three.
            label_after = on_next_line and re.match(r"(?:[ \t]+[A-Za-z]+){0,3}[ \t]*:", source[match.end() :])
            # "Nama baru untuk IF2201: X", "New title for IF2201 - X": what the label's mark leads to is the new name
            # ("a new name for BIS3105 Digital Marketing next term: X" names the current one after the code).
            marked = re.search(r"[:=\-–]", source[match.end(1) : match.start(2)])
            new_name = marked and _NEW_NAME_BEFORE.search(source, max(0, match.start() - 40), match.start())
            if PERSON.match(found) or label_after or new_name:
                continue
            if match.group(1) == code and (name := trim_name(found.split())):
                return name
    for source in (text, subject):
        for match in _AFTER_CUE.finditer(source):
            # "... outside the course.\nAnytime today": after a full word a dot ends the sentence, and a blank line
            # ends the paragraph; only an abbreviation takes a dot ("MK. Basis Data").
            gap = match.group(1)
            if "\n\n" in gap.replace(" ", "") or (
                "." in gap and not re.match(r"(?i:mk|matkul|makul)\b", match.group())
            ):
                continue
            # "the Course Evaluation Survey": after an article, a capitalised "Course" opens a title, not a name.
            if source[match.start() : match.start() + 1] == "C" and source[: match.start()].endswith("the "):
                continue
            # "Yang benar nama MK-nya X", "the new course X": what the writer corrects it to is the new name.
            if _NEW_SIDE_BEFORE.search(source, max(0, match.start() - 40), match.start()):
                continue
            # After "MK:" the value ends with its line; a name in running text may wrap.
            found = match.group(2).split("\n")[0] if ":" in match.group(1) else match.group(2)
            found = _before_next_label(found, source[match.end() :])
            # "teaching in Robotics program": a programme or a department is where, never which course.
            if _PROGRAMME_AFTER.match(source, match.end(2)):
                continue
            # "matkulnya Bapak Budi": a person after the cue is who teaches it; after the clitic of a writer unsure
            # of the name ("Mata kuliahnya Gimana ya?") only a name of two words or more.
            unsure = bool(re.match(r"\S+(?:\s+kuliah)?-?nya\b", match.group(), re.IGNORECASE))
            if PERSON.match(found) or (unsure and len(found.split()) < 2):
                continue
            if (name := trim_name(found.split())) and not _CODE.fullmatch(name):
                return name
    # "change the lecturer for Statistics and Probability to Dr. Kim", "SKS untuk Fisika Dasar 2 jadi 3": the
    # course a field belongs to.
    if name := field_of_course(subject, text) or own_field_beside_course(text):
        return name
    # The writer teaching it: "Saya pengampu Matematika Diskrit", "I teach Statics"; "my course, Statics, ..."
    # and an abbreviation with the name in brackets: "mata kuliah PKN (Pendidikan Kewarganegaraan)".
    for source in (text, subject):
        for match in _TAUGHT_OR_APPOSED.finditer(source):
            found = next(group for group in match.groups() if group)
            # "kuliah Pak Hendra saya": a lecturer's lecture, not a course; "yang saya ampu Semester ini": a field;
            # "I am teaching in Robotics program": a programme.
            taught_in = _PROGRAMME_AFTER.match(source, match.end(match.lastindex or 0))
            taught_who = _WHO_IS_TAUGHT.search(found)
            name = None if PERSON.match(found) or taught_in or taught_who else trim_name(found.split())
            if name and name.split()[0].lower() not in FIELD_WORDS:
                return name
    # "my Technical English course", "the Industrial Robotics course", "in Machine Learning course"; in a subject also
    # at its start or after a dash or a colon: "Request - Data Mining course".
    for source, owned_or_opening in ((text, _OWNED_IN_TEXT), (subject, _OWNED_IN_SUBJECT)):
        # Partner universities say "unit", "subject" or "paper": "the Hydraulics And Pneumatics unit".
        for match in owned_or_opening.finditer(source):
            name = trim_name(match.group(1).split())
            # "Manajemen course", "Setting course": a single word opening a subject may be who asks or what is done;
            # only after an owner or an article ("my Statistics course") is one word the course.
            owned = match.group().split()[0].lower() in {"my", "our", "the", "this", "in", "for", "on", "of"}
            if name and not owned and len(name.split()) < 2:
                continue
            # "Lecturer on the course page", "Ringkasan course": a field of the course, not its name.
            if name and not set(name.split()) & NOT_A_NAME and name.split()[0].lower() not in FIELD_WORDS:
                return name
    # "di kelas Fisika 2": after "kelas"/"class" only a name with lower-case letters, never a class code (IF-3A).
    for source in (text, subject):
        for match in _AFTER_CLASS_WORD.finditer(source):
            name = trim_name(match.group(1).split())
            if (
                name
                and re.search(r"[a-z]{3}", name)
                and not _CODE.fullmatch(name)
                and not set(name.split()) & NOT_A_NAME
            ):
                return name
    # "students taking Engineering Mathematics III", "mhs yg mengambil Kalkulus Lanjut": the course they take; and
    # "this is for Data Mining (TI-3A)": a name with its class in brackets; the course's page.
    for source in (text, subject):
        for pattern in (_TAKING, _CLASS_IN_BRACKETS, _CLASS_AFTER, _PAGE):
            for match in pattern.finditer(source):
                name = trim_name((match.group(1) or match.group(2)).split())
                words = {word.lower() for word in name.split()} if name else set()
                if name and not set(name.split()) & NOT_A_NAME and not words <= NOT_IN_LOWER_CASE_NAME | FIELD_WORDS:
                    return name
    for match in _LINE_START_CLASS_AFTER.finditer(text):
        name = trim_name(match.group(1).split())
        lowered = [word.lower() for word in name.split()] if name else []
        if (
            name
            and len(lowered) > 1
            and lowered[0] not in _NOT_A_COURSE_OPENING
            and not set(name.split()) & NOT_A_NAME
            and not set(lowered) & (NOT_IN_LOWER_CASE_NAME | FIELD_WORDS)
        ):
            return name
    for source in (text, subject):
        if name := _lecture_of_class(source):
            return name
    if name := field_then_course(subject):
        return name
    dashed = _DASHED_LAST.search(subject)
    if dashed and (name := trim_name(dashed.group(1).split())):
        return name
    # A subject that is just the course: "Re: Basis Data Lanjut IF3102"; one word before the code is more often what
    # the mail is about than the course ("Jadwal TIF2202", "Access ME2104", "Materials ELE1101").
    if code and (alone := _SUBJECT_ALONE.search(subject)) and alone.group(2) == code:
        name = trim_name(alone.group(1).split())
        if name and len(name.split()) > 1 and not {word.lower() for word in name.split()} & FIELD_WORDS:
            return name
    return None
