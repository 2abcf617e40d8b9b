"""Of several courses listed one a line, the one the request's change is about: the course of the request."""

from __future__ import annotations

import re
from collections.abc import Collection

from daemon.classify.change_words import CHANGE_VERB, STRONG_TO, cues
from daemon.classify.wording import LIST_MARK, sentence_around

# A list's mark and at most two words before the code: "3. IF2207", "Untuk TE2206", "Enrol key TE2204".
_OPENS_WITH = re.compile(rf"[ \t]*+(?:{LIST_MARK}[ \t]*+)?(?:[^\s]++[ \t]++){{0,2}}[A-Z]{{2,4}}\d{{3,4}}[A-Z]?\b")
# "3. IF2207 Pemrograman Web Lanjut - nama singkatnya mohon diganti menjadi X" under "1. IF2201 ... - sudah sesuai":
# a field and a change verb on the line.
_CHANGE_ASKED = re.compile(rf"(?i:\b(?:{CHANGE_VERB}|{STRONG_TO})\b)")


def changed_line_code(text: str, listed: Collection[str]) -> str | None:
    """The code of the one listed line that names a field and a change, when two or more lines name a course each;
    two lines asking for changes leave the course in doubt (None)."""
    # Only lines naming their course at their opening ("3. IF2207 ...", "- MB2207 ...", "Untuk TE2206 ..."): a code
    # deep in a sentence's line ("Di e-learning kode MK X tertulis IF3012, yang benar") lists nothing.
    lines = [line for line in text.split("\n") if sum(code in line for code in listed) == 1 and _names_at_opening(line)]
    if len({code for line in lines for code in listed if code in line}) < 2:
        return None
    asking = [line for line in lines if cues(line) and _CHANGE_ASKED.search(line)]
    if len(asking) != 1:
        return None
    return next(code for code in listed if code in asking[0])


def _names_at_opening(line: str) -> bool:
    return bool(_OPENS_WITH.match(line))


# "- IF2205 Struktur Data", "2. MB2204 - Statistika Bisnis (3 SKS)": the name after a listed code, to the line's end or
# to what follows a dash, a bracket or a colon.
_LISTED_NAME = re.compile(
    rf"(?m)^[ \t]*+(?:{LIST_MARK}[ \t]*+)?([A-Z]{{2,4}}\d{{3,4}}[A-Z]?)[ \t]*+[-:\u2013]?[ \t]*+"
    r"([A-Z][\w&]*(?:[ \t]+[\w&]+){0,6}?)[ \t]*(?=$|[(\[:;,]|[ \t][-\u2013][ \t])"
)
_SINGLING = re.compile(
    r"(?i)\b(?:hanya|cuma|cuman|only|just|kecuali|except)\s+(?:(?:untuk|utk|buat|for|the|mk|matkul)\s+)?$"
)
# "Mekanika Fluida (MES2204) dan Termodinamika Teknik (MES2108)": courses listed in a sentence, each name before its
# bracketed code; the name's words are capitalised but for the small words inside a name.
_NAMED_INLINE = re.compile(
    r"(?<![\w-])([A-Z][\w&-]*(?:[ \t]+(?:[A-Z0-9][\w&-]*|dan|and|of|&|untuk|for|the|in|di)){0,6})"
    r"[ \t]*\(([A-Z]{2,4}\d{3,4}[A-Z]?)\)"
)
# "Untuk Termodinamika Teknik, mohon ...", "As for Tax Accounting, please ...": a sentence that opens by naming the
# course it is about.
_ABOUT_OPENING = re.compile(
    rf"(?i)^[ \t]*+(?:{LIST_MARK}[ \t]*+)?(?:untuk|utk|buat|khusus|mengenai|for|as\s+for|regarding)"
    r"\s+(?:(?:mk|matkul|mata\s+kuliah|the\s+course|course)\s+)?$"
)


def named_change_code(text: str, listed: Collection[str]) -> str | None:
    """Of two or more courses listed with their names, the one a later sentence singles out by its name for a change
    ("Yang pertama dan ketiga sudah benar. Hanya untuk Struktur Data, jumlah SKS ... menjadi 4") or opens with, asking
    a change ("Untuk E-Commerce Strategy, please change the short name to ECS-2026")."""
    names = {match.group(1): match.group(2) for match in _LISTED_NAME.finditer(text) if match.group(1) in listed}
    names.update({match.group(2): match.group(1) for match in _NAMED_INLINE.finditer(text) if match.group(2) in listed})
    if len(names) < 2:
        return None
    chosen = set()
    for code, name in names.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}\b(?![ \t]*\({code}\))", text):
            start, end = sentence_around(text, match.start())
            if code in text[max(start, text.rfind("\n", 0, match.start()) + 1) : match.start()]:
                continue  # the listed line itself
            sentence, before = text[start:end], text[start : match.start()]
            singled = _SINGLING.search(text[max(start, match.start() - 30) : match.start()])
            opened = _ABOUT_OPENING.match(before) and _CHANGE_ASKED.search(sentence)
            if (singled or opened) and cues(sentence):
                chosen.add(code)
    return chosen.pop() if len(chosen) == 1 else None
