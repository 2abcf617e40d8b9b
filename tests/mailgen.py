"""Make many distinct, realistic requests from the sample corpus (new Message-IDs, same bodies)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

_FROM = re.compile(rb"^From:[^\r\n]*(?:\r\n[ \t][^\r\n]*)*", re.IGNORECASE | re.MULTILINE)
_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*(?:\r\n[ \t]+)?<[^>]*>", re.IGNORECASE | re.MULTILINE)


_TICKET_TAG = re.compile(rb"^Subject:[^\r\n]*\[P4M #\d+\]", re.IGNORECASE | re.MULTILINE)


def human_samples(corpus: Path) -> list[bytes]:
    """Human requests that open a ticket of their own (a reply carrying a ticket tag would join that ticket)."""
    labels = json.loads((corpus / "labels.json").read_text())
    raws = [(corpus / name).read_bytes() for name in sorted(labels) if labels[name]["type"] != "auto"]
    return [raw for raw in raws if not _TICKET_TAG.search(raw)]


def with_message_id(raw: bytes, message_id: str) -> bytes:
    replaced, count = _MESSAGE_ID.subn(f"Message-ID: <{message_id}>".encode(), raw, count=1)
    if count == 0:
        head, sep, body = raw.partition(b"\r\n\r\n")
        return head + f"\r\nMessage-ID: <{message_id}>".encode() + sep + body
    return replaced


def generated_requests(corpus: Path, count: int, prefix: str = "gen") -> Iterator[tuple[str, bytes]]:
    """(Message-ID, raw) pairs, cycling through the human samples, each from its own requester."""
    samples = human_samples(corpus)
    for number in range(count):
        message_id = f"{prefix}-{number:06d}@test.polibatam.ac.id"
        raw = with_message_id(samples[number % len(samples)], message_id)
        sender = f"From: Pemohon {number} <{prefix}.{number}@students.polibatam.ac.id>".encode()
        found = _FROM.search(raw)
        yield f"<{message_id}>", raw[: found.start()] + sender + raw[found.end() :] if found else raw
