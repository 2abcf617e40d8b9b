"""A reply that agrees with the quoted mail ("Ya, yang itu Pak.", "Yes, that one.") or says its request stands as
written there ("Isi permintaannya tetap sama seperti di bawah."): the changes are the quoted mail's, read there."""

from __future__ import annotations

import re
from dataclasses import replace

from daemon.classify.changes import find_changes
from daemon.classify.claim_check import claimed
from daemon.classify.found_change import FoundChange
from daemon.classify.wording import CONTRAST
from parsers.body import thread_text
from parsers.sign_off import CLOSING

# The whole of such a reply is a few words; a longer text says something of its own.
_SHORT = 160
_AGREES = re.compile(
    r"\b(?:ya|iya|iyaa|yap|yup|betul|benar|bener|tepat|setuju|sesuai|oke|ok|okay|sip|yes|yep|correct|right|exactly|"
    r"confirm(?:ed)?|agreed|go\s+ahead)\b",
    re.IGNORECASE,
)
# A word that takes back, corrects or asks: the reply then does not simply agree ("bukan yang itu", "yes, but ...").
_DISAGREES = re.compile(
    rf"\?|\b(?:bukan|tidak|tdk|gak|ga|nggak|enggak|jangan|salah|keliru|ralat|koreksi|{CONTRAST}|kecuali|"
    r"batal|belum|no|not|nope|except|instead|wrong|cancel\w*|wait|tunggu)\b",
    re.IGNORECASE,
)
# "Ralat kode MK ... Isi permintaannya tetap sama seperti di bawah", "The rest of my request is as below": a reply that
# corrects something else and says the request itself stands as quoted.
_STANDS_AS_QUOTED = re.compile(
    r"\b(?:(?:isi\s)?(?:permintaan|permohonan|request)(?:nya|\ssaya)?|(?:yang\s)?lain(?:nya|-lainnya)?|selebihnya|"
    r"sisanya)\s(?:tetap|masih|sama)(?:\s(?:sama|seperti|spt))*\s(?:(?:di|yang\sdi|yg\sdi)\s?bawah|email\s(?:saya\s)?"
    r"(?:sebelumnya|di\sbawah)|semula)\b|"
    r"\b(?:the\srest(?:\sof\s(?:my|the)\srequest)?|(?:my|the)\srequest(?:\sitself)?|everything\selse)\s"
    r"(?:is|stays|remains)\s(?:the\ssame\s)?(?:as\s(?:below|before|in\smy\s(?:previous|earlier)\s(?:e-?mail|message))|"
    r"unchanged)\b",
    re.IGNORECASE,
)
# A line that opens with a closing word, or its first word alone ("Best,", "Hormat,").
_CLOSING_LINE = re.compile(rf"(?:{CLOSING}|best|hormat)\b", re.IGNORECASE)


def _own_words(text: str) -> str:
    """The reply's lines up to its closing; a signature's name under it says nothing."""
    kept: list[str] = []
    for line in text.strip().split("\n"):
        if _CLOSING_LINE.match(line.strip()):
            break
        kept.append(line)
    return " ".join(" ".join(kept).split())


def confirmed_in_quote(text: str, context: str, code: str | None, name: str | None) -> tuple[FoundChange, ...]:
    """The checked changes of the quoted mail when the reply only agrees with it or says its request stands as
    quoted; () otherwise."""
    words = _own_words(text)
    stands = bool(_STANDS_AS_QUOTED.search(words))
    if not stands and (not words or len(words) > _SHORT or not _AGREES.search(words) or _DISAGREES.search(words)):
        return ()
    quoted = thread_text(context)
    found = claimed(quoted, find_changes(quoted, code), code, name)
    return tuple(
        replace(change, cue=f"confirmed from the quoted mail, {change.cue}") for change in found if change.value
    )
