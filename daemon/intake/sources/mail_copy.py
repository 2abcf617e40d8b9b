"""Recognise the mailbox copy of a stored message: by its Message-ID, or, without one, by its exact bytes."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*(?:\r?\n[ \t]+)?(<[^>\s]*>)", re.IGNORECASE | re.MULTILINE)
HEAD_BYTES = 16384
Key = TypeVar("Key")


def header_message_id(raw: bytes) -> str | None:
    """The Message-ID in the head of raw mail (None when it has none that can be read)."""
    head = raw[:HEAD_BYTES].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    found = _MESSAGE_ID.search(head)
    return found.group(1).decode("ascii", "replace") if found else None


@dataclass(frozen=True)
class StoredCopy:
    """What a copy in a mailbox folder must have to be the stored message: its Message-ID, else its bytes."""

    message_id: str | None
    digest: str
    size: int

    @classmethod
    def of(cls, raw: bytes) -> StoredCopy:
        return cls(header_message_id(raw), hashlib.sha256(raw).hexdigest(), len(raw))

    def pick(self, candidates: Mapping[Key, bytes]) -> list[Key]:
        """The candidates that are copies of it.

        With a Message-ID: those that carry it, narrowed to the byte-identical ones when there are any (two
        different messages may share one); with none byte-identical, the one copy carrying it (a server may
        rewrite mail it hands out), but never one of several: that may be another message still waiting.
        Without a Message-ID: only byte-identical copies."""
        identical = [key for key, raw in candidates.items() if hashlib.sha256(raw).hexdigest() == self.digest]
        if self.message_id is None:
            return identical
        same = [key for key, raw in candidates.items() if header_message_id(raw) == self.message_id]
        exact = [key for key in same if key in identical]
        return exact or (same if len(same) == 1 else [])
