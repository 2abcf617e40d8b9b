"""Read a value typed in lower case from the mail's first word: a course's new name, or a person known by the degree
after the name ("ganti dosen ... ke rina marlina s.kom ya")."""

from __future__ import annotations

import re

from daemon.classify.found_change import Read

# "min nama mk SI2103 nya ganti jd sistem informasi akuntansi ya": a writer who types in lower case from the first
# word writes the new name so too; it runs to its clause's end and is words of letters only.
TYPED_LOWER = re.compile(r"\s*[a-z]")
_LOWER_NAME = re.compile(
    r"[ \t]*(?P<name>(?!(?:yang|yg|ini|itu|saja|aja|ya|apa|mana|dong|deh|sesuai|seperti|sama|kayak|dengan|dgn|"
    r"semula|awal|baru|lama|benar|betul)\b)[a-z]{3,}(?:[ \t]+(?:dan|untuk|di|&|[a-z]{3,})){1,5}?)"
    r"(?=[ \t]*(?:[,.;!?\n]|$|(?:ya|yah|aja|saja|dong|deh|min|kak|pak|bu|karena|krn|soalnya|biar|td|tadi|sesuai)\b))",
)
_NOT_IN_LOWER_NAME = re.compile(
    r"\b(?:saya|aku|gue|gw|kami|kita|dia|beliau|mohon|tolong|minta|bisa|sudah|udah|belum|tidak|gak|ga|nggak|yang|yg|"
    r"sama|kayak|seperti|kelas|dosen|semester|sks|key|nya)\b"
)


def lower_case_name(text: str, start: int) -> Read | None:
    name = _LOWER_NAME.match(text, start)
    if name is None or _NOT_IN_LOWER_NAME.search(name.group("name")) or len(name.group("name").split()) < 2:
        return None
    return Read(name.group("name"), name.start("name"), name.end("name"))


# "ganti dosen ... ke rina marlina s.kom ya": in mail typed in lower case, a person's name is known by the degree after
# it.
_LOWER_DEGREE = (
    r"(?:[sdm]\.(?:kom|t|si|e|pd|ak|ds|sn|h|hum|sos|ip|tr|eng|sc|mat|pd\.?i|kep|farm|m|a|b)\.?|ph\.?d\.?|dr\.?|ir\.?)"
)
# "nur'aini", "ma'ruf": an apostrophe inside a name word.
_LOWER_NAME_WORD = r"(?:[a-z]{1,3}['’])?[a-z]{3,}"
_LOWER_PERSON = re.compile(
    r"[ \t]*(?P<name>(?!(?:jadi|menjadi|kepada|dengan|oleh|sama)\b)"
    rf"{_LOWER_NAME_WORD}(?:[ \t]+{_LOWER_NAME_WORD}){{1,3}}"
    rf"(?:[ \t]*,?[ \t]+{_LOWER_DEGREE})+)"
    r"(?=[ \t]*(?:[,.;!?\n]|$|(?:ya|yah|aja|saja|dong|deh|min|kak|pak|bu|karena|krn|soalnya|mulai)\b))",
)


def lower_case_person(text: str, start: int) -> Read | None:
    """A person written in lower case with a degree after the name, in mail typed in lower case from its first word."""
    if not TYPED_LOWER.match(text):
        return None
    person = _LOWER_PERSON.match(text, start)
    if person is None or _NOT_IN_LOWER_NAME.search(person.group("name")):
        return None
    return Read(person.group("name"), person.start("name"), person.end("name"))
