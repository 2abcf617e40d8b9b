"""What became of one incoming message: the value every intake stage hands back."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Outcome(StrEnum):
    NEW_TICKET = "new_ticket"
    FOLLOWUP = "followup"
    SCREENED = "screened"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"


@dataclass(frozen=True)
class IngestResult:
    outcome: Outcome
    message_id: str
    ticket_id: int | None = None
    detail: str = ""
