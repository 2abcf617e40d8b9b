"""Parse the next batch of fetched mail in a worker process while the intake stores the batch before it."""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from parsers.errors import MalformedMessageError
from parsers.message import ParsedMessage, parse_message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Unreadable:
    """Why a message cannot be read: it goes to quarantine with this reason."""

    reason: str


Reading = ParsedMessage | Unreadable


def read_all(raws: Sequence[bytes]) -> list[Reading]:
    """Each message parsed, or the reason it cannot be; any other error is the caller's to handle."""
    readings: list[Reading] = []
    for raw in raws:
        try:
            readings.append(parse_message(raw))
        except MalformedMessageError as error:
            readings.append(Unreadable(str(error)))
    return readings


def _exit_with(parent: int) -> None:
    """Worker start-up: a daemon killed with SIGKILL cannot stop its worker, so the worker watches for it."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class PendingReading:
    """A batch being parsed; `result()` gives its readings, or None to let the pipeline parse it in-process."""

    def __init__(self, future: Future[list[Reading]] | None) -> None:
        self.future = future

    def result(self) -> list[Reading] | None:
        if self.future is None:
            return None
        try:
            return self.future.result()
        except BrokenProcessPool:
            log.warning("the parsing process stopped; this batch is parsed in the daemon itself")
            return None
        except Exception:  # the pipeline parses again in-process and gives the message its outcome
            log.warning("parsing a batch in the worker failed; parsing it in the daemon", exc_info=True)
            return None


class ReadAhead:
    """One worker process, started on the first batch big enough to be worth it (a backlog)."""

    def __init__(self, min_batch: int = 20) -> None:
        self.min_batch = min_batch
        self.pool: ProcessPoolExecutor | None = None

    def submit(self, raws: Sequence[bytes]) -> PendingReading:
        if len(raws) < self.min_batch:
            return PendingReading(None)
        for _ in range(2):  # a worker that died (killed, out of memory) is replaced once
            try:
                if self.pool is None:
                    # spawn, not fork: the child must not inherit the IMAP socket or the database connections.
                    self.pool = ProcessPoolExecutor(
                        max_workers=1,
                        mp_context=multiprocessing.get_context("spawn"),
                        initializer=_exit_with,
                        initargs=(os.getpid(),),
                    )
                return PendingReading(self.pool.submit(read_all, list(raws)))
            except (BrokenProcessPool, OSError) as error:
                # No process could be started (file or process limits, a sandbox): the daemon parses the batch.
                log.warning("parsing worker unavailable (%s); parsing in the daemon", error)
                if self.pool is not None:
                    self.pool.shutdown(wait=False, cancel_futures=True)
                    self.pool = None
        return PendingReading(None)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
