"""Time a fixed one-core workload, so that runs on a machine whose speed moves can be compared."""

from __future__ import annotations

import statistics
import time
import zlib
from email import message_from_bytes, policy
from pathlib import Path

ROUNDS = 5


def _workload(raws: list[bytes]) -> None:
    # About what the helpdesk does per request: parse mail, walk its parts, compress it.
    for raw in raws:
        message = message_from_bytes(raw, policy=policy.default)
        body = message.get_body(preferencelist=("plain", "html"))
        if body is not None:
            body.get_content()
        zlib.compress(raw)


def reference_ms(corpus: Path) -> float:
    """Median milliseconds of one pass over the sample requests; lower is a faster machine."""
    raws = [path.read_bytes() for path in sorted(corpus.glob("*.eml"))]
    _workload(raws)  # warm the imports and caches
    timings = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        _workload(raws)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)
