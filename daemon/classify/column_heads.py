"""The words that head a column or label a record's line in a table of course changes ("Nama MK Lama", "Short name
baru", "New title", "nama_usulan", "Tertulis di e-learning"): which field it names, and whether its values are the
current ones or the new ones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Side(Enum):
    NEW = "new"
    OLD = "old"
    PLAIN = "plain"


@dataclass(frozen=True)
class Head:
    """What a heading names: a change field, "code" (the course's code, which only identifies it), or None for a
    column of values named only by its side ("Seharusnya", "Before"), and the side."""

    field: str | None
    side: Side


# Side words, with the usual typos ("lma", "bru"); "yang benar" and "should be" say the value wanted.
_NEW = re.compile(
    r"\b(?:baru|bru|new|usulan|diusulkan|pengganti|proposed|seharusnya|harusnya|menjadi|sesudah|setelah|after|"
    r"updated|revised|revisi|koreksi|corrected|(?:yang|yg)\s+(?:benar|betul|baru)|should\s+be|to\s+be|requested|"
    r"diminta|target|replacement|perbaikan|should\s+(?:read|say|show)|must\s+be|ought\s+to\s+be|desired|intended|"
    r"wanted|correct|benar|betul)\b"
)
_OLD = re.compile(
    r"\b(?:lama|lma|lm|old|current(?:ly)?|saat\s+ini|sekarang|skrg|semula|sebelum(?:nya)?|before|existing|"
    r"tertulis|now|previous|prev|asal|(?:di|on|in)\s+(?:e-?learning|moodle|lms|elena))\b"
)
# What a heading may say of the course besides the field ("Nama MK", "Judul Mata Kuliah", "Course title").
_OF_COURSE = r"(?:\s+(?:mk|m\.k\.?|mata\s*kuliah|matakuliah|matkul|makul|course|kursus|lengkap|module|subject))?"
_FIELDS: tuple[tuple[str, str], ...] = (
    ("enrolment_key", r"enrol(?:l)?(?:ment)?\s*key|kunci\s+enrol(?:l)?(?:ment)?|kunci\s+pendaftaran|enrolkey"),
    (
        "shortname",
        r"(?:course\s+)?(?:short|sort|shrot|shrt|shot)\s*(?:name|nama|nm)|shortname|nama\s+(?:singkat|singkt|pendek)"
        + _OF_COURSE
        + r"|singkatan(?:\s+mk)?|kode\s+singkat|short\s+code",
    ),
    (
        "code",
        r"(?:kode|code|id)(?:\s+(?:mk|mata\s*kuliah|matakuliah|matkul|course))?|course\s+(?:code|id)(?:\s+number)?",
    ),
    ("lecturer", r"(?:nama\s+)?dosen(?:\s+(?:pengampu|pengajar))?|pengampu|lecturer|instructor|tutor|teacher"),
    ("class", r"kelas|class|rombel|section"),
    ("credits", r"sks|jumlah\s+sks|credits?|bobot(?:\s+sks)?"),
    ("semester", r"semester|smt|term"),
    ("summary", r"deskripsi" + _OF_COURSE + r"|description|(?:course\s+)?summary|ringkasan" + _OF_COURSE),
    (
        "fullname",
        r"(?:nama|nma|nm|name|title|tittle|judul)" + _OF_COURSE + r"|(?:course\s+)?ful{1,2}\s*(?:name|nama)|"
        r"course\s+(?:name|title)|mata\s*kuliah|matakuliah|matkul|mk|course|subject|module",
    ),
)
_FIELD = re.compile("|".join(f"(?P<{field}>{pattern})" for field, pattern in _FIELDS))


def heading(cell: str) -> Head | None:
    """The heading's field and side, when the whole cell is one (its side word anywhere in it), else None."""
    words = " ".join(re.sub(r"[_()\[\]:*]+", " ", cell.casefold()).split()).rstrip(".")
    if not words or len(words) > 40:
        return None
    side = Side.PLAIN
    if _NEW.search(words):
        side = Side.NEW
        words = _NEW.sub(" ", words)
    elif _OLD.search(words):
        side = Side.OLD
        words = _OLD.sub(" ", words)
    words = " ".join(re.sub(r"\b(?:yang|yg|the|di|pada|nilai|value|data)\b", " ", words).split())
    if not words:
        return Head(None, side) if side is not Side.PLAIN else None
    match = _FIELD.fullmatch(words)
    if match is None:
        return None
    field = next(name for name, value in match.groupdict().items() if value)
    # "Kode baru": a new course code is the short name the course will show.
    if field == "code" and side is Side.NEW:
        field = "shortname"
    return Head(field, side)


# A column whose cells each say a change in words ("Perubahan | SKS 2 -> 3", "Change requested | Key: ab#12").
CHANGE_COLUMN = re.compile(
    r"(?i)(?:(?:data\s+)?(?:perubahan|yang\s+(?:di)?ubah|permintaan(?:\s+perubahan)?)(?:\s+(?:data|yang\s+diminta))?|"
    r"(?:requested\s+)?changes?(?:\s+requested)?|what\s+to\s+change)"
)
# Columns that carry neither a field nor a side and may stand in any table: "No", "Keterangan", "Prodi".
PLAIN_COLUMN = re.compile(
    r"(?i)(?:no\.?|nomor|#|ket\.?|keterangan|catatan|notes?|remarks?|alasan|reason|prodi|program\s+studi|jurusan|"
    r"department|status|hari|day|jam|time|ruang|room|tanggal|date|" + CHANGE_COLUMN.pattern.removeprefix("(?i)") + ")"
)
