"""The current name in a request to undo a rename: the name a past change gave the course is the one it shows now."""

from __future__ import annotations

import re

from daemon.classify.change_words import cues
from daemon.classify.course_name_shape import NAME, QUOTED, clean, trim_name
from daemon.classify.revert_words import REVERT_IN_RAW_TEXT

# What asks to undo a change: "mohon dikembalikan ke nama semula", "change it back to X", "revert the name".
_UNDO = re.compile(rf"\b(?:{REVERT_IN_RAW_TEXT})\b", re.IGNORECASE)

# What the course became, said in the past ("sudah diganti menjadi X", "was renamed to X", "kemarin udah diganti jd
# X") or as it stands now ("kini tampil sebagai X", "sekarang jadi X", "now shows X").
_BECAME = re.compile(
    r"\b(?i:sudah|telah|udah|udh|sdh|tlh|was|were|been|got|kemarin|terlanjur)\b[ \t]+(?:(?i:di|ter)[ \t]*)?"
    r"(?i:(?:di)?(?:ganti|ubah|rubah)|berubah|diganti|diubah|dirubah|renamed|changed|updated|edited)"
    r"[ \t]+(?i:menjadi|jadi|jd|ke|to|into|as)[ \t]+"
    rf"(?:{QUOTED}|({NAME}))"
    # "You renamed my course X (NA1102) to Y last week": who renamed it, and the course between.
    rf"|\b(?i:renamed|mengganti[ \t]+nama|mengubah[ \t]+nama)\b[^.\n]{{0,60}}?[ \t](?i:to|into|menjadi|jadi)[ \t]+"
    rf"(?:{QUOTED}|({NAME}))"
    r"|\b(?i:kini|sekarang|skrg|now|currently)[ \t]+"
    r"(?i:tampil|tertulis|tercantum|muncul|menjadi|jadi|jd|bernama|namanya|shows|reads|says|appears"
    r"|(?:is[ \t]+)?(?:called|named|titled)|is)"
    r"(?:[ \t]+(?i:sebagai|as))?[ \t]*:?[ \t]*"
    rf"(?:{QUOTED}|({NAME}))"
)


def reverted_name(text: str) -> str | None:
    """ "nama MK IF2104 sudah diganti menjadi "X" ... mohon dikembalikan ke nama semula": in a mail that asks to undo a
    change, the value a past change gave is the course's current name, unless its sentence names another field
    ("enrolment key-nya kemarin sudah diganti jadi X, mohon dikembalikan")."""
    if not _UNDO.search(text):
        return None
    for match in _BECAME.finditer(text):
        sentence = text[max(text.rfind(".", 0, match.start()), text.rfind("\n\n", 0, match.start()), 0) : match.start()]
        if {field for field, _ in cues(sentence)} - {"fullname"}:
            continue
        value = clean(next(group for group in match.groups() if group))
        if re.fullmatch(NAME, value) and (name := trim_name(value.split())):
            return name
    return None
