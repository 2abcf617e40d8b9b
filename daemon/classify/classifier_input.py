"""What the classifier reads of one request: its subject, its sender's new text and what surrounds it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from daemon.classify.memory import NO_EXAMPLES, ExampleMemory


@dataclass(frozen=True)
class ClassifierInput:
    """What the classifier reads: the subject without prefixes, and only the sender's new text."""

    subject: str
    text: str
    reference: datetime
    is_reply: bool = False
    context: str = ""
    examples: ExampleMemory = NO_EXAMPLES
