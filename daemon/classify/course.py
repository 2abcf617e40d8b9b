"""Which course a request is about by name: its current name, however the writer puts it beside or without the code."""

from __future__ import annotations

import re

from daemon.classify.change_words import cues
from daemon.classify.course_code import CODE as _CODE

# "to" only inside "Intro(duction) to X"; elsewhere it leads to a new value.
_NAME_WORD = (
    r"(?:[A-Z][\w'’&/-]*|[ei]-?[A-Z][\w'’&/-]*|(?:(?<=Intro\s)|(?<=Introduction\s))to|of|and|for|in|the|with|on"
    r"|dan|&|di|untuk|dalam|pada|bagi|[IVX]{1,4}|\d\w*)"
)
_NAME = rf"(?:{_NAME_WORD}\s+){{0,7}}{_NAME_WORD}"
_LINE_NAME = rf"(?:{_NAME_WORD}[ \t]+){{0,7}}{_NAME_WORD}"
_SHORT_NAME = rf"(?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD}"
_CONNECTORS = {"of", "and", "for", "in", "the", "with", "on", "dan", "&", "di", "untuk", "dalam", "pada", "bagi"}
# What may follow a name before its code: a class ("kelas RB-1A pagi") or a semester ("semester 4").
_SUFFIX = (
    r"(?:\s+(?i:kelas|kls|class|semester|smt|sem)\s+(?:[A-Z]{1,4}-?\d[A-Z]?\d?|\d{1,2}|[IVX]{1,4}|Ganjil|Genap)"
    r"(?:\s+(?i:pagi|siang|sore|malam|karyawan|reguler))?)?"
)
_QUOTED = r"(?:[\"“]([^\"”\n]{2,80})[\"”]|(?<!\w)['‘]([^'’\n]{2,80})['’](?!\w))"
_COURSE_NAME_CUE = (
    r"(?i:(?:nama|nm)\s+(?:mata\s*kuliah|matakuliah|matkul|makul|mk|course)|course\s+(?:name|title)"
    r"|name\s+of\s+(?:the|my|our)\s+course|(?:ganti|ubah)\s+nama)"
)
# The current name in the sentence of a rename: "dari X menjadi Y", "bukan X tapi Y", "tertulis X, seharusnya Y".
_CURRENT_IN_RENAME = re.compile(
    rf"{_COURSE_NAME_CUE}[^.\n]{{0,60}}?(?:"
    rf"\b(?i:dari|from)\s+[\"“']?({_NAME})[\"”']?\s+(?i:menjadi|jadi|jd|ke|to|into)\b"
    rf"|\b(?i:bukan)\s+[\"“']?({_NAME})[\"”']?\s*,?\s+(?i:tapi|tetapi|tp|melainkan)\b"
    # "nama matkul saya salah ketik, harusnya X bukan Y": what the new name is not is the current one.
    rf"|\b(?i:seharusnya|harusnya|hrsnya|mestinya|yang benar|yg benar|should be|should read)\s+[\"“']?{_NAME}[\"”']?"
    rf"\s*,?\s+(?i:bukan|bkn|not|instead of|rather than)\s+[\"“']?({_NAME})[\"”']?(?=\s*(?:[.,;!?)]|$))"
    rf"|(?:\b(?i:tertulis|tercantum|masih|sekarang|currently|reads|shows)\s+|:\s*)[\"“']?({_NAME})[\"”']?\s*,?\s+"
    rf"(?i:seharusnya|harusnya|hrsnya|mestinya|padahal|but|should|yang benar|yg benar)\b)"
    # "nama MK Basis Data diubah menjadi ...", "course name Database Systems should be ...": right after the cue.
    rf"|{_COURSE_NAME_CUE}[ \t]*(?i:is[ \t]+|:[ \t]*)?[\"“']?({_LINE_NAME})[\"”']?[ \t]*,?[ \t]+"
    rf"(?i:seharusnya|harusnya|hrsnya|mestinya|should|must|diubah|diganti|dirubah|menjadi|jadi|jd)\b"
    # "The course is called Business Law at the moment; it should be ...", "MK ini bernama Fisika, mohon diganti":
    # what the course is called, corrected later in the sentence, is its current name.
    rf"|\b(?i:course|mk|matkul|mata\s*kuliah|matakuliah)(?i:\s+ini|\s+is|\s+saya|\s+my)?(?i:\s+(?:currently|still|masih))?"
    rf"\s+(?i:called|named|titled|bernama|berjudul)\s+[\"“']?({_NAME})[\"”']?"
    rf"(?=[^.\n]{{0,40}}?\b(?i:should|must|seharusnya|harusnya|mohon|tolong|please|diganti|diubah|rename|change)\b)"
    # "rename the course Database Systems to ...", "rename 'X' as ..."
    rf"|\b(?i:renam(?:e|ing))\s+(?:(?i:the|my|our)\s+)?(?:(?i:course)\s+)?[\"“']?({_NAME})[\"”']?\s+(?i:to|into|as)\b"
)
# "Nama MK: Sistem Kendali Cerdas", "Mata Kuliah| TS3201 Manajemen Konstruksi" (a table row), never a new name.
_NAME_LABEL = (
    r"(?i:(?:kode\s*(?:/|dan|&)\s*)?nama\s+(?:mk|mata\s*kuliah|matakuliah|matkul|course)|mata\s*kuliah|matakuliah"
    r"|course(?:\s+name)?)"
    r"(?:\s+(?i:lama|sekarang|saat ini))?"
)
# "Nama course di elearning: Teknik Digital": where the name shows may stand between the label and its colon.
_LABELLED_LINE = re.compile(
    rf"^[ \t]*{_NAME_LABEL}(?:[ \t]+(?i:di|in|on|pada)[ \t]+(?i:e-?learning|moodle|lms|siakad|sistem))?[ \t]*[:|][ \t]*"
    r"([^|\n]+)",
    re.MULTILINE,
)
# A form's bare "Nama:" or "Title:" line right under or over its "Kode MK:" line names the course.
_CODE_LINE = r"[ \t]*(?i:kode|code|course\s+code)(?:[ \t]+(?i:mk|mata\s*kuliah|matakuliah|matkul|course))?[ \t]*:[^\n]*"
_BARE_NAME_LINE = r"[ \t]*(?i:nama|name|judul|title)[ \t]*:[ \t]*([^|\n]+)"
_NAME_BESIDE_CODE_LINE = re.compile(
    rf"^{_CODE_LINE}\n{_BARE_NAME_LINE}|^{_BARE_NAME_LINE}\n{_CODE_LINE}$", re.MULTILINE
)


def _words(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


_NOT_A_NAME = {"Moodle", "E-learning", "Elearning", "Online", "Zoom", "Same", "Whole", "Entire", "Above", "Following"}
_OPENERS = _words(
    "Terkait Sehubungan Berikut Berdasarkan Mengenai Perihal Hal Bapak Ibu Pak Bu Kak Min Admin Tim",
    "Helpdesk P4M Selamat Assalamualaikum Regarding About Hello Hai Izin Ijin Maaf",
)
# Words of a sentence, not of a name: "matkul yang saya ampu (IF2105)" names no course.
_NOT_IN_LOWER_CASE_NAME = _words(
    "yang yg saya sy kami ini itu tsb tersebut nya di ke dari utk untuk kelas kls ya min kak pak bu sudah",
    "sdh udh belum blm masih msh tidak tdk gak gk bisa mohon mhn tolong the my our this is of code kode",
)
# What a subject asks about rather than which course: "Lecturer for IB2101", "Semester Web Programming".
_FIELD_WORDS = _words(
    "lecturer dosen pengampu semester sks credits enrolment enrollment key short name nama kelas class",
    "announcement pengumuman deskripsi summary ganti change update",
)
_STOP_WORDS = _words(
    "MK Mata Kuliah Matakuliah Matkul Makul Course Kode Mohon Tolong Untuk Pada Di Yth Saya Kami Dear Hi",
    "Halo Sesuai Perubahan Update Permohonan Request Pengumuman Penambahan Pergantian Koreksi Nama SKS",
    "Enrolment Deskripsi Typo New Please The My Gabung Kelas Announcement LB Dosen",
)


def _introduces_name(word: str) -> bool:
    # "MK", "Matkul", "MATKUL" and "matkul" all introduce the name; a lower-case "di" or "untuk" inside one does not.
    return word in _STOP_WORDS or word.lower() in {"mk", "matkul", "makul", "matakuliah"}


def _trim_name(words: list[str]) -> str | None:
    # The name starts after the last word that introduces it ("... untuk MK Statistika Komputasi").
    cut = max((index + 1 for index, word in enumerate(words) if _introduces_name(word)), default=0)
    words = [word.strip("\"“”'‘’") for word in words[cut:]]
    words = [word for word in words if word]
    # A sentence that opens right before the name: "Terkait Basis Data (IF2204)", "Yth. Tim P4M Basis Data".
    while words and words[0] in _OPENERS:
        words = words[1:]
    while words and (_CODE.fullmatch(words[-1]) or re.fullmatch(r"[\[(]?[A-Za-z]{2,4}[- ]?\d{3,4}[)\]]?", words[-1])):
        words = words[:-1]
    # "nama MK LG1101 Pengantar Logistik menjadi ...": a code before the name is the course's code, not its name.
    while len(words) > 1 and _CODE.fullmatch(words[0].rstrip(":,")):
        words = words[1:]
    # A name never starts with a bare number: "kelas 2 Kalkulus" is class 2 of Kalkulus, and "13.00 di Lab Robotika"
    # leaves "00 di ...", the tail of a time with the place after it, which names no course.
    numbered = bool(words) and words[0].isdigit()
    while words and words[0].isdigit():
        words = words[1:]
    if numbered and (not words or words[0].lower() in _CONNECTORS):
        return None
    while words and words[0].lower() in _CONNECTORS:
        words = words[1:]
    while words and words[-1].lower() in _CONNECTORS:
        words = words[:-1]
    if not words or all(word.isupper() and len(word) <= 4 for word in words):
        return None
    # "kalkulus 1 kode MA1101": a number or a numeral left alone is no name.
    if not re.search(r"[^\W\d_]{2}", " ".join(words)) or re.fullmatch(r"[IVX]{1,4}", " ".join(words)):
        return None
    # "course ID 2231": a number with a prefix is no name.
    if re.fullmatch(r"[A-Za-z]{2,4}[ .-]?\d+", " ".join(words)):
        return None
    # A class code (RB-1A, TI-3B) is where a course is taught, not its name.
    if len(words) == 1 and re.fullmatch(r"[A-Z]{1,4}-\d[A-Z]\w*", words[0]):
        return None
    return " ".join(words)


def _clean(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip().strip("\"“”'").strip().rstrip(",;:")


# Any code shape; whether it is the request's code is checked after the match, so that no pattern is compiled
# per code (compiling per mail cost more than all the matching).
_SHAPE = r"(?<![\w-])[A-Za-z]{2,4}[ -]?\d{3,4}(?![\w-])"
_SHAPE_RE = re.compile(_SHAPE)


def _is_code(found: str, code: str | None) -> bool:
    return found == code if code else bool(_CODE.fullmatch(found))


# Name before the code, name and code in one bracket, name after the code.
# "Circuit Theory I (course code EE1102)", "Sistem Operasi (kode: IF 2105)": the code's label inside the bracket.
_CODE_LABEL = r"(?:(?i:(?:course\s+)?code|kode(?:\s+(?:mk|matkul|mata\s*kuliah))?)\s*:?\s*)?"
_BEFORE_CODE = re.compile(
    rf"({_NAME}){_SUFFIX}\s+(?:(?i:course|class|mk|matkul)\s+)?\(\s*{_CODE_LABEL}({_SHAPE})\s*\)"
    rf"|({_NAME}){_SUFFIX}\s*\(\s*{_CODE_LABEL}({_SHAPE})\s*\)"
    # "Basis Data / IF2204", "Machine Vision, RB3105", "Fisika Dasar 2 kode FI1202"
    rf"|({_NAME})[ \t]*(?:[/,]|\s[-–]|\s(?i:kode|code)(?:[ \t]*:)?)[ \t]*({_SHAPE})"
)
_TOGETHER = re.compile(rf"\(\s*({_NAME})\s*[,;/]\s*({_SHAPE})\s*\)")
_AFTER_CODE = re.compile(rf"({_SHAPE})\s*\(\s*({_NAME})\s*\)")
_TAUGHT_OR_APPOSED = re.compile(
    rf"\b(?i:saya|aku|I)[ \t]+(?i:adalah[ \t]+|am[ \t]+)?(?i:dosen[ \t]+)?"
    rf"(?i:pengampu|mengampu|mengajar|ngajar|teach|teaching)[ \t]+(?i:mk[ \t]+|mata kuliah[ \t]+|matkul[ \t]+)?"
    rf"({_LINE_NAME})"
    rf"|\b(?i:my|our)[ \t]+(?i:course|class|module)[ \t]*,[ \t]*({_LINE_NAME})[ \t]*,"
    # "Mata kuliah yang saya ampu, Fisika Terapan, ...", "MK yg sy pegang: Statika"
    rf"|(?i:\b(?:mata\s*kuliah|matakuliah|matkul|makul|mk|course))[ \t]+(?i:yang|yg)[ \t]+(?i:saya|sy|aku|kami)[ \t]+"
    rf"(?i:ampu|ajar|ajarkan|pegang|asuh)[ \t]*[,:][ \t]*({_LINE_NAME})"
    rf"|(?i:\b(?:mk|matkul|makul|mata kuliah|matakuliah|course))[ \t]+[A-Z]{{2,6}}[ \t]*\([ \t]*({_LINE_NAME})[ \t]*\)"
)
_QUOTED_AFTER_CODE = re.compile(rf"({_SHAPE})\s+{_QUOTED}")
_NAME_AFTER_CODE = re.compile(rf"({_SHAPE})[\])]?(?:\s*[:/]\s*|\s+[-\u2013]\s+|\s+)({_SHORT_NAME})")
_SUBJECT_ALONE = re.compile(rf"(?:^|:\s*)({_NAME})\s+({_SHAPE})\s*$")
_LOWER_CASE_BEFORE_CODE = re.compile(
    rf"(?i:\b(?:matkul|makul|mk|mata\s*kuliah|matakuliah|course))\s+([A-Za-z][a-z0-9-]*(?:[ \t]+[a-z0-9-]+){{1,5}})"
    rf"\s*\(\s*({_SHAPE})\s*\)"
)


def _quoted(match: re.Match[str], group: int = 1) -> str:
    return _clean(match.group(group) or match.group(group + 1))


def _labelled(text: str, code: str | None) -> str | None:
    """The value of a "Nama MK:" line, or of the name column of a table whose header names it."""
    values = [match.group(1) for match in _LABELLED_LINE.finditer(text)]
    values += [match.group(1) or match.group(2) for match in _NAME_BESIDE_CODE_LINE.finditer(text)]
    lines = text.splitlines()
    for index, line in enumerate(lines[:-2]):
        header = [cell.strip() for cell in line.split("|")]
        # A header row holds labels only; "Mata kuliah| RE3104 - Sistem Tenaga Listrik" is a labelled row.
        if len(header) < 2 or not lines[index + 1].lstrip().startswith("---") or re.search(r"\d", line):
            continue
        column = next((i for i, cell in enumerate(header) if re.fullmatch(_NAME_LABEL, cell)), None)
        row = [cell.strip() for cell in lines[index + 2].split("|")]
        if column is not None and column < len(row):
            values.append(row[column])
    for value in values:
        if code:
            value = value.strip()
            value = value[len(code) :].lstrip(" -–:/") if value.startswith(code) else value
        value = re.split(r"\s[(\[]|\s[-–]\s|[.;](?:\s|$)", value.strip())[0]
        if re.fullmatch(_NAME, value.strip()) and (name := _trim_name(value.split())):
            return name
    return None


def _lower_case_before_code(text: str, code: str) -> str | None:
    """ "matkul sistem operasi (IF2105)", "mata kuliah Basis data (IF204)": a name in lower or sentence case is
    trusted only between a course cue and its code."""
    for match in _LOWER_CASE_BEFORE_CODE.finditer(text):
        words = match.group(1).split()
        if match.group(2) == code and not {word.lower() for word in words} & _NOT_IN_LOWER_CASE_NAME:
            return match.group(1)
    return None


def _near_codes(source: str, code: str | None) -> str:
    """The stretches of text around each code, so that the name patterns scan lines, not whole letters."""
    spans: list[list[int]] = []
    for match in _SHAPE_RE.finditer(source):
        if not _is_code(match.group(0), code):
            continue
        start, end = max(0, match.start() - 200), match.end() + 200
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    # A cut mid-word would glue half a word to a name: each stretch starts after a line break or a space.
    return "\n\n".join(re.sub(r"^\S*\s", "", source[start:end]) if start else source[:end] for start, end in spans)


# "the visiting lecturer from Jönköping for Power System Analysis (EL2303)", "dosen tamu dari Universitas Riau
# untuk Mekanika Tanah (TS2104)": where a person comes from stands before the course the person is there for.
_FROM_BEFORE = re.compile(
    r"(?i:\b(?:lecturer|dosen|teacher|pengajar|instructor|tutor|professor|staff|guest|tamu|visiting|exchange|"
    r"I\s+am|saya)\b[^.\n]{0,30}\b(?:from|dari|asal|di|at))\s+$"
)
_FOR = re.compile(r"\s(?:for|untuk|bagi)\s", re.IGNORECASE)
_PLACE_LEAD = re.compile(r"(?:di|at|dari|from)\s+", re.IGNORECASE)
_COURSE_WORD = re.compile(r"\b(?i:mk|matkul|makul|mata\s*kuliah|matakuliah|course)\b")


def _after_origin(source: str, start: int, found: str) -> str:
    # "di" may open the match itself: "Saya dosen baru di Prodi Teknik Mesin untuk Termodinamika (ME2101)".
    lead = _PLACE_LEAD.match(found)
    before = source[max(0, start - 60) : start] + (lead.group(0) if lead else "")
    purpose = _FOR.search(found)
    # "dosen di MK Bahasa Inggris untuk Komunikasi": after a course word the "untuk" is inside the name.
    if purpose and _FROM_BEFORE.search(before) and not _COURSE_WORD.search(found, 0, purpose.start()):
        return found[purpose.end() :]
    return found


def _named_before_code(texts: tuple[str, str], code: str | None) -> str | None:
    sources = [_near_codes(text, code) for text in texts]
    for source in sources:
        for match in _BEFORE_CODE.finditer(source):
            index = next(i for i in (1, 3, 5) if match.group(i))
            found, found_code = _after_origin(source, match.start(index), match.group(index)), match.group(index + 1)
            if _is_code(found_code, code) and (name := _trim_name(found.split())):
                return name
    for source in sources:
        for match in _TOGETHER.finditer(source):
            if _is_code(match.group(2), code) and (name := _trim_name(match.group(1).split())):
                return name
    for source in sources:
        for match in _AFTER_CODE.finditer(source):
            if _is_code(match.group(1), code) and (name := _trim_name(match.group(2).split())):
                return name
    return None


# A bare pair of lines, the current value and the new one: "Old: X\nNew: Y", "Lama : X\nBaru : Y".
_OLD_NEW_LINES = re.compile(
    r"(?:^|\n)([^\n]*)\n[ \t]*(?i:old|lama|semula|sebelumnya|current|sekarang|before|sebelum)[ \t]*:[ \t]*([^\n]+?)"
    r"[ \t]*\n[ \t]*(?i:new|baru|menjadi|usulan|after|sesudah|setelah)[ \t]*:"
)


# "For next semester:", "Mulai semester depan:" say when, not which field.
_WHEN = re.compile(
    r"(?i:\b(?:next|this|coming|the\s+new|new)\s+(?:semester|term|academic\s+year)|"
    r"\bsemester\s+(?:depan|ini|berikutnya|mendatang|baru))"
)


def _old_line_under_subject(subject: str, text: str) -> str | None:
    """ "MB1204 name change" over "Old: X / New: Y": when the subject names the course's name as the one field that
    changes, the old side of a bare pair of lines is its current name (unless the line above names another field)."""
    if {field for field, _ in cues(subject)} != {"fullname"}:
        return None
    for match in _OLD_NEW_LINES.finditer(text):
        if {field for field, _ in cues(_WHEN.sub(" ", match.group(1)))} - {"fullname"}:
            continue
        value = _clean(match.group(2))
        if re.fullmatch(_NAME, value) and (name := _trim_name(value.split())):
            return name
    return None


def find_course_name(subject: str, text: str, code: str | None, context: str = "") -> str | None:
    for pattern in (
        r"(?i:nama (?:lama|sekarang|saat ini)|(?:old|current|existing) (?:name|title))\s*:\s*([^\n]+)",
        rf"nama (?:yg|yang) sekarang\s*{_QUOTED}",
        # "the title of BI2202 changes:\n\nOld: X\nNew: Y", "Nama MK diubah sbb:\nLama: X\nBaru: Y": a bare old/new
        # pair of lines under a sentence that names the course's name is its current name and the new one.
        rf"(?:{_COURSE_NAME_CUE}|(?i:title|judul|nama)\s+(?i:of\s+)?(?i:the\s+)?(?:{_SHAPE}|(?i:course|mk|matkul)))"
        r"[^\n]{0,80}\n\s*(?i:old|lama|semula|sebelumnya|current|sekarang|from|dari)[ \t]*:[ \t]*([^\n]+?)[ \t]*\n\s*"
        r"(?i:new|baru|menjadi|usulan|to|ke)[ \t]*:",
        rf"(?i:course|mk|matkul|makul|mata kuliah|matakuliah)(?: lama)?(?i:\s+(?:titled|called|named|bernama))?\s+"
        rf"{_QUOTED}",
        # "nama mata kuliah IF2107 di e-learning tertulis "Struktur Dat"": the name as it stands now.
        rf"{_COURSE_NAME_CUE}[^\n\"“]{{0,40}}?(?i:tertulis|tercantum|masih|still shows|shows|is shown as|reads|says|"
        r"is listed as|appears as|displays)\s+"
        rf"{_QUOTED}",
        # "Rename: Database Systems -> Database Systems and SQL": the old side of the arrow is the current name.
        rf"(?:(?i:rename[ds]?|ganti nama|ubah nama)|{_COURSE_NAME_CUE})\s*:?\s*([^\n>:]{{3,80}}?)\s*"
        r"(?:->|-->|\u2192|=>)",
    ):
        for source in (text, subject):
            if pattern and (match := re.search(pattern, source)):
                return _clean(match.group(1) or (match.group(2) if match.re.groups > 1 else "") or "")
    if name := _old_line_under_subject(subject, text):
        return name
    for source in (text, subject):
        for match in _QUOTED_AFTER_CODE.finditer(source):
            if code and match.group(1) == code:
                return _quoted(match, 2)
    for source in (text, subject):
        for match in _CURRENT_IN_RENAME.finditer(source):
            found = next(group for group in match.groups() if group)
            if name := _trim_name(found.split()):
                return name
    if name := _labelled(text, code):
        return name
    if name := _named_before_code((text, subject), code):
        return name
    if code and (name := _lower_case_before_code(text, code)):
        return name
    # A name bound to the code in the quoted conversation outweighs one a cue word marks in the reply
    # ("Pengumuman course Robotika" answering "Robotika Industri (TRE3208)").
    if context and code and (name := _labelled(context, code) or _named_before_code((context, ""), code)):
        return name
    return _named_by_cue(subject, text, code)


_FIELD_OF_COURSE = re.compile(
    r"(?i:\b(?:lecturer|dosen(?:\s+pengampu)?|pengampu|short\s?name|nama\s+singkat|credits?|sks|enrol(?:l)?ment\s+key|"
    r"kunci\s+enrol\w*|summary|description|deskripsi))\s+(?i:for|of|untuk|pada|di)\s+"
    rf"(?:(?i:the|mata\s*kuliah|matkul|mk|course)\s+)?({_SHORT_NAME})"
)


def _named_by_cue(subject: str, text: str, code: str | None) -> str | None:
    """The name where only a cue word marks it: after the code, after "MK"/"course", "my X course", "kelas X"."""
    if code:
        for match in _NAME_AFTER_CODE.finditer(text + "\n" + subject):
            if match.group(1) == code and (name := _trim_name(match.group(2).split())):
                return name
    for source in (text, subject):
        for match in re.finditer(
            rf"(?i:course|mk|matkul|makul|mata kuliah|matakuliah|teaching)(\s*:\s*|\s+)({_SHORT_NAME})", source
        ):
            # After "MK:" the value ends with its line; a name in running text may wrap.
            found = match.group(2).split("\n")[0] if ":" in match.group(1) else match.group(2)
            if (name := _trim_name(found.split())) and not _CODE.fullmatch(name):
                return name
    # "change the lecturer for Statistics and Probability to Dr. Kim", "SKS untuk Fisika Dasar 2 jadi 3": the
    # course a field belongs to.
    for source in (text, subject):
        for match in _FIELD_OF_COURSE.finditer(source):
            name = _trim_name(match.group(1).split())
            person = re.match(r"(?:Pak|Bu|Bapak|Ibu|Mr|Mrs|Ms|Dr|Prof|Ir)\b", match.group(1))
            if name and not person and not {word.lower() for word in name.split()} & _FIELD_WORDS:
                return name
    # The writer teaching it: "Saya pengampu Matematika Diskrit", "I teach Statics"; "my course, Statics, ..."
    # and an abbreviation with the name in brackets: "mata kuliah PKN (Pendidikan Kewarganegaraan)".
    for source in (text, subject):
        for match in _TAUGHT_OR_APPOSED.finditer(source):
            if name := _trim_name(next(group for group in match.groups() if group).split()):
                return name
    # "my Technical English course", "the Industrial Robotics course", "in Machine Learning course"
    for source in (text, subject):
        for match in re.finditer(
            rf"\b(?:my|our|the|this|in|for|on|of)\s+({_SHORT_NAME})\s+(?:course|class|module)\b", source
        ):
            name = _trim_name(match.group(1).split())
            if name and not set(name.split()) & _NOT_A_NAME:
                return name
    # "di kelas Fisika 2": after "kelas"/"class" only a name with lower-case letters, never a class code (IF-3A).
    for source in (text, subject):
        for match in re.finditer(rf"\b(?:kelas|class)\s+({_SHORT_NAME})", source):
            name = _trim_name(match.group(1).split())
            if name and re.search(r"[a-z]{3}", name) and not _CODE.fullmatch(name):
                return name
    dashed = re.search(rf"\s[-–—]\s+({_SHORT_NAME})\s*$", subject)
    if dashed and (name := _trim_name(dashed.group(1).split())):
        return name
    # A subject that is just the course: "Re: Basis Data Lanjut IF3102".
    if code and (alone := _SUBJECT_ALONE.search(subject)) and alone.group(2) == code:
        name = _trim_name(alone.group(1).split())
        if name and not {word.lower() for word in name.split()} & _FIELD_WORDS:
            return name
    return None
