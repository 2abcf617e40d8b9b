"""A course name read from the line or the column its label names: "Nama MK:", a settings screen, a form's question."""

from __future__ import annotations

import re

from daemon.classify.course_name_shape import FIELD_WORDS, NAME, NOT_IN_LOWER_CASE_NAME, trim_name
from daemon.classify.course_name_tables import now_column_values
from daemon.classify.course_name_tables import table_values as read_name_columns

# "Nama MK: Sistem Kendali Cerdas", "Mata Kuliah| TS3201 Manajemen Konstruksi" (a table row), never a new name.
# A rename table's column of the current name counts too: "Nama Lama", "Old name", "Current course title".
NAME_LABEL = (
    # "Nama M.K.", "Nama M. K.": the course word abbreviated with its dots.
    r"(?:(?i:(?:kode\s*(?:/|dan|&)\s*)?nama\s+(?:m\.?[ \t]?k\.?|mata\s*kuliah|matakuliah|matkul|course|kursus"
    r"|mata\s*ajar)|mata\s*kuliah|mata\s*ajar"
    r"|matakuliah"
    r"|(?:course|module)(?:\s+(?:(?:full|long)\s*)?(?:name|title))?|judul\s+(?:mk|mata\s*kuliah))"
    r"(?:\s+(?i:lama|sekarang|saat ini))?"
    r"|(?i:nama\s+(?:lama|sekarang|saat\s+ini)|(?:old|current|existing)\s+(?:course\s+)?(?:name|title))"
    # "Nama dan Kode MK", "Course code and name": a label naming both.
    r"|(?i:nama\s*(?:/|dan|&)\s*kode\s+(?:mk|mata\s*kuliah|matakuliah|matkul))"
    r"|(?i:course\s+(?:code\s*(?:/|and|&)\s*name|name\s*(?:/|and|&)\s*code))"
    # Partner universities' "Subject name:" (never a bare "Subject:", the mail's own header in a forward).
    r"|(?i:subject|unit)\s+(?i:name|title))"
)
# The labels of a course settings screen that name a setting other than the name: their values are never a name.
OTHER_SETTING = (
    r"(?i:visibility|visibilitas|summary|ringkasan|format|start|end|short|shortname|id|category|kategori|image|gambar"
    r"|language|bahasa|layout|tags|completion|tanggal)"
)
# A table's column may be headed by the bare course word too: "MK", "Matkul".
# "Mata Kuliah (Kode)", "Nama MK / Kode": a column holding the code beside the name.
# A bracket naming the new value ("Nama Mata Kuliah (baru) :", "Course title (proposed):") labels the new name.
_NEW_IN_BRACKETS = r"(?!(?i:baru|new|proposed|usulan|menjadi|pengganti|after|sesudah|setelah|revisi|revised)\b)"
_COLUMN_LABEL = (
    rf"(?:{NAME_LABEL}|(?i:mk|matkul|makul))(?:\s*\({_NEW_IN_BRACKETS}[^()]*\)|\s*/\s*(?i:kode|code)(?:\s+\w+)?)?"
)
# A list's bullet or number may open a labelled line: "1. Nama Mata Kuliah : X", "- Course: X", "• MK: X".
_BULLET = r"(?:(?:[-•*·>]|\d{1,2}[.)]|[a-zA-Z][.)])[ \t]*)?"
# "Nama course di elearning: Teknik Digital": where the name shows may stand between the label and its colon.
# A table's header row ("Mata Kuliah | Dosen Lama | Dosen Baru") labels columns, not a value.
_LABELLED_LINE = re.compile(
    # The label opens its line (after a bullet) or follows an earlier label: "Prodi: TI; Mata kuliah: Basis Data".
    rf"(?:^(?![^\n]*\n[ \t]*-{{3}})[ \t]*{_BULLET}|(?<=[;,])[ \t]+)"
    # Moodle's Indonesian label, "Nama lengkap kursus :", beside its value (over it, it may be the new one).
    rf"(?:{_COLUMN_LABEL}|(?i:nama\s+(?:lengkap|panjang)\s+(?:kursus|course|mata\s*kuliah|mk)))"
    r"(?:[ \t]+(?i:di|in|on|pada)[ \t]+(?i:e-?learning|moodle|lms|siakad|sistem))?"
    # "Mata kuliah yang diampu:", "Course concerned:"; never the new one's label ("Nama mata kuliah baru:"), nor
    # another setting of a pasted settings screen ("Course visibility: Show", "Course summary: ...").
    r"(?:[ \t]+(?!(?i:baru|new|menjadi|jadi|usulan|seharusnya|after|sesudah|setelah|pengganti|proposed)\b)"
    rf"(?!{OTHER_SETTING}\b)[a-z]+){{0,2}}"
    # The value may stand on the next line, as a form cell rendered from a PDF or a DOCX: "Nama Mata Kuliah :\nX".
    # A form may set the value off by "=" or a spaced dash: "Module Title - Business Statistics".
    r"(?:[ \t]*[:|=][ \t]*|[ \t]+[-–][ \t]+(?=[A-Z\d\"“]))(?:\n[ \t]*)?"
    r"([^|\n]+)",
    re.MULTILINE,
)
# A settings screen pasted from Moodle aligns each value after its label with spaces or a tab, without a colon:
# "Course full name    Elektronika Daya 1".
# Copied from the form itself, the label stands on its own line over its value, with the form's mark of a required
# field between: "Course full name\nRequired\nSistem Tertanam 2"; only a label that says name or title.
# The form's mark of a required field may follow the label ("Course full name *"); a tab or a run of spaces ends the
# value (the next column of a table pasted from a sheet or typed with spaces: "Nama MK    Kalkulus 1    Kalkulus II").
_ALIGNED_LINE = re.compile(
    # Moodle's own label in Indonesian, "Nama lengkap kursus", only beside its value: over it, it may be the new one.
    rf"^[ \t]*(?:{NAME_LABEL}|(?i:nama\s+lengkap\s+(?:kursus|course)))[ \t]*\*?(?:[ \t]{{2,}}|\t)[ \t]*"
    r"([^\s|*](?:[^|\n\t ]|[ ](?![ ]))*)(?:(?:\t|[ ]{2,})[^\n]*)?$"
    rf"|^[ \t]*(?=[^\n]*(?i:name|nama|title|judul))(?:{NAME_LABEL})[ \t]*\*?[ \t]*\n"
    r"(?:[ \t]*(?i:required|wajib|diperlukan|harus\s+diisi)[ \t]*\n)?[ \t]*([^\s|][^|\n]*)$",
    re.MULTILINE,
)
# A form's bare "Nama:" or "Title:" line right under or over its "Kode MK:" line names the course.
_CODE_LINE = (
    rf"[ \t]*{_BULLET}(?i:kode|code|course\s+code)"
    r"(?:[ \t]+(?i:mk|mata\s*kuliah|matakuliah|matkul|course))?[ \t]*:[^\n]*"
)
_BARE_NAME_LINE = rf"[ \t]*{_BULLET}(?i:nama|name|judul|title)[ \t]*:[ \t]*([^|\n]+)"
_NAME_BESIDE_CODE_LINE = re.compile(
    rf"^{_CODE_LINE}\n{_BARE_NAME_LINE}|^{_BARE_NAME_LINE}\n{_CODE_LINE}$", re.MULTILINE
)


# A form's question with the writer's answer on a line of its own under it, also between the quoted questions of the
# helpdesk's reply: "> Course tujuan?\n\nPraktikum Basis Data, semua kelas", "Which course?\nMarine Ecology".
_QUESTION_THEN_ANSWER = re.compile(
    rf"^[> \t]*(?:{_COLUMN_LABEL}(?:[ \t]+(?i:tujuan|target|yang\s+dituju|apa|mana|nya))?|(?i:which|what)[ \t]+course)"
    r"[ \t]*\?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?![>\s])([^\n]+)",
    re.MULTILINE,
)


def labelled(text: str, code: str | None) -> str | None:
    """The value of a "Nama MK:" line, or of the name column of a table whose header names it."""
    lines = text.splitlines()
    table_values, headers = read_name_columns(lines, _COLUMN_LABEL)
    table_values = now_column_values(lines) + table_values
    lines_values = [
        match.group(1) for match in _LABELLED_LINE.finditer(text) if text.count("\n", 0, match.start()) not in headers
    ]
    lines_values += [match.group(1) or match.group(2) for match in _ALIGNED_LINE.finditer(text)]
    values = lines_values + [match.group(1) or match.group(2) for match in _NAME_BESIDE_CODE_LINE.finditer(text)]
    values += table_values + [match.group(1) for match in _QUESTION_THEN_ANSWER.finditer(text)]
    for value in values:
        labelled_line = value in lines_values
        if code:
            value = value.strip()
            value = value[len(code) :].lstrip(" -–:/") if value.startswith(code) else value
        # The value ends at a bracket, a dash, a comma, a full stop or the next label ("Kalkulus I Kelas : TI-1A").
        value = re.split(
            r"\s[(\[]|\s[-–/]\s|[.;](?:\s|$)|,\s|\s+[A-Z][a-z]+(?:[ \t]+[A-Za-z]+)?[ \t]*:(?:\s|$)", value.strip()
        )[0]
        if re.fullmatch(NAME, value.strip()) and (name := trim_name(value.split())):
            return name
        # "Mata Kuliah: basis data": after an explicit label, two or more words in lower case are the name as written
        # (one word may be an abbreviation: "Matkul: basdat").
        lower = value.strip()
        lower_case = re.fullmatch(r"[a-z][a-z0-9-]*(?:[ \t]+[a-z0-9-]+){1,5}", lower)
        if labelled_line and lower_case and not set(lower.split()) & (NOT_IN_LOWER_CASE_NAME | FIELD_WORDS):
            return lower
    return None
