"""Whether a line asks the writer for the course's code."""

from __future__ import annotations

import re

# "Mohon lengkapi: kode mata kuliah.", "boleh kami tahu kode MK-nya apa?", "Could you tell us the course code?":
# the helpdesk asks for the code by the word for a code, in a question or under the receipt's "complete" label.
_CODE_WORD = re.compile(r"\b(?:kode|kd|code)(?:-?nya)?\b", re.IGNORECASE)
# The verbs of the receipt's "complete" ask, as the helpdesk writes it and as writers paraphrase it ("Mohon
# dilengkapi ...", "Please provide ..."); the reader of a paraphrased ask uses them too.
COMPLETE_VERB = r"(?:di)?(?:lengkapi|lengkapkan|complete|provide|sertakan)"
_ASKS = re.compile(
    rf"\?|\b(?:{COMPLETE_VERB}|sebutkan|informasikan|kirimkan|beritahu\w*|tell|send|share|let\s+us\s+know)\b",
    re.IGNORECASE,
)
# An enrolment, access or voucher code and a short name ("kode singkat") are values of their own, not the course.
_OTHER_CODE = re.compile(
    r"\b(?:enrol\w*|akses|access|pendaftaran|registra\w*|voucher|kunci|key|singkat|short\s*name|shortname|kupon)\b",
    re.IGNORECASE,
)


def asks_for_a_code(line: str) -> bool:
    return bool(_CODE_WORD.search(line) and _ASKS.search(line) and not _OTHER_CODE.search(line))
