"""Whether a mail asks the unit to publish a text (a publishing said not to be wanted asks none)."""

from __future__ import annotations

import re

from daemon.classify.model import RequestType
from daemon.classify.rules import RULES

# A publishing said not to be wanted asks none: "no need to post it on Moodle", "tidak usah ditayangkan".
NOT_PUBLISHED = re.compile(
    r"\b(?:tidak|tak|gak|jangan|no need to|do not|don t|need not)(?: perlu| usah)?(?: lagi)? "
    r"(?:di|me)?(?:pasang|tayang|umumkan|sebar|post|publish|publikasi)\w*"
)


def asks_to_publish(subject: str, body: str, questions: str) -> bool:
    """Whether the normalised mail asks to publish a text, or answers the helpdesk's questions about one ("Judul
    pengumuman?", "Kapan tayang?")."""
    said = NOT_PUBLISHED.sub(" ", f"{subject} {body} {questions}")
    return any(
        (rule.asks_to_publish and rule.reason(said))
        or (rule.votes_for is RequestType.ANNOUNCEMENT and not rule.topic and rule.reason(questions))
        for rule in RULES
    )
