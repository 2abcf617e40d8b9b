"""A course name written all in lower case where its place alone says it is one: in brackets right after the request's
code ("sks IF3201 (kecerdasan buatan)"), what the writer teaches, up to the clause's end ("sy pengampu kecerdasan
buatan, sks nya ..."), or right after the word for a course ("utk mk if2104 basis data diganti ke ...")."""

from __future__ import annotations

import re

from daemon.classify.change_words import CHANGE_VERB, STRONG_TO
from daemon.classify.course_name_shape import FIELD_WORDS, NOT_IN_LOWER_CASE_NAME, SHAPE

_WORD = r"[a-z][a-z0-9&'’-]*"
_WORDS = rf"{_WORD}(?:[ \t]+{_WORD}){{1,5}}"
_AFTER_CODE = re.compile(rf"({SHAPE})[ \t]*\([ \t]*({_WORDS})[ \t]*\)")
_TAUGHT = re.compile(
    r"\b(?i:saya|sy|aku|I)[ \t]+(?i:adalah[ \t]+|am[ \t]+(?:the[ \t]+)?)?(?:(?i:dosen|tutor|lecturer)[ \t]+)?"
    r"(?i:pengampu|mengampu|ngampu|mengajar|ngajar|teach|teaching)[ \t]+"
    rf"(?:(?i:mk|matkul|mata[ \t]*kuliah|kuliah)[ \t]+)?({_WORDS})(?=[ \t]*(?:[,.;!?]|\n|$))"
)
# Phone and dictated mail writes no capitals: the name runs from the word for a course (and its code) to the first word
# that cannot be in one: a verb of change, a connector, a field, a place ("mata kuliah mekanika fluida di e-learning").
_STOP = (
    rf"(?:{CHANGE_VERB}|{STRONG_TO}|ke|di|yang|yg|nya|ya|mohon|tolong|minta|dong|pls|please|untuk|utk|kelas|kls|semester|sks|saya|sy|"
    r"e-?learning|moodle|lms|page|halaman|ini|itu|tsb|tersebut|pada|dari|dengan|dgn|dan|tapi|karena|krn)(?![\w-])"
)
_FREE_WORD = rf"(?!{_STOP})[a-z][a-z0-9&'’-]*"
_AFTER_CUE = re.compile(
    rf"(?<![\w-])(?:mata[ \t]*kuliah|matkul|makul|mk|course)(?:nya)?[ \t]+(?:{SHAPE}[ \t]+)?"
    rf"({_FREE_WORD}(?:[ \t]+{_FREE_WORD}){{1,4}})(?=[ \t]+{_STOP}|[ \t]*[,.;:!?\n]|[ \t]*$)"
)
# When, where, how many and how long: "saya mengajar hari senin", "saya mengampu dua kelas", "I teach since 2019".
_NOT_A_COURSE = frozenset(
    " ".join(
        [
            "hari jam pukul besok lusa minggu pekan bulan tahun sejak since lagi juga sudah dua tiga empat lima two",
            "three four five semua all di ke dari online daring luring offline every each setiap tiap sebagai as dan",
            "and",
        ]
    ).split()
)


def _name(words: str) -> str | None:
    lowered = set(words.split())
    if lowered & (NOT_IN_LOWER_CASE_NAME | FIELD_WORDS | _NOT_A_COURSE) or any(re.fullmatch(SHAPE, w) for w in lowered):
        return None
    return words


def lower_case_name(texts: tuple[str, str], code: str | None) -> str | None:
    """The lower-case name in brackets after the request's code, or the one the writer says they teach."""
    for source in texts:
        for match in _AFTER_CODE.finditer(source):
            if code and match.group(1) == code and (name := _name(match.group(2))):
                return name
    for source in texts:
        for match in _TAUGHT.finditer(source):
            if name := _name(match.group(1)):
                return name
    return None


def lower_case_after_cue(text: str) -> str | None:
    """The lower-case name right after the word for a course, in a text typed in lower case from its first word
    (elsewhere lower-case words after "course" are prose: "the course does need to be renamed")."""
    for match in _AFTER_CUE.finditer(text) if text.lstrip()[:1].islower() else ():
        if name := _name(match.group(1)):
            return name
    return None
