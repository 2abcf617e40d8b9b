"""Fakes at the seams for unit tests: an in-memory mailbox and a scripted mailer."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime

from daemon.intake.sources.base import MailboxItem
from daemon.outgoing.mailers import SendError


class FakeMailbox:
    name = "fake:INBOX"

    def __init__(self) -> None:
        self.inbox: dict[str, bytes] = {}
        self.processed: list[str] = []
        self.quarantined: list[str] = []
        self.counter = 0

    def deliver(self, raw: bytes) -> str:
        self.counter += 1
        ref = f"fake:INBOX;UID={self.counter}"
        self.inbox[ref] = raw
        return ref

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass

    def pending(self) -> list[str]:
        return list(self.inbox)

    def fetch(self, refs: Sequence[str]) -> Iterator[MailboxItem]:
        for ref in refs:
            if ref in self.inbox:
                yield MailboxItem(ref, self.inbox[ref], datetime(2026, 11, 23, 2, 0, tzinfo=UTC))

    def mark_done(self, refs: Sequence[str]) -> None:
        for ref in refs:
            if self.inbox.pop(ref, None) is not None:
                self.processed.append(ref)

    def quarantine(self, refs: Sequence[str]) -> None:
        for ref in refs:
            if self.inbox.pop(ref, None) is not None:
                self.quarantined.append(ref)

    def release(self, raw: bytes) -> int:
        return 0

    def wait(self, seconds: float, should_stop: Callable[[], bool]) -> bool:
        return False


class ScriptedMailer:
    """Raises the scripted errors in turn, then accepts; records what it accepted."""

    def __init__(self, errors: Sequence[SendError | None] = ()) -> None:
        self.errors = list(errors)
        self.sent: list[tuple[str, list[str], bytes]] = []
        self.lock = threading.Lock()  # the outbox sends on two connections at once

    @contextlib.contextmanager
    def session(self) -> Iterator[ScriptedMailer]:
        yield self

    def send(self, envelope_from: str, recipients: list[str], raw: bytes) -> None:
        with self.lock:
            error = self.errors.pop(0) if self.errors else None
            if error is None:
                self.sent.append((envelope_from, recipients, raw))
        if error is not None:
            raise error
