"""The writer asking to be added to a course's lecturers, with the name they give for the system on a labelled line."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.found_change import FoundChange
from daemon.classify.values import VALUE_READERS

# "Please add me as a second lecturer", "add me as co-lecturer", "tambahkan saya sebagai dosen team teaching",
# "masukkan saya ke tim dosen": the writer joins the course's teaching team (not "add me to the course", a student's).
_ADD_ME = re.compile(
    r"\b(?:(?:add|include|list|put|enrol(?:l)?|register)[ \t]+me[ \t]+(?:(?:to|in|on)[ \t]+(?:the|this|that)[ \t]+"
    r"(?:e-?learning[ \t]+)?course[ \t]+)?as[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+)?"
    r"(?:(?:second|additional|extra|another|new)[ \t]+)?(?:co-?)?(?:lecturer|instructor|teacher|tutor)|"
    r"(?:(?:di)?(?:tambah(?:kan|in)|masuk(?:kan|in)|daftar(?:kan|in)|cantumkan)[ \t]+(?:saya|sy|aku)|"
    # "mohon saya ditambahkan sebagai dosen": the writer first, the verb in the passive
    r"(?:saya|sy|aku)[ \t]+di(?:tambah(?:kan|in)|masuk(?:kan|in)|daftar(?:kan|in)|cantumkan))[ \t]+"
    r"(?:sebagai[ \t]+(?:dosen|pengajar|pengampu|instruktur)|ke[ \t]+(?:dalam[ \t]+)?"
    r"(?:tim[ \t]+(?:dosen|pengajar|pengampu)|team[ \t]+teaching)))\b",
    re.IGNORECASE,
)
# "My name for the system: Park Ji-hoon", "Name: Omar Haddad, Ph.D.", "Nama saya di e-learning: X": the writer's own
# name on a line of its own.
_NAME_LINE = re.compile(
    r"^[ \t]*(?:(?:my[ \t]+)?(?:full[ \t]+)?name(?:[ \t]+(?:for|in|on|to[ \t]+use[ \t]+in)[ \t]+(?:the[ \t]+)?"
    r"(?:system|e-?learning|course|lms))?|nama(?:[ \t]+lengkap)?(?:[ \t]+saya)?(?:[ \t]+(?:di|untuk|utk)[ \t]+"
    r"(?:sistem|e-?learning|lms))?)[ \t]*:[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)


def writer_added(flat: str) -> FoundChange | None:
    """The writer asks to join the teaching team and gives one name for it; two name lines leave who in doubt."""
    if not (add_me := _ADD_ME.search(flat)):
        return None
    labels = list(_NAME_LINE.finditer(flat))
    if len(labels) != 1:
        return None
    label = labels[0]
    line_end = flat.find("\n", label.end())
    read = VALUE_READERS["lecturer"](flat, label.end(), len(flat) if line_end < 0 else line_end)
    if read is None:
        return None
    source = f"the writer added: {' '.join(add_me.group(0).split())}, {label.group(0).strip()}"
    change = FoundChange.located(flat, "lecturer", read, label.end(), source)
    return None if unsure(flat, add_me.start(), add_me.start(), (add_me.start(), add_me.end())) else change
