"""Injected time and randomness, so tests can fix both."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


class TokenSource(Protocol):
    def token(self) -> str:
        """A short random string for Message-IDs."""
        ...


class SecureTokens:
    def token(self) -> str:
        return secrets.token_hex(8)


class CountingTokens:
    """Deterministic tokens for tests."""

    def __init__(self) -> None:
        self.counter = 0

    def token(self) -> str:
        self.counter += 1
        return f"t{self.counter:06d}"
