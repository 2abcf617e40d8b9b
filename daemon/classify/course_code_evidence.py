"""Whether a loosely written course code ("IF 204", "tre-3201", "if2204") is the course: the writer's evidence."""

from __future__ import annotations

import re

# A label naming the code: "kode", "kd matkul", "kodenya", "Kode MK", "Course ID", "mata kuliah (sesuai SIAKAD):",
# a table cell "Kode Mata Kuliah | ..." or "Kode MK: | ...", the writer's own course in apposition ("course saya,
# IF 2204, ..."); the possessive also as Javanese, Sundanese and Betawi write it ("kodene", "kodena", "kodenye").
# The code may sit in brackets after its label. A room's class ("Ruang kelas: GU 704") is no course.
CUE = re.compile(
    r"(?i:(?<!ruang\s)(?<!ruangan\s)\b(?:kode|kdoe|kd|code|mk|m\.k\.?|matkul|makul|mata\s*kuliah|matakuliah|course"
    r"|kursus|kelas|class|modul|module|kode(?:mk|matkul|makul))(?:-?(?:nya|nye|ne|na))?"
    r"(?:\s+(?:id|code|no\.?|number|nomor|kode)){0,2}"
    r"(?:\s+(?:is|adalah|nya))?)"
    r"(?:\s*\([^()\n]{0,30}\)\s*[:=]|\s*[:.=]?\s*[:.|=]|[ \t]+[-\u2013][ \t]"
    r"|(?i:\s+(?:saya|sy|kami|ini|tsb|tersebut))?\s*,)?"
    r"\s*[(\[]?\s*$"
)
# "subject code", "unit code", "unit ID": these nouns name a code only with the word for a code or a number after.
_NOUN_THEN_CODE_WORD = re.compile(r"(?i:\b(?:subject|unit)\s+(?:id|code|no\.?|number))\s*[:.|=]?\s*[(\[]?\s*$")
# "kelas pemrograman web if2201", "matkul sistem operasi if 204": a name in lower case between the cue and its code.
_CUE_THEN_LOWER_CASE_NAME = re.compile(
    r"(?i:\b(?:mk|matkul|makul|mata\s*kuliah|matakuliah|course|kelas|class))((?:[ \t]+[a-z]{3,}){1,4})[ \t]*$"
)
# "MK Aircraft Electrical System: AMT 2102", "course Animasi Karakter, MMD 3201": a course word, its name in capitals,
# then the code after a colon or a comma.
_CUE_THEN_NAME = re.compile(
    r"(?i:\b(?:mk|matkul|makul|mata\s*kuliah|matakuliah|course|kursus|module|modul))"
    r"((?:[ \t]+(?:[A-Z][A-Za-z]+|[A-Z]{2,}|I{1,3}|IV|\d|dan|and|of|&)){1,6})[ \t]*[:,][ \t]*$"
)
_NOT_IN_NAME = frozenset(
    ["ruang", "ruangan", "gedung", "lantai", "lab", "room", "building", "floor", "jam", "pukul", "yang", "saya", "ini"]
)
# A column headed by the word for a code: "No | Kode MK | Nama MK" over "1 | TRE 3104 | Elektronika Daya".
_CODE_HEADER = re.compile(r"(?i:(?:kode|kd|code)\b.{0,20}|(?:course|subject)\s+(?:id|code)\b.{0,10})")
_RULE_ROW = re.compile(r"[\s|:-]+")

# Places and times a capitalised word beside a code may be: "GU 704 Gedung Utama", "Senin GU 805", "SK 1234 Tahun".
_PLACE_WORDS = (
    r"ruang|ruangan|r\.|room|gedung|gd\.?|building|lab|laboratorium|laboratory|lantai|lt\.?|floor|level|aula|hall"
    r"|studio|bengkel|workshop|kampus|campus|jalan|jl\.?"
)
_NOT_A_NAME = re.compile(
    rf"(?i:{_PLACE_WORDS}|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november"
    r"|desember|january|february|march|may|june|july|august|october|december|pukul|jam|tahun|year|nomor|wib"
    r"|wita|wit|tentang|pasal|politeknik|polibatam|batam|universitas|university)$"
)
# A place before the code, or the code's bracket naming one: "di GU 704", "ke GU 805", "GU 704 (Lab Basis Data)".
_AT_A_PLACE_BEFORE = re.compile(rf"(?i:\b(?:di|ke|at|in|{_PLACE_WORDS}))\s*$")
_PLACE_IN_BRACKETS_AFTER = re.compile(rf"\s*[(,]\s*(?i:{_PLACE_WORDS})(?![\w])")
_NAME_WORD = r"(?:[A-Z][a-z]{2,}|[A-Z]{2,}|I{1,3}|IV|\d|dan|&|and|of|for)"
# Capitalised words right before the code on its line: "Basis Data IF 2204", "Sistem Kendali Digital TRE-3201", in
# apposition ("Basis Data, IF 2204, mohon"), in brackets with the class ("Basis Data (IF 2204 / TI-2A)"), in square
# brackets ("Sistem Operasi [TI.2202]"), in a form's capitals ("BASIS DATA - IF 2204"), in a row of cells ("Sistem
# Kendali | TRE 3201 / TI-3A").
_NAME_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(,;:]))((?:[A-Z][a-z]{{2,}}|[A-Z]{{3,}})(?:[ \t]+{_NAME_WORD}){{0,5}})"
    r"(?:[ \t]+|,[ \t]+|[ \t]*[(\[][ \t]*|[ \t]+[-\u2013/][ \t]*|/[ \t]*|[ \t]*\|[ \t]*)$"
)
# The name right after the code: "Tre3201 Sistem Kendali", "IF-2105 Struktur Data", "RPL 3104: Interaksi ...".
# ("[TRPE.4202] Sistem Proteksi": after the code's own closing bracket too)
_NAME_AFTER = re.compile(r"[)\]]?(?:\s*[-\u2013:|]\s*|\s+\(\s*|[ \t]+)([A-Z][a-z]{2,}|[A-Z]{3,}(?![\w-]))")

# The code as the course noun's modifier: "the CS 2204 course page", "my acc-1102 class".
_COURSE_NOUN_AFTER = re.compile(r"[ \t]+(?i:course|class|module|matkul|mata\s+kuliah)\b")


def in_code_column(source: str, start: int) -> bool:
    """The code fills a table cell under a header naming codes (a DOCX/ODT row "a | b", an HTML table's text)."""
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", start)
    line = source[line_start : line_end if line_end >= 0 else len(source)]
    # Cells apart by bars, or by tabs as a spreadsheet's rows are pasted.
    bar = "|" if "|" in line else "\t" if "\t" in line else None
    if bar is None:
        return False
    column = line[: start - line_start].count(bar)
    # The header is looked for in the rows just above, so a long table stays cheap to read.
    lines = source[max(0, line_start - 3000) : line_start].split("\n")[:-1]
    header = None
    while lines and bar in lines[-1]:
        candidate = lines.pop()
        if not _RULE_ROW.fullmatch(candidate):
            header = candidate
    cells = header.split(bar) if header else []
    return column < len(cells) and bool(_CODE_HEADER.fullmatch(cells[column].strip()))


def cued(source: str, start: int) -> bool:
    """A word for a code or a course right before it, or a column of codes it stands in."""
    before = source[max(0, start - 60) : start]
    if CUE.search(before[-45:]) or _NOUN_THEN_CODE_WORD.search(before[-30:]) or in_code_column(source, start):
        return True
    lower_case_name = _CUE_THEN_LOWER_CASE_NAME.search(before[-50:])
    if lower_case_name and not set(lower_case_name.group(1).split()) & _NOT_IN_NAME:
        return True
    named = _CUE_THEN_NAME.search(before)
    return bool(named and not any(_NOT_A_NAME.fullmatch(word) for word in named.group(1).split()))


_CODE_WORD = re.compile(
    r"(?i:kode|kdoe|\bkd|code|\bmk\b|m\.k|matkul|makul|mata\s*kuliah|matakuliah|number|nomor|\bid\b)"
)


def labelled_as_code(source: str, start: int) -> bool:
    """A label with the word for a code or a course's number right before it ("Kode MK:", "KODE"), not a class's."""
    cue = CUE.search(source[max(0, start - 45) : start])
    return bool(cue and _CODE_WORD.search(cue.group(0)))


def at_a_place(source: str, start: int) -> bool:
    return bool(_AT_A_PLACE_BEFORE.search(source[max(0, start - 30) : start]))


def beside_name(source: str, start: int, end: int) -> bool:
    """A course name next to the code, not a place, a day or a month."""
    before = source[max(0, start - 60) : start]
    after = source[end : end + 40]
    if at_a_place(source, start) or _PLACE_IN_BRACKETS_AFTER.match(after):
        return False
    if _COURSE_NOUN_AFTER.match(after):
        return True
    named_after = _NAME_AFTER.match(after)
    if named_after and not _NOT_A_NAME.fullmatch(named_after.group(1)):
        return True
    named_before = _NAME_BEFORE.search(before.rsplit("\n", 1)[-1])
    if named_before and not any(_NOT_A_NAME.fullmatch(word) for word in named_before.group(1).split()):
        return True
    # "Keamanan Aplikasi - RPL 3104", "Akuntansi Keuangan / AK-2104"
    return bool(re.search(r"[a-z]{3,}\s+[-\u2013/]\s*$", before))


def name_before(source: str, start: int) -> bool:
    """Capitalised words of a name right before the code's bracket, maybe in quotes: '"Maritime English" (MEP-03)'."""
    before = re.sub(r"[\"”’'][ \t]*([(\[][ \t]*)$", r" \1", source[max(0, start - 60) : start].rsplit("\n", 1)[-1])
    named = _NAME_BEFORE.search(before)
    return named is not None and not any(_NOT_A_NAME.fullmatch(word) for word in named.group(1).split())


def bracketed(source: str, start: int, end: int) -> bool:
    """Round or square brackets alike: "Mikrokontroler [TRE-2203]", "Basis Data Lanjut (if3102)"."""
    return source[max(0, start - 30) : start].rstrip()[-1:] in ("(", "[") and source[end : end + 30].lstrip()[:1] in (
        ")",
        "]",
    )


_PLACE_WORD = re.compile(
    r"(?i:ruang(?:an)?|r\.|room|gedung|gd\.?|building|lab(?:oratorium|oratory)?|aula|hall|studio"
    r"|bengkel|workshop)"
)
_RUN_WORD = r"(?:[A-Z0-9][\w.-]*|(?i:lantai|lt\.?|floor|level|ruang(?:an)?|r\.|room|gedung|gd\.?|lab|bengkel))"
# The capitalised words right before a code's bracket, maybe across a line break: "Lab Komputer 3 (", "Computer
# Networks Lab (", "Gedung Utama lantai 8\n(".
_RUN_BEFORE_BRACKET = re.compile(rf"({_RUN_WORD}(?:[ \t]+{_RUN_WORD}){{0,5}})\s*\(\s*$")
_LOCATIVE = frozenset(["di", "ke", "at", "in", "to", "dari", "from", "menuju", "pindah", "moved"])
_COURSE_WORD = frozenset(["course", "kursus", "mk", "matkul", "kuliah", "pengampu", "modul", "module", "praktikum"])


def place_named_before(source: str, start: int) -> bool:
    """A place named before the code's bracket: "di Lab Komputer 3 (GU 805)", "Gedung Utama lantai 8 (GU 804)". A
    course whose name ends in a place word is no place ("Embedded Systems Lab (EMB 3201)"), nor one named after a
    course word ("pengampu Studio Desain Grafis (DKV-2104)")."""
    before = source[max(0, start - 80) : start]
    run = _RUN_BEFORE_BRACKET.search(before)
    if not run:
        return False
    words = run.group(1).split()
    heads = [i for i, word in enumerate(words) if _PLACE_WORD.fullmatch(word)]
    if not heads:
        return False
    lead = [word.lower() for word in before[: run.start()].split()[-2:]]
    if set(lead) & _LOCATIVE:
        return True
    return heads[0] == 0 and not (lead and lead[-1] in _COURSE_WORD)
