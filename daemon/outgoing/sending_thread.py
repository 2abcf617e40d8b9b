"""Send the outbox from a thread of its own, so that a slow or unreachable mail server never holds up intake."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol

from daemon.errors import ConfigError, TransientError
from daemon.outgoing.outbox import OutboxReport

log = logging.getLogger(__name__)

RETRY_CHECK_SECONDS = 15.0  # how often items waiting out a backoff are looked at without a wake-up
STOP_GRACE_SECONDS = 5.0  # a send stuck in a mail server's timeout is abandoned at exit (sent again later)


class Outbox(Protocol):
    handled: int  # grows with every message sent or given up on

    def run_pass(self, *, should_stop: Callable[[], bool]) -> OutboxReport: ...


class SendingThread:
    """Runs outbox passes when woken (new mail was committed) and every RETRY_CHECK_SECONDS (retries)."""

    def __init__(self, outbox: Outbox, retry_check_seconds: float = RETRY_CHECK_SECONDS) -> None:
        self.outbox = outbox
        self.retry_check_seconds = retry_check_seconds
        self._condition = threading.Condition()
        self._allowed = True  # False while another instance is the active poller: then nothing is sent
        self._wakes = 0  # wake-ups asked for
        self._answered = 0  # wake-ups that a finished pass has answered
        self._behind = False  # a catch-up timed out and no pass has finished since
        self._stopping = False
        self._running = False
        self._total = OutboxReport()
        self._thread: threading.Thread | None = None
        self.fault: ConfigError | None = None  # what stopped the thread that only a person can mend

    def start(self) -> None:
        if self._thread is None:
            self._stopping = False
            self._running = True
            self._thread = threading.Thread(target=self._run, name="outbox", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        """Something new waits in the outbox: a pass starts as soon as the one under way ends."""
        with self._condition:
            self._wake()

    def allow(self, allowed: bool) -> None:
        """Whether passes may send: only the active poller sends (see runtime/leader.py)."""
        self._allowed = allowed

    def catch_up(self, stall_seconds: float) -> bool:
        """Wake the thread and wait while it sends what is queued; True when it did.

        The intake calls this between the batches of a backlog, so that the first receipts go out while the rest
        is still being stored (SQLite has one writer at a time, and the sender records each message it sends).
        Waiting ends when no message has been handled for `stall_seconds` (a mail server slow to answer, or not
        at all); the intake then goes on without waiting until the sender has caught up."""
        with self._condition:
            wanted = self._wake()
            if self._behind:
                return False
            while True:
                handled = self.outbox.handled
                if self._condition.wait_for(lambda: self._answered >= wanted or not self._running, stall_seconds):
                    return True
                if self.outbox.handled == handled:
                    self._behind = True
                    log.warning("outbox: nothing sent for %.0f s; intake goes on meanwhile", stall_seconds)
                    return False

    def drain(self) -> OutboxReport:
        """Wake the thread and wait until a pass begun after this call has ended; what was sent so far."""
        with self._condition:
            wanted = self._wake()
            self._condition.wait_for(lambda: self._answered >= wanted or not self._running)
            return self._total

    def stop(self) -> None:
        """End the thread after the message in hand (each sent message is recorded at once)."""
        with self._condition:
            self._stopping = True
            self._condition.notify_all()
        if self._thread is not None:
            self._thread.join(STOP_GRACE_SECONDS)
            if self._thread.is_alive():
                log.warning("outbox: a send did not finish within %.0f s; it is retried next time", STOP_GRACE_SECONDS)
            self._thread = None

    def _wake(self) -> int:
        self._wakes += 1
        self._condition.notify_all()
        return self._wakes

    def _run(self) -> None:
        try:
            self._serve()
        finally:
            with self._condition:
                self._running = False
                self._condition.notify_all()

    def _serve(self) -> None:
        while True:
            with self._condition:
                if self._wakes == self._answered and not self._stopping:
                    self._condition.wait(self.retry_check_seconds)
                if self._stopping:
                    return
                answering = self._wakes
            report = self._one_pass()
            with self._condition:
                self._total = OutboxReport(
                    self._total.sent + report.sent, report.retrying, self._total.failed + report.failed
                )
                self._answered = answering
                self._behind = False
                self._condition.notify_all()

    def _one_pass(self) -> OutboxReport:
        if not self._allowed:
            return OutboxReport()
        try:
            report = self.outbox.run_pass(should_stop=lambda: self._stopping)
        except TransientError as error:
            log.warning("outbox: %s; trying again on the next pass", error)
            return OutboxReport()
        except ConfigError as error:
            # A refused OAuth2 consent, say: every further pass would fail alike. The service stops on it.
            log.error("outbox: %s", error)
            with self._condition:
                self.fault = error
                self._stopping = True
                self._condition.notify_all()
            return OutboxReport()
        except Exception:  # the sending loop must outlive any one bad pass; the items stay queued
            log.exception("outbox: pass failed; trying again on the next pass")
            return OutboxReport()
        if report.sent or report.failed:
            log.info("outbox: sent %d, retrying %d, failed %d", report.sent, report.retrying, report.failed)
        return report
