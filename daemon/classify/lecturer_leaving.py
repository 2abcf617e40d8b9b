"""The lecturer a request names as the one who leaves (on leave, retiring, moving away): the old value, never the
new one."""

from __future__ import annotations

import re

from daemon.classify.found_change import FoundChange

# "Pak Arif Rahman mulai pekan depan cuti studi", "Mr. Hendra Wijaya is on leave from next month", "Ibu Sinta mulai
# Oktober pensiun": the person's own clause, after their name, says they go; a reason about someone else ("...
# karena Pak Joko cuti") names that person first.
_LEAVES = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?,?[ \t]*"
    r"(?:(?:mulai|per|sejak|akan|sudah|telah|sedang|segera|will|is|has|was|starting|from)\b"
    r"(?:(?!\b(?:karena|karna|krn|sebab|soalnya|because|since|as|saya|aku|I)\b)[^,.;:!?\n]){0,30}?)?"
    r"\b(?:cuti|pensiun|purna ?tugas|resign\w*|mengundurkan[ \t]diri|pindah[ \t](?:tugas|kerja|ke)|tugas[ \t]belajar|"
    r"studi[ \t]lanjut|(?:is|be|goes|going)[ \t]on[ \t](?:study[ \t])?leave|on[ \t](?:study[ \t])?leave|"
    r"leav(?:es|ing)|retir(?:es|ing|ed)|no[ \t]longer[ \t]teach\w*|tidak[ \t](?:lagi[ \t])?mengajar)\b",
    re.IGNORECASE,
)


def named_as_leaving(flat: str, change: FoundChange) -> bool:
    """Whether the lecturer value is followed, in its own clause, by words saying that person leaves."""
    return change.field == "lecturer" and bool(_LEAVES.match(flat, change.end))
