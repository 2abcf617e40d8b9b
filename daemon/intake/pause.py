"""Sleep in short slices, so that a stop asked for by a signal ends the sleep within a fraction of a second."""

from __future__ import annotations

import time
from collections.abc import Callable

STOP_CHECK_SECONDS = 0.5  # longest a stop request waits for a sleeping loop to notice it


def pause(seconds: float, should_stop: Callable[[], bool]) -> bool:
    """Sleep up to `seconds`; True when it ended early because `should_stop()` turned true."""
    deadline = time.monotonic() + seconds
    while not should_stop():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        time.sleep(min(remaining, STOP_CHECK_SECONDS))
    return True
