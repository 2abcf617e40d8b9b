"""Mail in which a student asks for a better mark of their own, which is the lecturer's judgement to make."""

from __future__ import annotations

import re

# "mohon nilai saya diubah jadi 75", "nilai kuis 2 Kalkulus saya ... mohon dinaikkan", "could you change my assignment
# mark from 65 to 85": the writer's own mark asked changed. A mark e-learning lost or shows wrongly ("nilai kuis saya
# tidak muncul") asks no judgement and stays a fault.
_OWN_GRADE = re.compile(
    r"\b(?:(?:nilai|skor)(?: [a-z0-9]+){0,4}? (?:saya|ku|aku)\b(?: [a-z0-9-]+){0,8}? (?:mohon |tolong |minta )?"
    r"(?:dinaikkan|dinaikan|diubah|diganti|direvisi|naikkan|naikin)|"
    r"(?:change|raise|increase|improve|revise) my (?:[a-z0-9]+ ){0,3}?(?:grade|mark|score)s?)\b"
)


def asks_for_own_grade(text: str) -> str | None:
    """The words of the normalised text that ask for the writer's own mark to be changed."""
    found = _OWN_GRADE.search(text)
    return found.group(0) if found else None
