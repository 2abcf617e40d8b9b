"""Of several courses listed one a line, the one whose line asks for a change: the course of the request."""

from __future__ import annotations

import re
from collections.abc import Collection

from daemon.classify.change_words import CHANGE_VERB, STRONG_TO, cues
from daemon.classify.wording import LIST_MARK

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
