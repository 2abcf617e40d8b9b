"""The seam between the intake loop and a mailbox."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class MailboxItem:
    """One message in the mailbox: its stable reference, bytes and arrival time."""

    ref: str
    raw: bytes
    received_at: datetime


class MailSource(Protocol):
    name: str

    def open(self) -> None:
        """Connect (or reconnect); raise TransientError when the mailbox is unreachable."""
        ...

    def close(self) -> None: ...

    def pending(self) -> list[str]:
        """References of every message waiting in the intake folder, oldest first."""
        ...

    def fetch(self, refs: Sequence[str]) -> Iterator[MailboxItem]:
        """The messages behind these references (skipping any that vanished)."""
        ...

    def mark_done(self, refs: Sequence[str]) -> None:
        """Move processed messages out of the intake folder; never deletes them."""
        ...

    def quarantine(self, refs: Sequence[str]) -> None:
        """Move broken messages to the quarantine folder."""
        ...

    def release(self, raw: bytes) -> int:
        """Move the quarantine folder's copies of this message, handled since (`quarantine retry`), to the processed
        folder; never deletes. A copy is found by the Message-ID in `raw` (the move to quarantine changed its
        reference), or without one by its exact bytes. Returns how many moved (0: none there); raise TransientError
        when the mailbox cannot be reached."""
        ...

    def wait(self, seconds: float, should_stop: Callable[[], bool]) -> bool:
        """Block until new mail may be there, the time is up or `should_stop()`; True when the server said so."""
        ...
