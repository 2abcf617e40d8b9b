"""Tell whether a request names one course as the place its notice goes, by the course's name alone ("pasang
pengumuman di Fisika Dasar II", "post the notice below to Chemistry for Engineers", "For Public Speaking, please
post ...")."""

from __future__ import annotations

import re

# A course's name as written: capitalised words, the small words a name keeps inside it, a Roman or Arabic number
_NAME = (
    r"(?P<name>[A-Z][\w&'-]*+(?:[ \t]++(?:(?:for|of|and|dan|untuk|in|the|&)[ \t]++)?"
    r"(?:[A-Z][\w&'-]*+|[IVX]{1,4}\b|\d\b))++)"
)
# The publishing verb, what is published, then where: "pasang pengumuman di X", "post the notice below to X"
_PUBLISHED_IN = re.compile(
    r"\b(?i:pasang(?:kan|in)?|dipasang|tayang(?:kan|in)|ditayangkan|umumkan|diumumkan|umumin|post|posted|publish|"
    r"published|put\s+up|share|pin)\b"
    r"(?:[ \t]++(?i:pengumuman|info|ini|tersebut|berikut|(?:di\s)?bawah\s?ini|it|this|the|notice|announcement|"
    r"following|post|below))*+"
    rf"[ \t]++(?i:di|ke|pada|dalam|on|to|in|into)[ \t]++{_NAME}"
)
# The sentence opened by the course it is about: "For Public Speaking, could you post ...", "Untuk Kalkulus Lanjut,
# mohon ..."
_OPENED_BY = re.compile(
    rf"(?m)(?:^|(?<=[.!?][ \t]))[ \t]*(?:For|Untuk|Buat)[ \t]++{_NAME},[ \t]*+"
    r"(?i:please|pls|kindly|could|can|would|tolong|tlg|mohon|minta)\b"
)
# Names of places and audiences that are not a course: the site, its pages, the campus, a programme, a channel, a
# day or month
_NOT_A_COURSE = re.compile(
    r"(?i)(?:e-?learning|moodle|lms|beranda|halaman|home|front|main|landing|dashboard|portal|website|web|situs|site|"
    r"polibatam|politeknik|batam|kampus|campus|gedung|ruang|room|lab|aula|hall|grup|group|whatsapp|wa|instagram|"
    r"telegram|google|microsoft|teams|zoom|siakad|forum|news|announcements?|prodi|program|programme|jurusan|"
    # places on campus and boards, channels and systems outside e-learning
    r"tower|lantai|floor|masjid|mushola|musala|kantin|canteen|perpustakaan|library|auditorium|lobby|lobi|papan|"
    r"mading|board|notice|bulletin|channel|kanal|akun|account|story|status|feed|sistem\s+informasi|pengumuman|"
    r"department|fakultas|faculty|teknik|teknologi|seluruh|semua|all|every|mahasiswa|students?|dosen|staff|"
    r"senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"januari|january|februari|february|maret|march|april|mei|may|juni|june|juli|july|agustus|august|september|"
    r"oktober|october|november|desember|december)\b"
)


def course_named_as_place(text: str) -> str | None:
    """The course name a request gives as the notice's place, or None."""
    for pattern in (_PUBLISHED_IN, _OPENED_BY):
        for found in pattern.finditer(text):
            name = found.group("name")
            if len(name.split()) >= 2 and not _NOT_A_COURSE.match(name):
                return name
    return None
