"""A course's current name told as what it is called now, with no label's colon: "Nama sekarang Keamanan Jaringan"."""

from __future__ import annotations

import re

from daemon.classify.course_name_shape import LINE_NAME, trim_name

# "Nama sekarang Sistem Tertanam, belum ...", "nama MK saat ini Fisika Dasar.", "Its current name is Cost
# Accounting", "ACC2108 is currently named Cost Accounting", "(skrg di elearning: Manajemen Pemasaran, 2 sks)".
# Never "namanya sekarang jadi X" or "sekarang bernama X": a verb after the word for now leads to the new name, and
# only a name in capitals right after the noun phrase (or "is"/"adalah"/a colon) is read.
_NAMED_NOW = re.compile(
    r"\b(?:(?i:nama)(?:[ \t]+(?i:mk|matkul|mata[ \t]*kuliah|course))?[ \t]+(?i:sekarang|saat[ \t]+ini|skrg|skrng)"
    r"(?:[ \t]+(?i:adalah|masih))?"
    r"|(?i:its|the)[ \t]+(?i:current|present|existing)[ \t]+(?i:name|title)[ \t]+(?i:is)"
    r"|(?i:is|was)[ \t]+(?i:currently|presently|still)[ \t]+(?i:named|called|titled|listed[ \t]+as)"
    r"|(?i:sekarang|skrg|skrng|saat[ \t]+ini|currently)[ \t]+(?i:di|on)[ \t]+(?i:e-?learning|moodle|lms)[ \t]*:)"
    rf"[ \t]*:?[ \t]*[\"“']?({LINE_NAME})"
)


def named_as_now(text: str) -> str | None:
    for match in _NAMED_NOW.finditer(text):
        if name := trim_name(match.group(1).split()):
            return name
    return None
