"""A course named only as where an announcement goes or what a request is for: "umumkan di Fisika Terapan besok"."""

from __future__ import annotations

import re

from daemon.classify.change_words import cues
from daemon.classify.course_code_rank import posted_in
from daemon.classify.course_name_placed import PERSON
from daemon.classify.course_name_shape import FIELD_WORDS, LINE_NAME, NOT_A_NAME, trim_name

_NAME_RUN = re.compile(rf"(?=[A-Z]){LINE_NAME}")
# "post in Statics on 3rd June", "Fisika at 7 am": a connector before a time or a date says when, never part of the
# name.
_WHEN_AFTER = re.compile(r"[ \t]+(?i:on|at|by|from|until|pada|pukul|jam)[ \t]+\S.*$")
# "Pasang pengumuman di Matematika Teknik II.", "put up the notice below in Digital Marketing": the posting verb of a
# course-page announcement with what is posted as its object, then where.
_POSTED_AS_NOUN = re.compile(
    r"(?i:\b(?:pasang(?:kan|in)?|dipasang|tayang(?:kan|in)|ditayangkan|taruh|upload|unggah|put\s+up|post|publish|pin)"
    r"(?:\s+(?:pengumuman(?:nya)?|info|informasi|ini|berikut|tsb|tersebut|(?:di\s)?bawah\s?ini|it|this|the|notice|"
    r"announcement|following|below))+\s+(?:di|ke|pada|dalam|on|to|in|into)\s*)$"
)
# "For Business Communication in English, please post ...", "Untuk Fisika Terapan, mohon ...": the course the
# request is for, at a sentence's start before the request itself.
_FOR_THE_COURSE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?i:for|untuk|utk|buat)[ \t]+({LINE_NAME})[ \t]*,[ \t]*"
    r"(?i:please|pls|kindly|could\s+you|can\s+you|mohon|tolong|tlg|minta)\b([^\n.!?]{0,120})"
)
_POSTING = re.compile(
    r"(?i:\b(?:post|publish|announce|upload|put|umumkan|umumin|pasang|tayang|ditayangkan|sebarkan|share)\w*\b)"
)


# "post this on Tues 15th Dec": a day, a month or an ordinal date in the run is when, never which course.
_DATE_WORD = re.compile(
    r"(?:[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)|(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul"
    r"|aug|sep|sept|oct|nov|dec)\.?,?"
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


def _course_like(found: str) -> str | None:
    name = trim_name(_WHEN_AFTER.sub("", found).split())
    # One word is too little to tell a course from a room, a group or a person's nickname: "pasang di Kalkulus" is
    # left for the staff to confirm.
    if not name or " " not in name or PERSON.match(name) or set(name.split()) & NOT_A_NAME or _NOT_A_COURSE.match(name):
        return None
    if any(_DATE_WORD.fullmatch(word) for word in name.split()):
        return None
    if {word.lower() for word in name.split()} & FIELD_WORDS:
        return None
    return name


def posted_course(text: str) -> str | None:
    """The name of the course page an announcement is posted in, or the course a request is for."""
    for match in _NAME_RUN.finditer(text):
        start = match.start()
        before = text[max(0, start - 60) : start]
        if (posted_in(text, start) or _POSTED_AS_NOUN.search(before)) and (name := _course_like(match.group())):
            return name
    for match in _FOR_THE_COURSE.finditer(text):
        if (_POSTING.search(match.group(2)) or cues(match.group(2))) and (name := _course_like(match.group(1))):
            return name
    return None
