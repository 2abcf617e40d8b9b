"""Find our ticket tag in a subject and strip reply/forward prefixes from it."""

from __future__ import annotations

import re

# Prefixes of common clients in Indonesian and English (and the German ones Outlook users bring
# along): Re, Fwd, Fw, Balas, BLS, TRS, Tr, Teruskan, AW, WG, with optional [n] counters.
_PREFIX = re.compile(
    r"^\s*(?:(?:re|fwd?|balas|bls|trs|tr|teruskan|aw|wg|antw|sv|vs)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+",
    re.IGNORECASE,
)


def tag_pattern(tag: str) -> re.Pattern[str]:
    """`[P4M #123]`, tolerant of spacing and case: `[ p4m#123 ]`, `[P4M # 123]`."""
    return re.compile(r"\[\s*" + re.escape(tag) + r"\s*#\s*(\d{1,9})\s*\]", re.IGNORECASE)


def find_ticket_number(subject: str, tag: str) -> int | None:
    match = tag_pattern(tag).search(subject)
    return int(match.group(1)) if match else None


def strip_prefixes(subject: str) -> str:
    """The subject without leading Re:/Fwd:/Balas: runs (repeated, in any mix)."""
    previous = None
    current = subject.strip()
    while previous != current:
        previous = current
        current = _PREFIX.sub("", current).strip()
    return current


def strip_tag(subject: str, tag: str) -> str:
    return re.sub(r"\s{2,}", " ", tag_pattern(tag).sub("", subject)).strip()


def clean_subject(subject: str, tag: str) -> str:
    """The subject as a person would name the request: no prefixes, no tag."""
    return strip_prefixes(strip_tag(strip_prefixes(subject), tag))


def is_forward(subject: str) -> bool:
    return bool(re.match(r"^\s*(?:fwd?|trs|tr|teruskan|wg)\s*[:：]", subject, re.IGNORECASE))


def tagged_subject(subject: str, tag: str, number: int) -> str:
    """`[P4M #12] original subject` for our outgoing mail."""
    base = clean_subject(subject, tag) or "(tanpa subjek)"
    return f"[{tag} #{number}] {base}"
