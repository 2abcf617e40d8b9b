"""A course name written as a name and its subtitle after a colon ("Industrial IoT: Sensors, Networks and Security"):
the name a reader found, either side of the colon, is widened to the whole where the mail names it as a course (after
a course word or its code, under a name's label, inside quotes)."""

from __future__ import annotations

import re

from daemon.classify.change_words import NEW_SIDE, OLD_SIDE
from daemon.classify.course_name_dashed import COURSE_WORD, name_part
from daemon.classify.course_name_labelled import NAME_LABEL
from daemon.classify.course_name_shape import SHAPE
from daemon.classify.field_named_elsewhere import DEGREE_AFTER

# What names the course just before the whole: "mata kuliah X", "my course EE2201 X", "Nama MK: X", a quote.
_BEFORE = rf"(?:{COURSE_WORD}(?:{SHAPE}[ \t]+)?|{SHAPE}[ \t]+|(?m:^)[ \t]*(?:{NAME_LABEL})[ \t]*:[ \t]*|[\"“])"
# A run of capitalised words, commas and small joining words between them: "Sensors, Networks and Security".
_WORD = r"[A-Z0-9][\w'’&-]*"
_JOIN = r"(?:,[ \t]+|[ \t]+(?:(?:and|dan|&|for|of|untuk|in|di|with|dengan|the|to)[ \t]+)?)"
_RUN = rf"{_WORD}(?:{_JOIN}{_WORD}){{0,7}}"
# Where the whole ends: the line, a closing quote or bracket, a bracketed code, a stop, a lower-case word.
_END = r"(?=[ \t]*(?:$|[)\"”(\[]|[.,;!?](?:\s|$))|[ \t]+[a-z])"


# "Nama Matakuliah Lma: X", "Mata Kuliah Usulan: Y": a side's word, typed however, is the label's end, no name's head.
_SIDE_TYPED = re.compile(r"(?i:lma|lam|bru|skrg)")


def _side_word(words: str) -> bool:
    return any(side.fullmatch(words) for side in (NEW_SIDE, OLD_SIDE, _SIDE_TYPED))


def subtitled_whole(name: str, text: str) -> str:
    """The name with the other side of its colon, where the text names the whole as a course."""
    if ": " not in text:
        return name
    escaped = re.escape(name)
    after = re.search(rf"{_BEFORE}{escaped}:[ \t]+({_RUN}){_END}", text, re.MULTILINE)
    # "... MB2107 Statistics: Rudi Hartono, S.E., M.M. and ...": a person with a degree after the colon is no subtitle.
    if after and DEGREE_AFTER.match(text, after.end(1)):
        after = None
    if after and not _side_word(name) and (subtitle := name_part(after.group(1))) == after.group(1):
        return f"{name}: {subtitle}"
    before = re.search(rf"{_BEFORE}({_RUN}):[ \t]+{escaped}{_END}", text, re.MULTILINE)
    if before and not _side_word(before.group(1)) and (head := name_part(before.group(1))) == before.group(1):
        return f"{head}: {name}"
    return name
