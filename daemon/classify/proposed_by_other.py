"""A value someone other than the writer proposed, not said to be agreed: "Pak Budi usul nama MK diganti X,
bagaimana menurut P4M?", "the head of department suggested X": the field is asked of the requester, the value is not
claimed."""

from __future__ import annotations

import re

from daemon.classify.found_change import FoundChange

# Someone named, titled or by office, then a verb of proposing, before the value in its sentence; the writer's own
# proposal ("Saya mengusulkan ...", "I suggest ...") asks for the change.
_OTHER_PROPOSES = re.compile(
    r"\b(?:Pak|Bu|Bapak|Ibu|Mas|Mbak|Dr|Prof|Mr|Mrs|Ms|kaprodi|kajur|ketua|kepala|koordinator|rekan|teman|"
    r"colleague|(?:the\s+)?(?:head|HoD|dean|chair|coordinator|committee|board)|beliau|mereka|he|she|they)\b"
    r"[^.?!\n]{0,40}?\b(?:usul|usulkan|mengusulkan|mengusul|menyarankan|menyaranin|suggest(?:ed|s)?|propos(?:ed|es))\b",
    re.IGNORECASE,
)
_WRITER_PROPOSES = re.compile(r"\b(?:saya|kami|aku|sy|I|we)\s+(?:\w+\s+)?(?:usul|mengusulkan|suggest|propose)", re.I)
# "..., dan sudah disetujui rapat prodi", "which the board approved": the proposal became the decision.
_AGREED = re.compile(
    r"\b(?:(?:sudah|telah|sdh)\s+)?(?:disetujui|disepakati|diputuskan|ditetapkan|disahkan)\b|\b(?:approved|agreed|"
    r"adopted|accepted|decided)\b",
    re.IGNORECASE,
)


def proposed_by_other(flat: str, change: FoundChange) -> bool:
    """Whether the sentence that holds the value says another person proposed it, and nothing in it or the next
    sentence says it was agreed (a negated agreement is no agreement)."""
    sentence_start = max(flat.rfind(mark, 0, change.start) for mark in (". ", "! ", "? ", "\n")) + 1
    before = flat[sentence_start : change.start]
    proposal = _OTHER_PROPOSES.search(before)
    if proposal is None or _WRITER_PROPOSES.search(before):
        return False
    window = flat[sentence_start : min(len(flat), change.end + 160)]
    agreed = _AGREED.search(window)
    negated = agreed is not None and re.search(
        r"\b(?:belum|tidak|tdk|not|never|yet\s+to\s+be|has\s+not|have\s+not|hasn't|haven't)\b[^.?!\n]{0,20}$",
        window[: agreed.start()],
        re.IGNORECASE,
    )
    return agreed is None or negated is not None
