"""The writer who says they teach the course now, named with their titles, where e-learning shows another or no one.

"Nama dosennya masih kosong. Saya yang mengajar kelas itu: Rudi Hartono, S.Kom., M.T.", "kelas itu diserahkan kepada
saya. Nama yang seharusnya tampil: Agus Salim, S.Si., M.Sc.", "The page still lists Dr. Tan. I have taken over the
class: Dr. Maria Santos, Ph.D.": the name the course is to show. A writer who only introduces themself asks nothing.
"Mohon nama Pak X diganti dengan nama saya (Y, S.T., M.T.) sebagai pengampu", "Could my name (Dr. Y) be shown as the
lecturer instead?": the writer's name in brackets, where the sentence asks for the lecturer shown."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_words import SHOWN_NOW, cues
from daemon.classify.connector_value import WITH_TITLES
from daemon.classify.found_change import FoundChange
from daemon.classify.values import VALUE_READERS
from daemon.classify.wording import sentence_around

_TEACH = r"(?:masuk|mengajar|ngajar|mengampu|ngampu|pegang|memegang|handle|meng-?handle)"
_WRITER_TEACHES = re.compile(
    rf"\b(?:(?:saya|aku|sy)[ \t]+(?:yang|yg)[ \t]+(?:sekarang[ \t]+|skrg[ \t]+)?{_TEACH}|"
    rf"(?:yang|yg)[ \t]+{_TEACH}\b[^.!?\n]{{0,60}}?[ \t](?:saya|aku)\b|"
    r"(?:dialihkan|diserahkan|dilimpahkan|dipindahkan)[ \t]+(?:kepada|ke)[ \t]+saya|"
    r"I[ \t]+(?:now[ \t]+)?(?:teach|am[ \t]+(?:now[ \t]+)?teaching|have[ \t]+taken[ \t]+over|took[ \t]+over|"
    r"am[ \t]+the[ \t]+(?:new[ \t]+)?(?:lecturer|instructor|teacher))|"
    # "the one teaching Thermodynamics (TM2201) this term is me, Dr. X"
    r"the[ \t]+(?:one|person|lecturer)[ \t]+(?:teaching|who[ \t]+teaches)\b[^.!?\n]{0,60}?[ \t]is[ \t]+me)\b",
    re.IGNORECASE,
)
# What e-learning shows is not the writer: another name still, or none.
_SHOWS_OTHER = re.compile(
    rf"\b(?:{SHOWN_NOW}|masih[ \t]+(?:nama|kosong|tertulis)|kosong|belum[ \t]+ada[ \t]+(?:nama[ \t]+)?dosen|"
    r"still[ \t]+(?:lists?|shows?|has|says)|(?:is|are)[ \t]+(?:blank|empty)|no[ \t]+lecturer)\b",
    re.IGNORECASE,
)
# The name follows the words of teaching after a mark, or after a label that says it is the one to show.
_NAME_FOLLOWS = re.compile(
    r"[^.!?\n]{0,60}?(?:[:,—–]|\b(?:yaitu|yakni|namely|ialah|adalah)\b|"
    r"[.!?][ \t]+(?:nama|name)[^:\n]{0,40}:)[ \t]*(?:(?:saya|aku|me|myself)[ \t]*,?[ \t]*)?",
    re.IGNORECASE,
)


def writer_teaches_now(flat: str) -> FoundChange | None:
    if not _SHOWS_OTHER.search(flat):
        return None
    for teaches in _WRITER_TEACHES.finditer(flat):
        follows = _NAME_FOLLOWS.match(flat, teaches.end())
        if follows is None:
            continue
        read = VALUE_READERS["lecturer"](flat, follows.end(), len(flat))
        if read is None or not WITH_TITLES.search(read[0]):
            continue
        source = f"the writer teaches it now: {' '.join(teaches.group(0).split())}"
        change = FoundChange.located(flat, "lecturer", read, follows.end(), source)
        if change and not unsure(flat, teaches.start(), teaches.start(), change.span):
            return change
    return None


# The writer's own name in brackets ("nama saya (X)", "my name (X)") ...
_OWN_NAME_IN_BRACKETS = re.compile(
    r"\b(?:nama[ \t]+(?:saya|aku|sy)|my[ \t]+(?:full[ \t]+)?name)[ \t]*\(", re.IGNORECASE
)
# ... in a sentence asking for the lecturer, with a word of putting it in another's place or of showing it.
_IN_PLACE = re.compile(
    r"\b(?:diganti|ganti|gantikan|menggantikan|instead|replace[ds]?|in[ \t]+place|shown|displayed|ditampilkan|"
    r"dicantumkan|listed)\b",
    re.IGNORECASE,
)


def writer_named_in_brackets(flat: str) -> FoundChange | None:
    for own in _OWN_NAME_IN_BRACKETS.finditer(flat):
        start, end = sentence_around(flat, own.start())
        sentence = flat[start:end]
        if not (any(field == "lecturer" for field, _ in cues(sentence)) and _IN_PLACE.search(sentence)):
            continue
        close = flat.find(")", own.end(), end)
        read = VALUE_READERS["lecturer"](flat[:close], own.end(), close) if close > own.end() else None
        if read is None:
            continue
        change = FoundChange.located(
            flat, "lecturer", read, own.end(), f"the writer's name in brackets: {own.group(0)}"
        )
        if change and not unsure(flat, own.start(), own.start(), change.span):
            return change
    return None
