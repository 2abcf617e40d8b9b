"""Whether a clause asks for a change: hedges, plans, changes already done, negations and how-questions are not asked.

Precision first: a value the daemon is unsure of is not claimed; the requester is asked for it instead."""

from __future__ import annotations

import re

from daemon.classify.change_words import cues
from daemon.classify.wording import CONTRAST, sentence_around

# Precision first: a value the writer only supposes ("kalau misalnya saya ingin mengganti jadi X") or asks not to
# apply yet is not a requested change.
_SUPPOSING = re.compile(
    r"\b(?:misal(?:nya)?|seandainya|andai(?:kan)?|umpama(?:nya)?|suppose|supposing|hypothetical(?:ly)?|what\sif|"
    r"if\s(?:i|we)\s(?:want(?:ed)?|were|would)|(?:kalau|jika|bila|apabila)\s(?:saya|kami)\s(?:ingin|mau|hendak)|"
    # a change that waits on someone's approval: "If approved by the head of department, ..."
    r"(?:if|once|when|unless)\s(?:it\sis\s)?approved|(?:kalau|jika|bila|apabila|setelah)\s(?:sudah\s)?disetujui|"
    r"subject\sto\s(?:the\s)?approval|pending\s(?:the\s)?approval)\b",
    re.IGNORECASE,
)
_NOT_YET = re.compile(
    r"\b(?:jangan\s(?:di\s?)?(?:ubah|ganti|rubah)\s(?:dulu|sekarang)|(?:do\s)?not\s(?:change|rename)\s(?:it\s|anything\s)?"
    r"yet|don\W?t\s(?:change|rename)\s(?:it\s|anything\s)?yet)\b",
    re.IGNORECASE,
)


# Precision first, in the clause that asks: a hedge ("mungkin dosennya nanti X", "possibly to X"), a plan ("prodi
# berencana mengganti ... menjadi X"), a change already done ("sudah diganti menjadi X"), a negation ("tidak perlu
# diubah menjadi X") or a how-question ("bagaimana cara mengganti ... menjadi X?") before the value; an open
# decision after it ("..., tapi belum pasti"). The clause runs from the last comma or semicolon before the cue. A
# polite frame is no hedge: "I wonder whether it might be possible to have it renamed to X", "May I ask ...".
_UNSURE_BEFORE = re.compile(
    r"\b(?:(?<!apakah\s)(?<!apa\s)mungkin(?!\s(?:bisa|boleh|dapat|tolong|mohon))|kemungkinan(?:nya)?|barangkali|sepertinya|kayaknya|"
    r"possibly|perhaps|maybe|probably|(?-i:might|may)\s(?!be\spossible\b|I\s|you\s)|(?:ber)?rencana(?:nya)?|berencana|plan(?:s|ning|ned)?\sto|"
    # an idea floated, not a decision: "Ada wacana MK X nanti dipegang Bu Y", "there is talk of ..."
    r"wacana(?:nya)?|(?:ada|masih)\s(?:usulan|usul|ide)|there\s(?:is|was)\s(?:talk|an\sidea)\sof|tentative(?:ly)?|"
    r"intend(?:s|ing)?\sto|"
    # a deliberation, not a request: "Should we replace ...?", "Perlukah dosennya diganti ...?"
    r"(?:should|shall)\s(?:we|i)\b|should\s(?:the|this|that|it|my|our)\s(?:\S+\s){0,3}?be\b|(?:do|would)\s(?:we|i)\sneed\sto|perlukah|haruskah|apa(?:kah)?\s(?:perlu|harus)|"
    # "sudah saya ubah menjadi X", "setelah diganti jadi 3 SKS, nilai hilang", "since it was changed to X": done.
    r"(?:sudah|sdh|udah|telah|already|has\sbeen|have\sbeen|had\sbeen|was|were|setelah|sesudah|stlh|sejak|semenjak|"
    r"since|sampun|uwis|wis)\s+(?:\S+\s+)?"
    r"(?:di(?:ganti|ubah|rubah|update|perbaiki|koreksi|pindah|set)\w*|chang|updat|renam|correct|replac|fix|mov|switch|ubah|ganti|"
    r"gantos|"
    r"rubah|perbaiki|koreksi|edit)|"
    # done by someone, asked about or told: "We changed the course name last week to X", "who set the key to X?"
    r"(?:we|i|they|someone|somebody|who)\s(?:have\s|had\s|already\s|just\s)?(?:changed|updated|renamed|set|moved|"
    r"switched|corrected|fixed|replaced)\b|"
    # what others may do themselves is a question about a permission: "Can students change their class ...?"
    r"(?:can|could|may|bisa(?:kah)?|boleh(?:kah)?|apakah)\s(?:the\s)?(?:students?|mahasiswa|mhs|lecturers?|dosen)\b|"
    r"jangan|(?:tidak|tdk|gak|ga|nggak|ngga)\s(?:perlu|usah)|no\sneed|(?:do|does|did)\s?n[o']?t|need\snot|"
    r"bagaimana\scara|gimana\scara|gmn\scara|caranya|how\s(?:do|can|could|should|to)|"
    # An open decision ("belum memutuskan apakah ... akan menjadi X", "considering ..."), and a change that befell
    # the course, asked about ("kenapa nama MK berubah menjadi X", "why did the class become X").
    r"belum\s(?:memutuskan|diputuskan|pasti|tentu)|(?:sedang\s)?mempertimbangkan|considering|thinking\s(?:of|about)|"
    r"not\s(?:yet\s)?(?:decided|sure)|kenapa|mengapa|knp|why|how\scome|berubah|tiba-tiba|suddenly|"
    # A change supposed for some later day: "kalau nanti pengampunya diganti ke X, apakah ...", "if one day ...".
    r"(?:kalau|kalo|klo|jika|bila|apabila|andai|seandainya)\s(?:nanti|kelak|suatu\s(?:saat|hari|waktu)|ke\s?depan(?:nya)?)|"
    r"(?:if|in\scase)\s(?:\S+\s){0,3}?(?:ever|eventually|one\sday|later\son|in\sthe\sfuture))",
    re.IGNORECASE,
)
# The writer's word, after a value, that it is not settled yet ("belum pasti", "not confirmed", "masih menunggu"):
# one lexicon of hedges, read here in the value's sentence and by claim_check's last look after a value.
# UNDECIDED is its part that says the decision itself is open, the part keyword_rule's HEDGE reads: the writer's own
# doubt ("belum tentu", "not sure") does not make a whole mail a change announced for later.
UNDECIDED = r"belum\s+(?:pasti|final|fix)|not\s+(?:final|confirmed|decided)|masih\s+menunggu"
NOT_SETTLED = rf"{UNDECIDED}|belum\s+tentu|not\s+sure"
# In the value's own sentence, also a decision not taken ("belum diputuskan", "nothing is decided") or a change
# withdrawn; claim_check's further words of doubt ("menunggu keputusan rapat") leave such a value asked back instead.
_UNSURE_AFTER = re.compile(
    rf"\b(?:{NOT_SETTLED}|belum\s(?:diputuskan|disetujui)|not\syet\s(?:decided|confirmed|final|sure)|"
    r"nothing\s(?:is\s)?(?:decided|confirmed)|still\swaiting|"
    # still to be talked over: "..., tapi itu baru dibahas di rapat bulan depan", "to be discussed at the meeting"
    r"(?:baru|akan|masih\s+akan|belum)\s+(?:akan\s+)?(?:di(?:bahas|bicarakan|diskusikan|rapatkan|usulkan))|"
    r"(?:to\s+be|still\s+being|yet\s+to\s+be)\s+(?:discussed|decided|proposed)|under\s+discussion|"
    # withdrawn: "..., jadi tidak usah diubah", "no need to change it after all", "batal"
    # ... but not the rest of the course left alone: "..., no need to touch the rest", "yang lain tidak usah diubah"
    r"(?:tidak|tdk|gak|ga|nggak|ngga)\s(?:usah|perlu|jadi)(?!\s(?:di\w+\s)?(?:yang|yg)\slain)|"
    r"no\s(?:need(?!\sto\s(?:touch|change|update|edit)\s(?:the\s)?(?:rest|others?|anything\selse))|longer\sneeded)|"
    r"not\snecessary|batal|"
    r"cancel(?:led)?)\b",
    re.IGNORECASE,
)


_HEARSAY = re.compile(
    r"\b(?:katanya|kabarnya|dengar-dengar|denger-denger|konon|(?:i|we)\s(?:have\s)?heard|rumou?red)\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(rf"[,;]|\b(?:{CONTRAST})\b", re.IGNORECASE)


def _clause_start(flat: str, sentence_start: int, position: int) -> int:
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(flat, sentence_start, position)]
    return breaks[-1] if breaks else sentence_start


def unsure(flat: str, cue_start: int, connector_start: int, value: tuple[int, int]) -> bool:
    """Whether the clause of the connector up to the value, the clause of the cue up to the cue, or the rest of
    the sentence after the value says it is not asked."""
    value_start, value_end = value
    sentence_start, sentence_end = sentence_around(flat, value_start)
    connector_start = max(sentence_start, min(connector_start, value_start))
    cue_start = max(sentence_start, min(cue_start, connector_start))
    # Hearsay asked back: "Katanya MK X mau berganti nama menjadi Y ya?" wants it confirmed, not done.
    heard = flat[sentence_end : sentence_end + 1] == "?" and _HEARSAY.search(flat, sentence_start, value_start)
    return bool(
        heard
        or _UNSURE_BEFORE.search(flat, _clause_start(flat, sentence_start, connector_start), value_start)
        or _UNSURE_BEFORE.search(flat, _clause_start(flat, sentence_start, cue_start), cue_start)
        or _UNSURE_AFTER.search(flat, value_end, max(value_end, sentence_end))
    )


def supposed(flat: str, value_start: int) -> bool:
    sentence_start = max(flat.rfind(mark, 0, value_start) for mark in (".", "!", "?", "\n")) + 1
    return bool(_SUPPOSING.search(flat, sentence_start, value_start))


def not_yet(flat: str) -> bool:
    """The writer asks that nothing be changed yet ("jangan diubah dulu", "do not change it yet"), a sentence that
    names no field of its own."""
    return any(not cues(flat[slice(*sentence_around(flat, wait.start()))]) for wait in _NOT_YET.finditer(flat))


def held_fields(flat: str) -> frozenset[str]:
    """Fields the writer asks to leave as they are for now: "Enrolment key-nya jangan diganti dulu ya, yang mau
    saya ubah nama MK-nya saja": the other changes of the mail are still asked."""
    return frozenset(
        field
        for wait in _NOT_YET.finditer(flat)
        for field, _ in cues(flat[sentence_around(flat, wait.start())[0] : wait.start()])
    )
