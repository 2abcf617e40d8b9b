"""The class the writers say they are in, set against the one e-learning shows: the class the course is to have.

"Di e-learning kelasnya tertulis MJ 1 Malam A. Padahal kami kelas pagi, MJ 1 Pagi A", "The course shows class TE-1B.
That is wrong. We are all TE-1C", "kelasnya terdaftar AK 1A. Itu keliru. Kelas kami AK 1B": the class shown first, then
the writers' own class, another one. Students who only say which class they are in ask nothing."""

from __future__ import annotations

import re

from daemon.classify.change_words import SHOWN_NOW
from daemon.classify.found_change import FoundChange
from daemon.classify.value_at import value_at

_SHOWN = re.compile(
    rf"\b(?:kelas|class)(?:nya)?[ \t]+(?:(?:di[ \t]+e-?learning|on[ \t]+e-?learning|masih|still|is)[ \t]+)?"
    rf"(?:{SHOWN_NOW}|(?:ke|ter)[ \t]?tulis|terdaftar|tercatat|terisi|diisi|listed[ \t]+as|set[ \t]+(?:to|as|for)|"
    r"shows?|showing|says?)[ \t]*:?[ \t]*"
    r"|\b(?:shows?|showing|lists?)[ \t]+(?:the[ \t]+)?class[ \t]+",
    re.IGNORECASE,
)
_WE_ARE = re.compile(
    r"\b(?:(?:kami|kita|we)(?:[ \t]+(?:semua(?:nya)?|all|ini|adalah|are|itu)){0,2}"
    r"(?:[ \t]+(?:dari|di|in|from|anak))?(?:[ \t]+(?:kelas|class))?"
    r"(?:[ \t]+(?:reguler|regular|karyawan|employee|pagi|malam|sore|morning|evening))?"
    r"|(?:kelas|class)[ \t]+(?:kami|kita)|our[ \t]+class(?:[ \t]+is)?)"
    r"(?:[ \t]+(?:kak|pak|bu|min|mas|mbak|sir))?[ \t]*[,:]?[ \t]*",
    re.IGNORECASE,
)
# How far after the shown class the writers may say theirs: the next few sentences.
_REACH = 300
# A request names its course's class once or twice; hostile text repeats the words by the thousand.
_MENTIONS = 20


def class_we_are(flat: str) -> FoundChange | None:
    for index, shown in enumerate(_SHOWN.finditer(flat)):
        if index == _MENTIONS:
            break
        recorded = value_at(flat, "class", shown.end(), min(len(flat), shown.end() + 40))
        if recorded is None or recorded.start != shown.end():
            continue
        for we_are in _WE_ARE.finditer(flat, recorded.end, min(len(flat), recorded.end + _REACH)):
            read = value_at(flat, "class", we_are.end(), min(len(flat), we_are.end() + 40))
            if read is None or read.start != we_are.end():
                continue
            if read.value.casefold() == recorded.value.casefold():
                break
            words = " ".join(we_are.group(0).split())
            return FoundChange(
                "class", read.value, f"the writers' class, set against the one shown: {words}", read.start, read.end
            )
    return None
