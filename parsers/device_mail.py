"""Recognise mail an office device sends by itself: a scanner's or a copier's scan-to-email message."""

from __future__ import annotations

import re

from parsers.message import ParsedMessage

# The subjects multifunction devices write over a scan, each in its maker's fixed form: Xerox ("Scanned from a Xerox
# Multifunction Printer"), HP ("Scan to Email from HP ...", "Scanned document from HP ..."), Brother ("Scanned image
# from MFC-L2750DW"), Ricoh ("Message from "RNP0026734"" ), Canon ("Attached Image" under "Sent from iR-ADV"),
# Kyocera and Konica Minolta ("[Scan] ...", "Scan from KM_..."). A person sending on a scan writes "Fwd:" or their
# own subject.
_SCAN_SUBJECT = re.compile(
    r"^\s*(?:Scanned\s(?:from|by)\s(?:a\s)?(?:Xerox|HP|Canon|Ricoh|Brother|Kyocera|Epson|Sharp|Konica|Lexmark)\b|"
    r"Scan(?:ned)?\s(?:to\sE-?mail|document|image)\sfrom\s|Message\sfrom\s\"?RNP[0-9A-F]{6,}\"?|"
    r"Scan\sfrom\sKM_|\[Scan\]\s|Attached\sImage\s*$)",
    re.IGNORECASE,
)
# The sentence a device opens its message with: "Please open the attached document. It was scanned and sent to you
# using a Xerox ...", "This E-mail was sent from "RNP..." (MP C3004).", "Sent from iR-ADV C5535".
_SCAN_SENTENCE = re.compile(
    r"^\s*(?:Please\sopen\sthe\sattached\sdocument\.\s+It\swas\sscanned\sand\ssent\sto\syou\susing\s|"
    r"This\sE-?mail\swas\ssent\sfrom\s\"?RNP[0-9A-F]{6,}|Sent\sfrom\siR-ADV\s)",
    re.IGNORECASE,
)


def scanned_by_device(message: ParsedMessage) -> str | None:
    if _SCAN_SUBJECT.match(message.subject):
        return f"a scanner's message ({message.subject[:60]!r})"
    if _SCAN_SENTENCE.match(message.text):
        return "a scanner's own sentence"
    return None
