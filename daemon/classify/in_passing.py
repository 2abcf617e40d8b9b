"""Tell whether another office's word stands only in passing beside an e-learning fault the mail asks about."""

from __future__ import annotations

import re

from daemon.classify.casual_words import normalise
from daemon.classify.intent import SENTENCE_END
from daemon.classify.purposes import ASKS_A_FIX, ELEARNING_NAMED, TROUBLE
from daemon.classify.rules_help import HELP_RULES

# The network named as the way the writer reached e-learning ("tidak bisa play kalau pakai wifi kampus", "tried on the
# campus Wi-Fi and on my own data"): the way, not the fault.
_MEANS = re.compile(
    r"\b(?:pakai|pake|memakai|menggunakan|lewat|via|using|on|over|through|dengan) (?:the )?(?:jaringan )?"
    r"(?:campus |kampus )?(?:wi-?fi|hotspot)(?: kampus| campus)?\b"
)
# Asked to come to something: an invitation's own ask ("mohon kehadiran", "please attend").
_ATTEND = re.compile(r"\b(?:hadir|kehadiran|datang|attend\w*|join us|rsvp)\b")
# The writer's own ask in the word's sentence: "saya ingin mengajukan cuti kuliah", "I would like to apply for".
_OWN_ASK = re.compile(
    r"\b(?:ingin|mau|hendak|akan|would like to|want to|wish to) (?:me)?(?:ngajukan|ajukan|mengurus|urus|apply)\w*"
)
_FAULTS = tuple(rule for rule in HELP_RULES if rule.fault)


def _fault(sentence: str) -> bool:
    return bool(TROUBLE.search(sentence)) or any(rule.reason(sentence) for rule in _FAULTS)


def said_in_passing(raw_text: str, word: re.Pattern[str]) -> bool:
    """Whether every sentence naming `word` (a meeting, an invitation, the Wi-Fi) tells no fault, while another
    sentence tells a fault of e-learning and the mail asks for help with it after that fault is told."""
    raw_sentences = SENTENCE_END.split(raw_text)
    sentences = [_MEANS.sub(" ", normalise(sentence)) for sentence in raw_sentences]
    faults = [
        index
        for index, sentence in enumerate(sentences)
        if not word.search(sentence) and _fault(sentence) and ELEARNING_NAMED.search(sentence)
    ]
    # the word's own sentence tells a fault or asks ("Wifi di asrama putus", "saya ingin mengajukan cuti kuliah")
    if not faults or any(
        _fault(sentence) or ASKS_A_FIX.search(sentence) or _OWN_ASK.search(sentence)
        for sentence in sentences
        if word.search(sentence)
    ):
        return False
    # help asked at or after the fault: a plea that is not an invitation's, or a question
    return any(
        not word.search(sentence) and ((ASKS_A_FIX.search(sentence) and not _ATTEND.search(sentence)) or "?" in raw)
        for raw, sentence in zip(raw_sentences[faults[0] :], sentences[faults[0] :], strict=True)
    )
