"""A grammar of course-data change requests: field cue, change verb or delimiter, then a value of that field's shape.

Each found value keeps the cue and the span it was read from. A value that does not have its field's shape (a
credit count that is not a number, a class that is not a class code) is not claimed: precision first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from daemon.classify.asking import not_yet, supposed, unsure
from daemon.classify.tables import read_table_rows
from daemon.classify.values import VALUE_READERS, clean_value
from daemon.classify.wording import sentence_around, unwrap

# Field cues, Indonesian and English with the usual typos; the more specific ones first, since the first
# alternative that matches at a position wins ("nama dosen" is the lecturer, a bare "nama" the course).
_COURSE = r"(?:mata\s?kuliah|matakuliah|matkul|makul|mk|m\.k\.|course|kursus|mata\s?kuliahnya|mknya|matkulnya)"
_CUES: tuple[tuple[str, str], ...] = (
    (
        "enrolment_key",
        r"enrol(?:l)?(?:ment|emnt|men)?[\s-]?key|kunci\s(?:pendaftaran|enrol(?:l)?(?:ment)?|masuk)|"
        r"self[\s-]enrol(?:l)?ment\s(?:key|password)|enrol(?:l)?ment\spassword|password\s(?:enrol(?:l)?(?:ment)?|"
        r"course|kelas|mk)|(?:pw|pass)\s?enrol(?:l)?(?:ment)?|kode\s(?:enrol(?:l)?(?:ment)?|pendaftaran|akses|masuk|gabung)|key\senrol(?:l)?(?:ment)?|"
        r"kata\s(?:kunci|sandi)\s(?:kelas|enrol(?:l)?(?:ment)?|pendaftaran|course|mk)|access\s(?:key|code)|"
        r"enrolkey|kunci(?:nya)?",
    ),
    (
        "lecturer",
        r"dosen\s(?:p(?:e)?ngampu|p(?:e)?ngajar)(?:nya)?|nama\sdosen(?:nya)?|p(?:e)?ngampu(?:nya)?|p(?:e)?ngajar(?:nya)?|"
        r"dosen(?:nya)?|dsn|lecturer(?:'?s)?(?:\s(?:in\scharge|names?))?|(?:instructor|teacher)(?:'?s)?\snames?|instructor|instruktur|tutor|teacher|team\steaching|teaching\steam|"
        r"diampu\soleh",
    ),
    (
        "shortname",
        r"nama\s(?:singkat|pendek)|short[\s-]?name|kode\s(?:" + _COURSE + r"|singkat)|course\scode|"
        r"shortname|singkatan|kode(?:nya)?",
    ),
    (
        "class",
        r"nama\skelas|kelas(?:nya)?|kls(?:nya)?|klas|class(?:\s(?:name|section|group))?|rombel|section",
    ),
    (
        "semester",
        r"tahun\s(?:ajaran|akademik)(?:nya)?|thn\s(?:ajaran|akademik)|academic\s(?:year|term)|semester(?:nya)?|"
        r"smt|smstr|smester|periode",
    ),
    ("credits", r"jumlah\ssks|bobot(?:\ssks)?|skss?(?:-?nya)?|credit(?:s|\shours|\sunits)?"),
    (
        "summary",
        r"deskripsi(?:\s(?:singkat|" + _COURSE + r"))?|description|summary|ringkasan|sinopsis|"
        r"course\s(?:overview|description)",
    ),
    (
        "fullname",
        r"(?:nama|nm|nma)\s(?:lengkap\s)?" + _COURSE + r"(?:\s?nya)?|nama\slengkap|judul\s" + _COURSE + r"|"
        r"course\s(?:full\s?)?(?:name|title)|full[\s-]?name|title\sof\sthe\scourse|rename[ds]?|"
        r"(?:ganti|ubah)\snama(?!\s(?:singkat|pendek|dosen|kelas|pengampu|pengajar))|namanya|nama|name|(?:be|is|being)\s(?=(?:called|named)\s[A-Z\"“])",
    ),
)
_CUE = re.compile(
    r"(?P<before>\b(?:new|old|current|correct|proposed|previous|the|its|their|baru|lama)\s+)?"
    + "(?:"
    # "nama singkatnya", "SKS-nya": the possessive suffix belongs to the cue.
    + "|".join(f"\\b(?P<f{index}>(?:{pattern})(?:[\\s-]?nya)?)\\b" for index, (_, pattern) in enumerate(_CUES))
    + r")(?P<after>(?:\s*\(?(?:baru|lama|sekarang|saat\sini|yg\sbaru|yang\sbaru|usulan|"
    r"semula|sebelumnya|tertulis|old|new|current|sebelum|sesudah|setelah|pengganti|replacement)(?:nya)?\)?)?)",
    re.IGNORECASE,
)
_NEW_SIDE = re.compile(r"\b(?:baru|new|yang\sbaru|yg\sbaru|usulan|sesudah|setelah)(?:nya)?\b", re.IGNORECASE)
# "Dosen pengganti untuk MK ini adalah X": a cue that names the replacement may have its label further on.
_REPLACEMENT = re.compile(r"\b(?:pengganti|replacement)(?:nya)?\b", re.IGNORECASE)
_OLD_SIDE = re.compile(r"\b(?:old|current|previous|lama|sekarang|saat\sini|semula|sebelumnya|tertulis|sebelum)\b", re.I)

# What stands between a cue and its new value. Each is a named way of writing it, kept as the value's source.
_STRONG_TO = r"menjadi|mnjadi|menjdi|mjd|mnjd|mjdi|jadi|jdi|jd|into"
_CHANGE_VERB = (
    r"di\s?ubah|dirubah|ubah|rubah|d?i?ubh|dirubh|di\s?ganti|ganti|gnti|dganti|dgnti|dijadikan|diupdate|update[d]?|change[d]?|set|diset|"
    r"dipindah(?:kan)?|pindah(?:kan)?|move[d]?|revisi|direvisi|koreksi|dikoreksi|perbaiki|diperbaiki|correct(?:ed)?|"
    r"fix(?:ed)?|rename[d]?|edit(?:ed)?|diedit|adjust(?:ed)?|disesuaikan|sesuaikan|replace[d]?|switch(?:ed)?|"
    r"amend(?:ed)?|modif(?:y|ied)|alter(?:ed)?|reset|revise[d]?|(?:di)?perbaha?rui|(?:di)?tukar"
)
_CONNECTORS: tuple[tuple[str, str], ...] = (
    ("arrow", r"(?:->|-->|→|=>|⇒|»|>>)"),
    ("colon at line end", r":[ \t]*(?=\n)"),
    ("label", r"\s*(?:\([^)\n]{0,20}\))?(?:\s(?:please|pls|ya))?\s*(?:[:=|]|adalah\b|yaitu\b|is\b)"),
    (
        "should be",
        r"\b(?:seharusnya|harusnya|hrsnya|hrs\snya|hrusnya|harus|hrs|(?:(?:needs?|has|have|ought)\s)?to\sbe|sharusnya|semestinya|mestinya|yang\sbenar(?:nya)?|"
        r"yg\sbenar(?:nya)?|yg\sbener|yang\sbener|benarnya|sebenarnya|should\s(?:be|read|say)|must\sbe|to\s(?:read|say)|"
        r"is\ssupposed\sto\sbe|correct\s(?:[\w-]+\s){0,4}?(?:is|would\sbe))\b(?:\s(?:adalah|adlh|yaitu|itu|is))?",
    ),
    (
        "as follows",
        r"\b(?:(?:dengan|with|menjadi|to|as|sbb|seperti)\s)?(?:(?:teks|text|kalimat|isi|versi|bunyi|yang|"
        r"paragraf|paragraph|deskripsi|description|ringkasan|summary)\s)?"
        r"(?:berikut(?:\sini)?|below|as\sfollows|the\sfollowing|sebagai\sberikut|sbb)(?:\s*\([^)\n]{0,120}\))?"
        r"(?:\s(?:ya|yah|ini|please|pls))?\s*:?",
    ),
    (
        "new:",
        r"(?<![\w-])(?:new|baru|yang\sbaru|yg\sbaru|menjadi|sesudah|after|usulan|correct|benar|seharusnya|"
        r"(?:sesuai|menurut|according\sto|as\sper)\s[^:\n]{1,30})\s*:",
    ),
    (
        "written as",
        r"(?<!masih\s)(?<!still\s)\b(?:ditulis|dituliskan|dinamai|dinamakan|diberi\snama|named|labell?ed|"
        r"called)\b",
    ),
    ("not X but Y", r"\b(?:bukan|not|instead\sof)\b[^\n]{1,80}?\b(?:tapi|tetapi|tp|melainkan|but)\b"),
    ("from X to Y", r"\b(?:dari|from)\b[^\n]{1,80}?\b(?:ke|to|" + _STRONG_TO + r")\b"),
    (
        "was X, now Y",
        r"\b(?:sebelumnya|semula|dulunya|dulu|previously|formerly)\b[^\n]{1,60}?[,;]?\s(?:sekarang|kini|now)\b",
    ),
    ("changed to", r"\b(?:" + _STRONG_TO + r")\b"),
    # "diubah ... dengan X", but never past a "menjadi" of its own ("diubah menjadi X agar sama dengan Y").
    (
        "changed to",
        r"\b(?:"
        + _CHANGE_VERB
        + r")\b(?:\s+(?!(?:"
        + _STRONG_TO
        + r")\b)\S+){0,4}?\s+(?:ke|k|to|dengan|dgn|with|by|oleh|sama|sm)\b",
    ),
    (
        "changed to",
        r"\b(?:diganti|diubah|dirubah|ganti|ubah|dganti|diubh|ubh|replace[d]?|rename(?:\s(?:it|this|the\scourse))?)"
        r"(?:\s(?:saja|aja|juga|please|pls))?\s+"
        r"(?=[\"“'‘A-Z])",
    ),
    (
        "taken over by",
        r"\b(?:digantikan|diganti|replaced|taken\sover|diampu|diajar|dipegang|taught|handled|"
        r"dialihkan|dilanjutkan)\s+(?:oleh|by|ke|kepada|to)\b",
    ),
    ("copula", r"(?<=nya)\s+(?=[\"“'A-Z0-9])"),
    ("verb colon", r"\b(?:" + _CHANGE_VERB + r")(?:kan)?\s*:[ \t]*(?=\S)"),
    ("make it", r"\bmake\s(?:it|that|them)\b"),
    ("will be", r"\b(?:will\sbe|akan\sdiampu\soleh)\s+(?=[A-Z])"),
)
_CONNECTOR = re.compile("|".join(f"(?P<c{index}>{pattern})" for index, (_, pattern) in enumerate(_CONNECTORS)), re.I)
# How far after a cue its connector may be: a sentence and a little more ("Nama MK-nya salah. Mohon diubah jadi X").
_REACH = 160


@dataclass(frozen=True)
class FoundChange:
    """One requested change: the field, its new value, and where in the text it was read."""

    field: str
    value: str
    cue: str
    start: int
    end: int
    # A bare labelled value ("Nama MK: X") may be the current one naming the course; a value after a change verb,
    # an arrow or "should be" is not.
    weak: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def reason(self) -> str:
        return f"changes.{self.field} = {self.value!r} from {self.cue!r} at {self.start}-{self.end}"


def _connectors(text: str, start: int, end: int) -> Iterator[tuple[str, re.Match[str]]]:
    """Every connector from `start`, overlapping ones too: when "diperbaiki ... dengan" leads to no value, the
    "menjadi" inside it may."""
    while connector := _CONNECTOR.search(text, start, end):
        yield next(_CONNECTORS[int(name[1:])][0] for name, value in connector.groupdict().items() if value), connector
        start = connector.start() + 1


def _cues(text: str) -> list[tuple[str, re.Match[str]]]:
    found = []
    for match in _CUE.finditer(text):
        index = next(int(name[1:]) for name, value in match.groupdict().items() if value and name[0] == "f")
        found.append((_CUES[index][0], match))
    return found


def _cue_field_start(match: re.Match[str]) -> int:
    return next(match.start(name) for name, value in match.groupdict().items() if value and name[0] == "f")


def _is_old_side(match: re.Match[str]) -> bool:
    return bool(_OLD_SIDE.search((match.group("before") or "") + " " + (match.group("after") or "")))


_VERB_CUE = re.compile(r"rename[ds]?|ganti\snama|ubah\snama", re.IGNORECASE)
# "rename it to X", and "rename it X" without the "to".
_TO = re.compile(r"(?<!\S)(?:ke|to|as|into|dengan|with)\b|(?<!\S)it\b(?!\s+(?:to|as|into)\b)", re.IGNORECASE)
_VERB_LEAD = re.compile(r"\b(?:" + _CHANGE_VERB + r")(?:kan|lah)?\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
# "change the full name to X and the short name to Y", "semester diset ke X dan SKS ke 3": a cue coordinated after
# an earlier change in its sentence shares that change's verb.
_COORDINATED = re.compile(r"(?:\b(?:dan|and|serta|juga|also)|,)\s+(?:(?:the|its|juga|also)\s+)?$", re.IGNORECASE)
_VERB_IN_SENTENCE = re.compile(r"\b(?:" + _CHANGE_VERB + r")\b", re.IGNORECASE)
# "dipindah ke semester Genap 2025/2026", "diubah jadi kelas IF-2C": the verb comes before the cue.
_VERB_BEFORE = re.compile(
    r"\b(?:(?:" + _CHANGE_VERB + r")(?:kan)?(?:\s+\S+){0,3}?\s+(?:ke|to|into|jadi|menjadi)|" + _STRONG_TO + r")\s+"
    r"(?:(?:the|kategori|category)\s+)?$",
    re.IGNORECASE,
)
_SHAPED = frozenset({"semester", "class", "credits", "shortname", "enrolment_key"})
# "menjadi 3 SKS": the credit count stands before its cue.
_COUNT_BEFORE = re.compile(
    r"\b(?:" + _STRONG_TO + r"|ke|to|seharusnya|harusnya|hanya|cuma|only|is|be|sebanyak|berbobot)\s+(\d{1,2})\s*$",
    re.IGNORECASE,
)


def _describe(text: str, cue: re.Match[str], connector_end: int, connector: str) -> str:
    cue_text = " ".join(text[_cue_field_start(cue) : connector_end].split())
    if len(cue_text) > 60:
        cue_text = f"{' '.join(text[_cue_field_start(cue) : cue.end()].split())} … {connector.strip()}"
    return cue_text


_TABLE_BELOW = re.compile(r"\s*\n\s*[^\n|]*\|")
_LABELLED_LINE = re.compile(r"\s*\n\s*(?:[-•*]|\d{1,2}[.)])?\s*[A-Za-z][\w ./()-]{0,30}\s*(?::|=(?!>))")
_SIDES = re.compile(
    r"[ \t]*(?:(?:old|lama|current|sekarang|semula)[ \t]*:?[ \t]+\S+[ \t]*(?:->|-->|→|=>|,|;)?[ \t]*)?"
    r"(?:new|baru)[ \t]*:?[ \t]+",
    re.IGNORECASE,
)
_ARROW_AFTER = re.compile(r"[ \t]*(?:->|-->|→|=>|⇒|>>)[ \t]*")
# "SKS: 3 (seharusnya 2)", "Bapak Rudi, sekarang Ibu Dewi": a correction right after a value makes it the old one.
_CORRECTED_AFTER = re.compile(
    r"(?:[ \t]*(?:\(|[,;])?[ \t]*(?:seharusnya|harusnya|hrsnya|mestinya|semestinya|yang\sbenar|yg\sbenar|"
    r"should\sbe|correct\sis)\b|[ \t]+(?:menjadi|mjd|(?:di)?ganti(?:kan)?(?:\s(?:oleh|dengan|menjadi|jadi|ke))?|"
    r"replaced\s(?:by|with))\b)[ \t]*(?:adalah\b|:)?[ \t]*",
    re.IGNORECASE,
)
# "ganti pak Joko jadi bu Sinta", "kelas TI-2A, sekarang TI-2B": the value is the old one only when a new value of
# the same field follows ("dipindah ke Genap, sekarang masih tercatat Ganjil" keeps Genap).
_MAYBE_CORRECTED_AFTER = re.compile(
    r"(?:[ \t]*[,;][ \t]*(?:sekarang|kini|now)|[ \t]+(?:jadi|jd|ke|to|into))[ \t]+", re.I
)
_OLD_BEFORE = re.compile(
    r"\b(?:sebelumnya|semula|previously|formerly|currently|masih|tertulis|tercantum|tertera|saat\sini|yang\slama|"
    r"yg\slama)\s*(?:[:=]|adalah|yaitu|is)?\s*(?:(?:Bapak|Ibu|Pak|Bu|Mr|Mrs|Ms)\.?\s+)?[\"“'‘]?$",
    re.IGNORECASE,
)


def _value_at(text: str, field: str, start: int, limit: int) -> tuple[str, int, int] | None:
    """The field's value read from `start`: (value, where it starts, where it ends)."""
    # "key: old X -> new Y", "kelas: lama X, baru Y": the side words say which value is which.
    if side := _SIDES.match(text, start, limit):
        start = side.end()
    read = VALUE_READERS[field](text, start, limit)
    if read is None or not clean_value(read[0]):
        return None
    # "kelas: IF-2C -> IF-2C Malam": what stands before an arrow is the old value; "Old: X" is a label.
    if arrow := _ARROW_AFTER.match(text, read[1]) or _CORRECTED_AFTER.match(text, read[1]):
        return _value_at(text, field, arrow.end(), limit)
    if (maybe := _MAYBE_CORRECTED_AFTER.match(text, read[1])) and (later := _value_at(text, field, maybe.end(), limit)):
        return later
    if text[read[1] : read[1] + 1] == ":":
        return None
    value = clean_value(read[0])
    # A field's name is never its value ("Nama MK Baru| Dosen Baru": the next cell of a header row).
    if any(match.group(0) == value for _, match in _cues(value)):
        return None
    found = text.find(value, start, read[1])
    return value, found if found >= 0 else start, read[1]


def _find_change(text: str, field: str, cue: re.Match[str]) -> FoundChange | None:
    """The first connector after the cue (same paragraph, within reach) followed by a value of the field's shape,
    in a clause that asks for it ("sudah diganti jadi X tapi seharusnya Y" is Y)."""
    cue_start = _cue_field_start(cue)

    def asked(change: FoundChange, connector_start: int) -> FoundChange | None:
        return None if unsure(text, cue_start, connector_start, change.span) else change

    if field == "credits" and (count := _COUNT_BEFORE.search(text, max(0, cue_start - 40), cue_start)):
        change = FoundChange(
            field,
            count.group(1),
            f"count before cue: {count.group(0).strip()} {cue.group(0)}",
            count.start(1),
            count.end(1),
        )
        return asked(change, count.start())
    verb = _VERB_BEFORE.search(text, max(0, cue_start - 40), cue_start) if field in _SHAPED else None
    if verb and (read := _value_at(text, field, cue.end(), len(text))):
        source = f"verb before cue: {verb.group(0).strip()} {cue.group(0)}"
        return asked(FoundChange(field, read[0], source, read[1], read[2]), verb.start())
    # "Kunci barunya SO-genap26", "the new key abc123": a cue that names the new value is followed by it.
    if _NEW_SIDE.search(cue.group("after") or "") and (read := _value_at(text, field, cue.end(), len(text))):
        source = f"new value named: {cue.group(0).strip()}"
        return asked(FoundChange(field, read[0], source, read[1], read[2]), cue_start)
    paragraph_end = text.find("\n\n", cue.end())
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    window_end = min(len(text), cue.end() + _REACH, paragraph_end)
    if text[cue.end() : paragraph_end].rstrip().endswith(":"):
        # "Please update the lecturer ...:\n\nOld: X\n\nNew: Y": the values follow in the next paragraphs.
        window_end = min(len(text), paragraph_end + _REACH)
    # "rename it to X", "change the semester to X", "ganti nama MK IF302 ke X": the verb leads, "to" follows.
    verb_leads = (
        _VERB_CUE.fullmatch(cue.group(f"f{len(_CUES) - 1}") or "")
        or _VERB_LEAD.search(text, max(0, cue_start - 30), cue_start)
        or (
            _COORDINATED.search(text, max(0, cue_start - 12), cue_start)
            and _VERB_IN_SENTENCE.search(text, sentence_around(text, cue_start)[0], cue_start)
        )
    )
    labelled = re.match(r"\s*[:=]", text[cue.end() :])
    to = _TO.search(text, cue.end(), min(window_end, cue.end() + 40)) if verb_leads and not labelled else None
    if to and (read := _value_at(text, field, to.end(), len(text))):
        description = _describe(text, cue, to.end(), to.group(0))
        if found := asked(FoundChange(field, read[0], f"changed to: {description}", read[1], read[2]), cue_start):
            return found
    for kind, connector in _connectors(text, cue.end(), window_end):
        if kind == "label" and connector.start() != cue.end() and not _REPLACEMENT.search(cue.group("after") or ""):
            continue
        # "SKS-nya 3": a bare value after the cue's own "-nya", only for a person or a number, whose shapes are
        # checked ("nama dosennya, yang sebelumnya X" is not one).
        if kind == "copula" and (field not in ("lecturer", "credits") or connector.start() != cue.end()):
            continue
        # "the lecturer ... will be Ir. X": a future tense names a new person, never a new name or text.
        if kind == "will be" and field != "lecturer":
            continue
        # "ganti nama matkul:\nnama lama : X\nnama baru : Y": labelled lines below are read by their own cues.
        # A table below is read by the table reader.
        if kind in ("colon at line end", "as follows") and (
            _LABELLED_LINE.match(text, connector.end()) or _TABLE_BELOW.match(text, connector.end())
        ):
            continue
        # A connector whose value is not of the field's shape ("jadi mohon dibantu") is not this change;
        # a later one in the sentence may be. Nor is a value said to be the current one ("yang sebelumnya X").
        read = _value_at(text, field, connector.end(), len(text))
        if read is None or _OLD_BEFORE.search(text, max(connector.start(), read[1] - 30), read[1]):
            continue
        description = _describe(text, cue, connector.end(), connector.group(0))
        weak = kind in ("label", "copula") and not text[connector.end() : read[1]].strip(" \t\n:|\"“'‘")
        source = f"{kind}: {description}"
        if found := asked(FoundChange(field, read[0], source, read[1], read[2], weak), connector.start()):
            return found
    return None


def _after_old_value(text: str, field: str, cue: re.Match[str]) -> FoundChange | None:
    """A cue that names the current value ("Nama singkat saat ini: X. Mohon diperbaiki menjadi Y", "kelas tertulis
    X, seharusnya Y"): only a connector that says a new value follows is read, in the same paragraph."""
    paragraph_end = text.find("\n\n", cue.end())
    window_end = min(len(text), cue.end() + _REACH, len(text) if paragraph_end < 0 else paragraph_end)
    for kind, connector in _connectors(text, cue.end(), window_end):
        if kind in _SAYS_NEW_VALUE and (read := _value_at(text, field, connector.end(), len(text))):
            description = _describe(text, cue, connector.end(), connector.group(0))
            change = FoundChange(field, read[0], f"{kind} after the current value: {description}", read[1], read[2])
            if not unsure(text, _cue_field_start(cue), connector.start(), change.span):
                return change
    return None


def _overlaps(one: FoundChange, other: FoundChange) -> bool:
    return one.start < other.end and other.start < one.end


# A class code or a semester is recognisable by its shape alone: "Mhn diubah jadi MB-2B Malam ya".
_SHAPE_ALONE = ("class", "semester")


def _shaped_without_cue(text: str, found: dict[str, FoundChange], mentioned: set[str]) -> list[FoundChange]:
    extra: list[FoundChange] = []
    for connector in _CONNECTOR.finditer(text):
        kind = next(_CONNECTORS[int(name[1:])][0] for name, value in connector.groupdict().items() if value)
        if kind in ("label", "copula", "as follows", "written as", "will be"):
            continue
        for field in _SHAPE_ALONE:
            if field in found or field not in mentioned or any(field == change.field for change in extra):
                continue
            read = _value_at(text, field, connector.end(), len(text))
            if read is None:
                continue
            change = FoundChange(
                field,
                read[0],
                f"{field} by its shape after {kind}: {connector.group(0).strip()}",
                read[1],
                read[2],
            )
            if unsure(text, connector.start(), connector.start(), change.span):
                continue
            if not any(_overlaps(change, other) for other in [*found.values(), *extra]):
                extra.append(change)
    return extra


_LABEL_LINE = re.compile(r"[ \t]*(?:[-•*]|\d{1,2}[.)])?[ \t]*[A-Za-z][\w ./()-]{0,40}?[ \t]*[:=|]")


def _line_of(text: str, position: int) -> str:
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1 : len(text) if end < 0 else end]


def _identifies_the_course(flat: str, change: FoundChange, course_code: str) -> bool:
    """Whether a labelled value stands in a block of labelled lines that names the course by its code ("Kode MK :
    EL2105 / Nama MK : Rangkaian Listrik 2 / Dosen : X"): the block identifies the course, it asks for nothing."""
    lines = flat.split("\n")
    index = flat.count("\n", 0, change.start)
    if not _LABEL_LINE.match(lines[index]):
        return False
    block = [index]
    for step in (-1, 1):
        position, blanks = index + step, 0
        while 0 <= position < len(lines) and blanks <= 1:
            if not lines[position].strip():
                blanks += 1
            elif _LABEL_LINE.match(lines[position]):
                blanks = 0
                block.append(position)
            else:
                break
            position += step
    # "Kode MK : EL2105" on a line of its own, or "Nama Mata Kuliah : Logika Informatika (TI1104)"; not a line that
    # changes the code ("Short name: GM3101 -> GM3101-SIG").
    code = re.compile(
        rf"[^:=|\n]*[:=|]\s*(?:{re.escape(course_code)}|[^\n]*\({re.escape(course_code)}\))\s*$", re.IGNORECASE
    )
    return any(code.match(lines[line]) for line in block)


def _from_text(flat: str, course_code: str | None) -> dict[str, FoundChange]:
    """Each cue looks for its own connector and value; when two cues reach the same value ("saya dosen ...; kode
    menjadi AKM2201"), the cue nearer to it wins."""
    cues = _cues(flat)
    candidates: list[tuple[int, FoundChange]] = []
    for field, cue in cues:
        change = _after_old_value(flat, field, cue) if _is_old_side(cue) else _find_change(flat, field, cue)
        if change is None or (field == "shortname" and course_code and change.value.upper() == course_code.upper()):
            continue
        # A row of a table with three or more cells is the table reader's: read by its cue, the bar before the
        # old value would look like a label ("Dosen pengampu | Budi Santoso | Ratna Dewi").
        if _line_of(flat, change.start).count("|") >= 2:
            continue
        candidates.append((_cue_field_start(cue), change))
    kept: list[FoundChange] = []
    for cue_start, change in candidates:
        rivals = [start for start, other in candidates if other is not change and _overlaps(change, other)]
        if any(start > cue_start for start in rivals):
            continue
        kept.append(change)
    found: dict[str, FoundChange] = {}
    for row in read_table_rows(flat, _cues):
        found.setdefault(row[0], FoundChange(*row))
    # A field's value after a change verb wins over a bare labelled one ("Nama MK : X ... mohon diubah menjadi Y").
    for change in sorted(kept, key=lambda change: (change.weak, change.start)):
        if not (change.weak and course_code and _identifies_the_course(flat, change, course_code)):
            found.setdefault(change.field, change)
    for change in _shaped_without_cue(flat, found, {field for field, _ in cues}):
        found[change.field] = change
    return found


_SAYS_NEW_VALUE = frozenset(
    {"should be", "changed to", "not X but Y", "from X to Y", "was X, now Y", "arrow", "make it"}
)


def _field_named_in_subject(text: str, subject: str) -> dict[str, FoundChange]:
    """A reply that says only "It should be X" about the one field its subject names ("Course rename IF302")."""
    named = {field: cue for field, cue in _cues(subject) if not _is_old_side(cue)}
    if len(named) != 1:
        return {}
    ((field, cue),) = named.items()
    for connector in _CONNECTOR.finditer(text):
        kind = next(_CONNECTORS[int(name[1:])][0] for name, value in connector.groupdict().items() if value)
        if kind in _SAYS_NEW_VALUE and (read := _value_at(text, field, connector.end(), len(text))):
            source = f"{kind}: {connector.group(0).strip()}, the field named in the subject ({cue.group(0).strip()})"
            change = FoundChange(field, read[0], source, read[1], read[2])
            return {} if unsure(text, connector.start(), connector.start(), change.span) else {field: change}
    return {}


_SPACES = {0xA0: " ", 0x2007: " ", 0x202F: " "}


def find_changes(text: str, course_code: str | None = None, subject: str = "") -> tuple[FoundChange, ...]:
    """Every field -> new value the text asks for, in reading order; at most one value per field. The subject
    completes what the text does not say (its spans count from the subject's start)."""
    # A no-break space (Gmail's plain text of an "&nbsp;") is a space: one character for one, offsets stay.
    flat = unwrap(text.translate(_SPACES))
    subject = subject.translate(_SPACES)
    if not_yet(flat):
        return ()
    found = {
        field: change for field, change in _from_text(flat, course_code).items() if not supposed(flat, change.start)
    }
    if not found and subject:
        found = _field_named_in_subject(flat, subject)
    for field, change in _from_text(subject, course_code).items():
        if field not in found:
            found[field] = FoundChange(field, change.value, f"subject, {change.cue}", change.start, change.end)
    return tuple(sorted(found.values(), key=lambda change: change.start))
