"""Changes said outside the cue-connector-value order: a person put in the lecturer's place, and the closing
under which labelled lines sign the mail rather than ask for anything."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.found_change import FoundChange
from daemon.classify.values import VALUE_READERS

# "Hormat saya,\nDosen Pengampu: Dr. X": the closing line of a mail.
CLOSING = re.compile(
    r"^[ \t]*(?:hormat\s(?:saya|kami)|salam(?:\s(?:hormat|saya))?|wassalam\w*|(?:best|kind|warm)?\s?regards|best|"
    r"sincerely|yours(?:\s(?:sincerely|faithfully|truly))?|cheers|terima\s?kasih|makasih|thanks?(?:\syou)?|"
    r"thx|tks|trims)[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# "Please list Dr. Farah Aziz as the lecturer", "tambahkan Ibu X sebagai dosen pengampu", "assign the course to Mr.
# X": a person put in the lecturer's place, the cue after the name.
_PUT_AS = re.compile(r"\b(?:list|put|set|assign|cantumkan|jadikan|tetapkan)\s+(?=\S)")
_AS_LECTURER = re.compile(
    r"[ \t]+(?:as|sebagai)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:new[ \t]+|baru[ \t]+)?(?:lecturer|instructor|teacher|"
    r"dosen(?:[ \t]+(?:pengampu|pengajar))?|pengampu)\b",
    re.IGNORECASE,
)
_ASSIGN_TO = re.compile(r"\b(?:assign|hand\sover|give)\s+(?:the|this|my|our)\s+(?:course|class)\s+to\s+", re.I)


def put_as_lecturer(flat: str) -> FoundChange | None:
    for verb in _PUT_AS.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, verb.end(), len(flat))
        if read and (role := _AS_LECTURER.match(flat, read[1])):
            found = flat.find(read[0], verb.end(), read[1])
            change = FoundChange(
                "lecturer",
                read[0],
                f"named as: {verb.group(0).strip()} … {role.group(0).strip()}",
                found,
                found + len(read[0]),
            )
            if not unsure(flat, verb.start(), verb.start(), change.span):
                return change
    for assign in _ASSIGN_TO.finditer(flat):
        read = VALUE_READERS["lecturer"](flat, assign.end(), len(flat))
        if read:
            found = flat.find(read[0], assign.end(), read[1])
            change = FoundChange(
                "lecturer", read[0], f"assigned: {assign.group(0).strip()}", found, found + len(read[0])
            )
            if not unsure(flat, assign.start(), assign.start(), change.span):
                return change
    return None
