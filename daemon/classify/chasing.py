"""Mail that chases the helpdesk about an earlier mail: was it received, why is there no answer yet."""

from __future__ import annotations

import re

from daemon.classify.intent import PLEASE

# "belum dibalas", "kok belum ada balasan", "did you receive my email", "I have not heard back", "following up on my
# request", "masih menunggu jawaban", "sudah masuk belum": the writer asks after the unit's answer.
_CHASES = re.compile(
    r"\b(?:(?:belum|tidak|tak|gak|ga)(?: juga)? (?:ada )?(?:di)?(?:balas|jawab|respon|tanggapi|tindaklanjuti)\w*|"
    r"(?:belum|tidak|tak|gak|ga)(?: juga)? (?:ada |mendapat |dapat |menerima |terima )?(?:balasan|jawaban|respon|"
    r"respons|tanggapan|kabar)|masih menunggu (?:balasan|jawaban|respon|kabar|tanggapan)|"
    r"(?:kok )?lama (?:sekali |banget )?(?:balas|dibalas|respon|jawab)\w*|"
    r"(?:e-?mail|pesan|permintaan|tiket)(?: [a-z0-9-]+){0,6}? (?:sudah )?(?:masuk|sampai|diterima) "
    r"(?:belum|atau belum)|"
    r"(?:did|have) you (?:receive|received|get|got|see|seen) my (?:e-?mail|mail|message|request|ticket)|"
    r"(?:have not|haven t|not yet) (?:heard|had|received|got) (?:back|anything|a reply|an answer|a response)|"
    r"(?:still )?no (?:reply|response|answer|news)(?: yet| so far)?|still waiting for (?:a |an |your )?"
    r"(?:reply|response|answer)|(?:just )?following up on my (?:e-?mail|mail|message|request|ticket))\b"
)
# Asked for the answer, not for work: "mohon perhatiannya", "mohon segera dibalas", "please reply".
_ANSWER_ASKED = re.compile(
    r"\b(?:mohon|tolong|please|kindly)(?: segera)? (?:perhatian\w*|(?:di)?(?:balas|jawab|respon|tanggapi)\w*|"
    r"reply|respond|answer|confirm|konfirmasi\w*|let me know|kabari\w*)\b"
)


def chases_the_helpdesk(text: str) -> str | None:
    """The words of the normalised text that chase an earlier mail, when it asks for no work beside its answer."""
    found = _CHASES.search(text)
    # any other ask ("belum dibalas ... mohon dibantu", "sending again: please change") asks the matter again; the
    # chase's own noun ("following up on my request") is not one
    if found is None or PLEASE.search(_ANSWER_ASKED.sub(" ", _CHASES.sub(" ", text))):
        return None
    return found.group(0)
