"""Find a complaint that a course change already made went wrong, told without asking for it to be set right."""

# "Perubahan kemarin keliru, yang diganti malah kelas B", "the short name you set came out as MD-2", "pengampu so
# diganti tanpa pemberitahuan": the change is the complaint's topic. Asked to be set right or back ("tolong kelas A
# yang diganti", "mohon dibalikin"), it is a change asked again: the classifier reads that ask before this complaint.

from __future__ import annotations

import re

from daemon.classify.keyword_rule import CHANGE

_DONE_CHANGE = r"(?:di|ber)?(?:ganti|ubah|rubah|pindah)(?:kan)?"
_MADE_WRONGLY = re.compile(
    # the change itself called wrong: "perubahan kemarin keliru", "penggantian yang kemarin salah tempat", "the change
    # you made was wrong"
    r"\b(?:perubahan|penggantian|pergantian|(?:the|your|that) (?:change|update|edit))(?: [a-z0-9-]+){0,3}? "
    r"(?:(?:is|was) )?(?:keliru|salah|wrong|mistaken|incorrect)\b|"
    # what was changed is not what was asked: "yang diganti malah kelas B", "yang berubah kelas B, bukan kelas saya"
    r"\byang " + _DONE_CHANGE + r"(?: (?:malah|justru|ternyata)\b|(?: [a-z0-9-]+){1,6}? bukan\b)|"
    # set, but not as asked: "the short name you set came out as MD-2", "changed the wrong class", "by mistake"
    r"\b(?:you|was|were|got|has been|have been) (?:set|changed|renamed|updated|replaced|moved|put)"
    r"(?: [a-z0-9-]+){0,8}? (?:came out as|by mistake|the wrong|on the wrong|instead of what)\b|"
    # made without the writer's word: "so diganti ke dosen lain tanpa pemberitahuan", "replaced without asking me"
    r"\b(?:" + CHANGE[3:-1] + r")(?: [a-z0-9-]+){0,10}? (?:tanpa(?: ada)? (?:pemberitahuan|konfirmasi|izin|"
    r"persetujuan|sepengetahuan|bertanya|tanya|koordinasi)|without (?:any )?(?:notice|warning|asking|consent|telling|"
    r"checking|consulting|informing|a word))\b"
)


def change_made_wrongly(text: str) -> str | None:
    """The words of the normalised text that complain of a change already made going wrong, or None."""
    found = _MADE_WRONGLY.search(text)
    return found.group(0) if found else None
