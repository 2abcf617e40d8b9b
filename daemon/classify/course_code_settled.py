"""Of two courses a mail names, the one it does not call already right."""

from __future__ import annotations

import re
from collections.abc import Collection

from daemon.classify.change_words import STAYS

# A sentence or a clause: "Algorithms (IF2201) is fine as it is.", "SKS Rangkaian Listrik (TE2101) sudah benar."
_CLAUSE = re.compile(r"[^.!?;\n]++")


def unsettled_code(text: str, listed: Collection[str]) -> str | None:
    """The other code when a mail names two and says of one, in its own clause, that it stays as it is ("X (IF2201)
    is fine. Y (IF2202) however shows 3 credits"); None when neither or both are said to stay."""
    if len(listed) != 2:
        return None
    settled = {
        code
        for clause in _CLAUSE.finditer(text)
        for code in listed
        if code in clause.group()
        and sum(other in clause.group() for other in listed) == 1
        and STAYS.search(clause.group(), clause.group().index(code) + len(code))
    }
    return next(iter(set(listed) - settled)) if len(settled) == 1 else None
