"""The writer's own words read onto the end of a claimed value, cut off."""

from __future__ import annotations

import re
from dataclasses import replace

from daemon.classify.found_change import FoundChange
from parsers.sign_off import CLOSING

# "... prototipe sederhana. Segera ya.", "... seawalls. ASAP please.", "... dll. Karena RPS prodi sudah direvisi.",
# "... Sekian, terima kasih.", "... Sudah disetujui Kaprodi.", "... Needed for the ISO audit next week.": urgency, a
# reason, an approval, a need or a closing after the text's last full stop is the writer's to the helpdesk, never the
# course's. "Agar/Supaya mahasiswa mampu ..." and "Karena itu, ..." open a description's own sentences, so purposes
# and consequences are not among them.
_WRITERS_WORDS = (
    r"segera|secepatnya|secepat[ \t]+mungkin|buruan|urgent|asap|as[ \t]+soon[ \t]+as|at[ \t]+your[ \t]+earliest|"
    r"paling[ \t]+lambat|selambat\w*|deadline|(?:karena|krn|sebab)(?![ \t]+itu)|soalnya|dikarenakan|because|"
    r"ini[ \t]+karena|this[ \t]+is[ \t]+because|sekian|demikian(?![ \t]+(?:pula|juga|halnya))|"
    r"(?:sudah|telah|udah|sdh)[ \t]+(?:di-?)?(?:setujui|sahkan|acc|approve\w*|ok\w*)|disetujui|(?:already[ \t]+)?"
    r"(?:approved|agreed|signed[ \t]+off)[ \t]+(?:by|with|in)|(?:di)?(?:butuh|perlu)(?:kan)?[ \t]+(?:untuk|buat|utk)|"
    rf"(?:needed|required)[ \t]+(?:for|by)|{CLOSING}"
)
# "... analisis selisih. Sebelum UTS ya pak.", "... Today if possible.": a moment is the writer's deadline only in a
# short sentence that ends the text ("Sebelum mengambil mata kuliah ini, mahasiswa ..." states a prerequisite).
_DEADLINE_WORDS = (
    r"sebelum|before|cepat|maksimal|batas(?:nya)?|no[ \t]+later|by[ \t]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"tomorrow|today|next|this|the[ \t]+end)|hari[ \t]+ini|besok|lusa|today|tomorrow|minggu[ \t]+ini|this[ \t]+week"
)
_SHORT_SENTENCE_ENDS = r"(?=[^,;.!?\n]{0,40}[.!?]*[ \t]*$)"
_WRITERS_SENTENCE = re.compile(
    rf"(?<=[.!?])[ \t\n]+(?:(?:{_WRITERS_WORDS})\b|(?:{_DEADLINE_WORDS})\b{_SHORT_SENTENCE_ENDS}"
    # "... laboratory work. Is that OK?": a short question to the helpdesk after the text.
    r"|[^.!?\n]{1,60}\?[ \t]*$)",
    re.IGNORECASE,
)
# A trailer is a sentence or two; a longer run after the cue is the description going on.
_TRAILER_REACH = 100
_SHORTEST_TEXT = 20

# "Dr. Sondang Sitorus, M.Si. dan Pak Rinto sebagai asisten lab", "... and Ahmad Zaki as teaching assistant": a
# second person joined as an assistant or a technician helps in the course, and does not teach it.
_ASSISTANT_JOINED = re.compile(
    # Only from the first blank of a run: trying every blank of a long run as a start was quadratic.
    r"(?<![ \t])[ \t]*+,?[ \t]*(?:\b(?:dan|and|serta|dengan|with)\b|&)[ \t]+[^,;.\n]{2,60}?[ \t]+"
    r"(?:sebagai|selaku|as|jadi)[ \t]+(?:an?[ \t]+)?(?:asisten|assistant|teaching[ \t]+assistant|TA|laboran|"
    r"teknisi|technician|tutor|pendamping)\b",
    re.IGNORECASE,
)

_ROLE_REACH = 80

# "Spanish for Hospitality -- from the odd semester onward": a name never ends on a dash.
_DASHES_AT_END = " \t-–—"


def without_writers_sentence(change: FoundChange) -> FoundChange:
    """A description without the writer's short sentence of urgency, deadline, reason, approval or thanks at its
    end."""
    if change.field != "summary":
        return change
    for trailer in _WRITERS_SENTENCE.finditer(change.value, _SHORTEST_TEXT):
        if len(change.value) - trailer.start() <= _TRAILER_REACH:
            kept = change.value[: trailer.start()].rstrip()
            return replace(change, value=kept, end=change.start + len(kept))
    return change


def without_assistant(flat: str, change: FoundChange) -> FoundChange:
    """A lecturer without a second person the writer joins to them as an assistant."""
    if change.field != "lecturer":
        return change
    # The reader's span may stop before the role ("... M.Si. dan Pak Rinto" of "... sebagai asisten lab").
    for joined in _ASSISTANT_JOINED.finditer(flat, change.start, change.end + _ROLE_REACH):
        if joined.start() >= change.end:
            break
        kept = flat[change.start : joined.start()].rstrip(" \t,")
        if kept and change.value.startswith(kept):
            return replace(change, value=kept, end=change.start + len(kept))
    return change


def without_dashes_at_end(change: FoundChange) -> FoundChange:
    if change.field != "fullname" or not change.value.endswith(tuple(_DASHES_AT_END)):
        return change
    kept = change.value.rstrip(_DASHES_AT_END)
    return replace(change, value=kept, end=change.start + len(kept))
