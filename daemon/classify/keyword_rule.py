"""A keyword rule: a named pattern voting for one request type, and the word lists several rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from daemon.classify.asking import UNDECIDED
from daemon.classify.model import RequestType


@dataclass(frozen=True)
class KeywordRule:
    """A named pattern that adds `weight` to `votes_for` when it matches."""

    name: str
    votes_for: RequestType
    pattern: re.Pattern[str]
    weight: float
    says_done: bool = False
    # A topic ("jadwal UAS", "libur") votes only beside a rule of the same type that says what is asked: a question
    # about the exam schedule is not a request to announce it.
    topic: bool = False
    # Votes only in a reply on a ticket.
    in_reply: bool = False
    # Asks the unit to publish a text: what the text is about (the library's hours, a meeting) is then its topic.
    asks_to_publish: bool = False
    # Names a matter outside the unit, which is silent when the mail asks to publish a text about it.
    outside: bool = False
    # Names a course field ("pengampu", "SKS"): the mail's topic when it reports a fault or tells of something, unless
    # another rule of its type says a change is asked.
    course_field: bool = False
    # Says something is wrong (a fault, a time it began), not only which matter the mail is about (an account named).
    fault: bool = False
    # Says what the mail is (the campus mail account is the IT unit's matter): an act of the mail, which the learned
    # model's topics do not overrule.
    act: bool = False
    # The pattern without its leading word boundary, which hides the first characters from re's fast scan for
    # candidates; every candidate is then tried with the whole pattern. Same leftmost match, a third less time.
    candidates: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        source = self.pattern.pattern
        scan = re.compile(source.removeprefix(r"\b")) if source.startswith(r"\b") else None
        object.__setattr__(self, "candidates", scan)

    def reason(self, text: str) -> str | None:
        match = self._first_match(text)
        return f"{self.name} ({match.group(0)!r})" if match else None

    def _first_match(self, text: str) -> re.Match[str] | None:
        return _leftmost_match(self.pattern, self.candidates, text)


# The classifier asks a rule about the same text several times (whether the mail asks to publish, then each rule's
# vote, then whether a reply says the work is done): the answers for about one request's texts are kept.
@lru_cache(maxsize=1024)
def _leftmost_match(pattern: re.Pattern[str], candidates: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    if candidates is None:
        return pattern.search(text)
    start = 0
    while candidate := candidates.search(text, start):
        match = pattern.match(text, candidate.start())
        if match:
            return match
        start = candidate.start() + 1
    return None


def rule(
    name: str,
    votes_for: RequestType,
    pattern: str,
    weight: float,
    *,
    says_done: bool = False,
    topic: bool = False,
    in_reply: bool = False,
    asks_to_publish: bool = False,
    outside: bool = False,
    course_field: bool = False,
    fault: bool = False,
    act: bool = False,
) -> KeywordRule:
    return KeywordRule(
        name,
        votes_for,
        re.compile(pattern),
        weight,
        says_done,
        topic,
        in_reply,
        asks_to_publish,
        outside,
        course_field,
        fault,
        act,
    )


# A change not decided yet. In a reply after finished work it is a remark for later, not a new request; in a new mail
# it announces a change to a course, which staff hold without claiming a value. Built on asking's hedge lexicon.
HEDGE = (
    r"\b(?:kemungkinan|nanti (?:saya|kami) (?:kabari|kabarkan|informasikan)|will let you know|"
    rf"{UNDECIDED}|belum diputuskan|not yet (?:final|confirmed|decided))\b"
)
CHANGE = (
    r"(?:ubah|diubah|mengubah|ganti|diganti|mengganti|pergantian|penggantian|perubahan|pembaruan|update|"
    r"diupdate|koreksi|dikoreksi|mengoreksi|perbaiki|diperbaiki|revisi|change|changed|rename|renamed|correct|fix|updating|"
    r"updated|replace|replaced|rubah|dirubah|merubah|digantikan|menggantikan|gantikan|sesuaikan|disesuaikan|penyesuaian|pindah|dipindah|tambah|penambahan|reset|perbarui|diperbarui|memperbarui|"
    # made the same as another record, or made into a value: "disamakan dengan SIAKAD", "dijadikan KWU-2027"
    r"samakan|disamakan|menyamakan|jadikan|dijadikan|"
    # set right: "tolong dibetulkan ke 3 SKS", "mohon dibenarkan", "please amend it to"
    r"betulkan|dibetulkan|membetulkan|benarkan|dibenarkan|membenarkan|amend|amended|"
    # one value for another: "can you swap it for: ...", "swap out X for Y"
    r"swap|swapped|"
    # Malay: "menukar pensyarah", "sila pinda", "pertukaran pensyarah"
    r"tukar|ditukar|menukar|tukarkan|pertukaran|penukaran|pinda|dipinda|meminda|pindaan)"
)

# A person put on a course as one of its lecturers, after the verb that adds them: " as a second lecturer", " sebagai
# pengampu kedua", " to the course as co-teacher", " ke course itu sebagai dosen team teaching".
AS_LECTURER = (
    r"(?: [a-z0-9-]+){0,4}? (?:as|sebagai) (?:a |an |the |one of the )?(?:second |third |additional |extra |another |"
    r"main |co-?)?(?:dosen )?(?:lecturers?|teachers?|instructors?|co-lecturer|co-teacher|pengampu|pengajar|"
    r"team teaching)\b"
)
# Not, in standard, casual and regional Indonesian and Malay: "tidak", "tak", "ndak", Betawi "kagak", Javanese "ora" and
# "mboten", Sundanese "teu" and "henteu", Manado "nyanda", Minang "indak".
NOT = r"(?:tidak|tak|ndak|nda|kagak|ora|mboten|teu|henteu|nyanda|indak)"
# Able to, in the same registers: "bisa", "dapat", Malay "boleh", Javanese "iso" and "saged", Sundanese "tiasa".
ABLE = r"(?:bisa|dapat|boleh|iso|isa|saged|tiasa)"
