"""Checks of what surrounds a claimed change value: a closing glued to its end, an opinion asked about it, a
sentence of the writer's run into a description, and a field the latest writer says is done or not wanted."""

from __future__ import annotations

import re
from dataclasses import replace

from daemon.classify.change_words import cues
from daemon.classify.found_change import FoundChange
from daemon.classify.wording import sentence_around

# "Manajemen Proyek Konstruksi Tarimo kasih", "Dr. Armando da Costa Obrigadu barak", "Ratna Sari Hatur nuhun": a
# thank-you in any language the writer grew up with, typed after the value without a full stop, is never a course's
# or a person's name. "Salam" and "Hormat" may be a person's name ("Abdul Salam") and are left to the readers.
_THANKS = (
    r"terima[ \t]?kasih|trima[ \t]?kasih|terimakasih|trimakasih|makasih|makasi|makaseh|tarimo[ \t]+kasih|"
    r"tarimokasih|hatur[ \t]+nuhun|nuhun|matur[ \t]*(?:nuwun|suwun|sembah[ \t]+nuwun)|maturnuwun|suwun|suksma|"
    r"mauliate|teurimong[ \t]+geunaseh|kurru[ \t]+sumanga'?|danke|merci|gracias|grazie|obrigad[ou]|arigat[ou]u?|"
    r"kamsia|xie[ \t]?xie|salamat|syukron|shukran|jazakallah\w*|thanks|thank[ \t]+you|thankyou|thx|tks|trims|"
    r"tengkyu|regards|cheers|wassalam\w*"
)
# The reader may have stopped before the thank-you's lower-case second word: "Ratna Sari Hatur".
_THANKS_FIRST_WORD = r"(?:terima|trima|tarimo|hatur|matur|teurimong|kurru|thank)(?=[ \t]*$)"
_GLUED_THANKS = re.compile(rf"[ \t,]+(?:{_THANKS}|{_THANKS_FIRST_WORD})(?![\w'])", re.IGNORECASE)

# "..., bagaimana menurut Bapak/Ibu?", "Menurut Ibu, apakah panjangnya sudah pas?", "what do you think?": the
# writer puts the value forward for the helpdesk's opinion; nothing is decided yet, so it is asked back.
_OPINION = re.compile(
    r"\b(?:bagaimana|gimana|bgmn)[ \t]+menurut|menurut[ \t]+(?:bapak|ibu|bpk|bu|pak|anda|kakak|kak|p4m|tim|"
    r"panjenengan|njenengan|sampeyan|antum)\b|(?:mohon|minta|butuh|perlu)[ \t]+(?:pendapat|masukan|saran|"
    r"pertimbangan)\w*|what[ \t]+do[ \t]+you[ \t]+think|do[ \t]+you[ \t]+think|(?:any|your)[ \t]+(?:thoughts|"
    r"opinion|views|advice|feedback|suggestions?)\b|what[ \t]+would[ \t]+you[ \t]+(?:suggest|recommend|advise)",
    re.IGNORECASE,
)
_OPINION_REACH = 160

# "... produktivitas. Seandainya terlalu panjang, boleh dipotong ...", "... labs. If it is too long, feel free to cut
# the last sentence": a condition that gives the helpdesk leave to edit is the writer's, not the description's.
_LEAVE_TO_EDIT = re.compile(
    r"(?<=[.!?])[ \t\n]+(?:seandainya|jika|jikalau|kalau|kalo|apabila|bila|andai(?:kan)?|if|in[ \t]+case|should)\b"
    r"[^.!?\n]{0,120}?\b(?:boleh|silakan|silahkan|dipotong|disingkat|diringkas|diedit|dipendekkan|terlalu[ \t]+"
    r"panjang|kepanjangan|too[ \t]+long|feel[ \t]+free|you[ \t]+(?:may|can)|shorten|trim)\b",
    re.IGNORECASE,
)

# "The full name was already changed by the study programme", "nama lengkapnya sudah kami urus sendiri": done.
_DONE = re.compile(
    r"\b(?:already|sudah|sdh|udah|telah|dah)\b(?:[ \t]+[\w-]+){0,4}?[ \t]+(?:(?:been[ \t]+)?(?:changed|updated|"
    r"done|fixed|corrected|renamed|sorted|handled|set)|(?:di|ter|ku)?(?:ubah|ganti|rubah|perbaiki|perbarui|update|"
    r"urus|betulkan|benarkan|sesuaikan|ganti)\w*|beres|selesai|berubah|oke|ok)\b|"
    r"\b(?:was|were|has[ \t]+been|have[ \t]+been|got)[ \t]+(?:already[ \t]+)?(?:changed|updated|fixed|renamed|"
    r"corrected|done)\b",
    re.IGNORECASE,
)
# "so only the short name is still needed", "tinggal short name saja", "cukup key-nya": the one field still asked.
_ONLY = re.compile(r"\b(?:only|just|hanya|cuma|cuman|tinggal|cukup)\b", re.IGNORECASE)
_ONLY_REACH = 40
# "sudah diganti, tapi masih salah; mohon diganti lagi jadi X", "sudah diganti ... Ternyata Kaprodi tidak setuju.
# Mohon dikembalikan", "udah ganti ... tapi di elearning masih nama dosen lama": done somewhere, asked now.
_ASKED_AGAIN = re.compile(
    r"\b(?:lagi|again|(?:di|ke)?kembali\w*|(?:di)?balik\w*|revert\w*|undo|semula|(?:di)?batal\w*|cancel\w*|still|"
    r"masih|msh|salah|wrong|keliru|belum|blm|not[ \t]+yet|tapi|tp|but|however|namun|ternyata|typo|incorrect|"
    r"tidak[ \t]+(?:sesuai|tepat|benar|setuju)|not[ \t]+(?:right|correct|approved))\b",
    re.IGNORECASE,
)
# "Mohon dosen pengampu ... Jumat ini sudah diganti": done is what the writer asks to have by a day, not news.
_ASKS_FOR_DONE = re.compile(
    r"\b(?:mohon|mhn|tolong|tlg|please|pls|harap|agar|supaya|biar|semoga|hopefully|minta|need|needs|perlu)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:so|and|but|jadi|sehingga|tapi|tetapi|namun|dan|yang)\b", re.IGNORECASE)


def without_glued_thanks(change: FoundChange) -> FoundChange | None:
    """A name or a person's name up to a thank-you typed onto it; None when nothing of the value is left."""
    if change.field not in ("fullname", "lecturer"):
        return change
    glued = _GLUED_THANKS.search(change.value, 1)
    if glued is None:
        return change
    kept = change.value[: glued.start()].rstrip(" \t,;:-")
    return replace(change, value=kept, end=change.start + len(kept)) if kept else None


def opinion_asked(flat: str, change: FoundChange) -> bool:
    """Whether the writer asks the helpdesk's opinion about the value, in its sentence or right after it."""
    sentence_start = sentence_around(flat, change.start)[0]
    paragraph_end = flat.find("\n\n", change.end)
    reach = min(change.end + _OPINION_REACH, len(flat) if paragraph_end < 0 else paragraph_end)
    return bool(_OPINION.search(flat, sentence_start, max(reach, change.end)))


def without_leave_to_edit(change: FoundChange) -> FoundChange:
    if change.field != "summary" or not (leave := _LEAVE_TO_EDIT.search(change.value)):
        return change
    kept = change.value[: leave.start()].rstrip()
    return replace(change, value=kept, end=change.start + len(kept))


def _fields_in(text: str) -> set[str]:
    return {field for field, _ in cues(text)}


def _clause_before(text: str, position: int) -> str:
    """The clause that ends at `position`: the field cue a "done" word speaks of stands in it."""
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(text, 0, position)]
    return text[breaks[-1] if breaks else 0 : position]


def not_asked_now(flat: str, change: FoundChange) -> bool:
    """Whether an earlier sentence of the mail says the value's field is done already, or names the only other field
    still wanted ("The full name was already changed ..., so only the short name is still needed" above a forwarded
    request for both)."""
    sentence_start = sentence_around(flat, change.start)[0]
    before = flat[:sentence_start]
    paragraph_end = flat.find("\n\n", change.end)
    for done in _DONE.finditer(before):
        clause = _clause_before(before, done.start())
        if (
            change.field in _fields_in(clause)
            and not _ASKS_FOR_DONE.search(clause)
            and not _ASKED_AGAIN.search(flat, done.start(), len(flat) if paragraph_end < 0 else paragraph_end)
        ):
            return True
    for only in _ONLY.finditer(before):
        named = _fields_in(before[only.end() : only.end() + _ONLY_REACH])
        if named and change.field not in named:
            return True
    return False
