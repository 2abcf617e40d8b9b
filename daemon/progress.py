"""Show how far long work has come: a tqdm bar on a terminal, plain periodic log lines elsewhere (journald)."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import IO, Never, TypeVar

from tqdm import tqdm

log = logging.getLogger(__name__)
T = TypeVar("T")

LINE_EVERY_SECONDS = 10.0


class Progress:
    """`advance` after each unit of work; `close` (or the with-block's end) prints the final count.

    Off a terminal nothing redraws: one log line at most every `every_seconds` (0: a line at every advance,
    which is what a batch job wants) and, when it said anything along the way, a last line at the end."""

    def __init__(
        self,
        label: str,
        total: int | None,
        unit: str = "item",
        *,
        stream: IO[str] | None = None,
        every_seconds: float = LINE_EVERY_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.total = total
        self.unit = unit
        self.done = 0
        self.every_seconds = every_seconds
        self.monotonic = monotonic
        self.started = self.last_line = monotonic()
        output = stream if stream is not None else sys.stderr
        self.bar: tqdm[Never] | None = (
            tqdm(total=total, desc=label, unit=unit, file=output, leave=True, dynamic_ncols=True)
            if output.isatty()
            else None
        )
        self.closed = False
        self.lines = 0

    def advance(self, count: int = 1, note: str = "") -> None:
        self.done += count
        if self.bar is not None:
            if note:
                self.bar.set_postfix_str(note, refresh=False)
            self.bar.update(count)
            return
        now = self.monotonic()
        if now - self.last_line >= self.every_seconds:
            self.last_line = now
            self._line(note)

    def _line(self, note: str) -> None:
        of_total = f"/{self.total}" if self.total is not None else ""
        share = f" ({100 * self.done / self.total:.0f}%)" if self.total else ""
        suffix = f"; {note}" if note else ""
        elapsed = self.monotonic() - self.started
        self.lines += 1
        log.info("%s: %d%s %s(s)%s, %.1f s%s", self.label, self.done, of_total, self.unit, share, elapsed, suffix)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.bar is not None:
            self.bar.close()
        elif self.lines and self.every_seconds > 0:
            self._line("done")  # short work says nothing; long work that reported along the way says it ended

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def tracked(items: Iterable[T], label: str, total: int | None, unit: str = "item") -> Iterator[T]:
    """Each item of `items`, advancing a Progress as it goes."""
    with Progress(label, total, unit) as progress:
        for item in items:
            yield item
            progress.advance()
