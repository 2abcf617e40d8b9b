"""Mail that tells rather than asks: a notice for information, a plan told ahead, a complaint, praise, an invitation,
a farewell. The course data and announcements it names are its topic unless it also states a change."""

from __future__ import annotations

import re

from daemon.classify.keyword_rule import CHANGE, HEDGE

# Each reading is a kind of telling, said in Indonesian or English, casual or formal.
_TELLING = re.compile(
    # for information only: "info saja", "sekadar memberitahukan", "just a heads-up", "FYI"
    r"\b(?:info(?:rmasi)? saja|(?:sekadar|sekedar|hanya|cuma) (?:info\w*|memberi ?tahu\w*|mengabarkan|kabar\w*)|"
    r"sebagai informasi|untuk informasi|fyi|heads-up|heads up|for your information|just (?:to )?let(?:ting)? you know|"
    # a formal notice to the units: "bersama ini kami sampaikan bahwa", "surat edaran", "this is to inform you that"
    r"(?:dengan|bersama) ini (?:kami )?(?:sampaikan|beritahukan|informasikan) bahwa|surat edaran|"
    r"(?:this is to|we hereby|we wish to) inform|please be informed|"
    # a plan told ahead, its request promised later: "rencananya dipindah", "akan kami kirim setelah SK terbit"
    r"rencana(?:nya)?|direncanakan|agreed in principle|(?:akan|nanti) (?:kami|saya) (?:kirim\w*|ajukan|sampaikan)"
    r"(?: [a-z0-9-]+){0,4}? (?:setelah|sesudah|kalau|jika|begitu)|(?:i ll|we ll|i will|we will) (?:write|send|get back)"
    r"(?: [a-z0-9-]+){0,4}? (?:once|when|after)|"
    # a complaint, praise, an invitation or a farewell
    r"keberatan|kecewa|complain\w*|disappointed|protes|protest|menyesalkan|apresiasi|kudos|well done|great job|"
    r"salut|(?:kami |we )?mengundang|undangan|(?:are|is|be) (?:warmly |cordially )?invited|invitation|pamit|"
    r"berpamitan|farewell|pindah tugas)\b|" + HEDGE
)


def tells_only(text: str) -> str | None:
    """The words of the normalised text that tell of something (for information, a plan, a complaint, praise, an
    invitation, a farewell)."""
    found = _TELLING.search(text)
    return found.group(0) if found else None


# A word of asking that governs a verb of change or of publishing in the same clause ("mohon nama MK ... diganti",
# "please publish it"): the mail asks, whatever else it tells; asked later ("akan saya minta") it does not.
_ASKS_FOR_WORK = re.compile(
    r"\b(?<!akan saya )(?<!akan kami )(?<!nanti saya )(?<!nanti kami )(?<!will )"
    r"(?:mohon|tolong|please|minta|could you|can you|would you|bisa|bisakah|kindly|harap|dimohon|would like|"
    r"permohonan|request)"
    r"(?: [a-z0-9-]+){0,10}? (?:" + CHANGE[3:-1] + r"|publish\w*|post\w*|(?:di|meng)?umumkan|(?:di|me)?nayangkan|"
    r"(?:di)?tayangkan|(?:di|mem)?publikasikan|(?:di|me)?masang\w*|(?:di)?pasang\w*|(?:di|me)?nyebar\w*|sebarkan|"
    r"disebar\w*|share|relay|notice|pengumuman|announcement)\b"
)


def asks_for_work(text: str) -> bool:
    """Whether the normalised text asks the unit to change or publish something now."""
    return bool(_ASKS_FOR_WORK.search(text))
