"""Where a claimed value ends when the writer gave it no mark: at an emoji, or, when the next sentence starts without
its full stop, nowhere the daemon can be sure of (the value is then asked of the requester)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from daemon.classify.found_change import FoundChange
from daemon.classify.wording import TITLE_PREFIX

# "Teknik Pengelasan Lanjut 🙏🙏 makasih": a pictograph is the writer's gesture, never part of a course's value.
# Joiners and variation selectors ride along with the pictograph they shape.
_JOINERS = frozenset("\u200d\ufe0e\ufe0f\u20e3")


def _is_gesture(character: str) -> bool:
    return unicodedata.category(character) in ("So", "Cs") or character in _JOINERS


# ":)", ";-)", ":D", "^_^", "xD": a smiley typed in characters is a gesture too, standing alone after the value.
_EMOTICON = re.compile(r"[ \t]+(?:[:;=]['-]?[)(DPp3]|\^_*\^|[xX]D|<3)(?![\w(])")


# "\"Mata kuliah ini ...\" (tanpa tanda kutip)": a value read with its quotes and the writer's remark after them.
_QUOTED_THEN_REMARK = re.compile(r"[\"“„«‘]?(?P<inner>[^\"“”„«»‘’]{2,}?)[\"”“»’][ \t]*(?:\([^()\n]{0,60}\))?[ \t.]*")


def inside_quotes(change: FoundChange) -> FoundChange:
    if quoted := _QUOTED_THEN_REMARK.fullmatch(change.value):
        return replace(change, value=quoted.group("inner").strip())
    return change


def before_gesture(change: FoundChange) -> FoundChange:
    """The value up to its first pictograph or smiley; a description keeps one inside its text and loses only a
    trailing run."""
    value = change.value
    if change.field == "summary":
        cut = len(value)
        while cut and (_is_gesture(value[cut - 1]) or value[cut - 1] in " \t"):
            cut -= 1
    else:
        if smiley := _EMOTICON.search(value):
            value = value[: smiley.start()]
        cut = next((index for index, character in enumerate(value) if _is_gesture(character)), len(value))
    if cut == len(value) == len(change.value):
        return change
    kept = value[:cut].rstrip(" \t,;:-")
    return replace(change, value=kept, end=change.start + len(kept) if kept else change.end)


# "diubah ke Fisika Teknik Mahasiswa baru pada bingung pak": a phone-typed next sentence opens with its subject, in
# capitals, right after the value and without a full stop. The name's last word is then the sentence's first, and
# the value's end cannot be told: the requester is asked for it.
_SUBJECT_LAST = re.compile(
    r"[ \t](?:Saya|Sy|Kami|Kita|Mereka|Beliau|Aku|Dia|Mahasiswa|Mhs|Anak(?:-anak|2)?|Students?|We|They|He|She)$"
)
_GOES_ON_LOWER = re.compile(r"[ \t]+[a-z]")


def boundary_in_doubt(flat: str, change: FoundChange) -> bool:
    """Whether the value's last word may open the writer's next sentence (a capitalised subject, lower-case words
    after it)."""
    if change.field not in ("fullname", "lecturer") or not _SUBJECT_LAST.search(change.value):
        return False
    after = change.start + len(change.value) if flat.startswith(change.value, change.start) else change.end
    return bool(_GOES_ON_LOWER.match(flat, after))


# "to Prof. Dr" where the reader stopped inside the titles: titles alone name nobody.
_TITLES_ONLY = re.compile(rf"(?:{TITLE_PREFIX}\.?[ \t]*)+")


def titles_only(change: FoundChange) -> bool:
    return change.field == "lecturer" and bool(_TITLES_ONLY.fullmatch(change.value.strip()))
