"""The sending thread: woken passes, bounded waits for a stalled mail server, a failing pass, a clean stop."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from daemon.errors import TransientError
from daemon.outgoing.outbox import OutboxReport
from daemon.outgoing.sending_thread import SendingThread
from tests.processes import wait_until


class FakeOutbox:
    """Each pass 'sends' what was queued; a pass can be held (a server that does not answer) or made to fail."""

    def __init__(self) -> None:
        self.queued = 0
        self.handled = 0
        self.passes = 0
        self.hold = threading.Event()
        self.hold.set()
        self.failures: list[Exception] = []

    def run_pass(self, *, should_stop: Callable[[], bool]) -> OutboxReport:
        self.passes += 1
        if self.failures:
            raise self.failures.pop(0)
        while not self.hold.wait(0.01):
            if should_stop():
                return OutboxReport()
        sent, self.queued = self.queued, 0
        self.handled += sent
        return OutboxReport(sent=sent)


@pytest.fixture
def outbox() -> FakeOutbox:
    return FakeOutbox()


def test_drain_sends_what_was_queued_and_reports_it(outbox: FakeOutbox) -> None:
    sender = SendingThread(outbox, retry_check_seconds=60)
    sender.start()
    try:
        outbox.queued = 3
        assert sender.drain().sent == 3
        outbox.queued = 2
        assert sender.drain().sent == 5, "the report adds up the passes"
    finally:
        sender.stop()


def test_catch_up_waits_while_mail_flows_and_gives_up_on_a_stalled_server(outbox: FakeOutbox) -> None:
    sender = SendingThread(outbox, retry_check_seconds=60)
    sender.start()
    try:
        outbox.queued = 1
        assert sender.catch_up(stall_seconds=2.0) is True
        outbox.hold.clear()  # the mail server stops answering
        outbox.queued = 1
        started = time.monotonic()
        assert sender.catch_up(stall_seconds=0.3) is False
        assert 0.25 <= time.monotonic() - started < 2.0
        started = time.monotonic()
        assert sender.catch_up(stall_seconds=0.3) is False, "still behind: no second wait"
        assert time.monotonic() - started < 0.1
        outbox.hold.set()
        assert sender.drain().sent == 2
        outbox.queued = 1
        assert sender.catch_up(stall_seconds=2.0) is True, "caught up again: waits again"
    finally:
        sender.stop()


def test_a_failing_pass_does_not_end_the_thread(outbox: FakeOutbox) -> None:
    outbox.failures = [TransientError("storage unavailable: locked"), RuntimeError("unforeseen")]
    sender = SendingThread(outbox, retry_check_seconds=60)
    sender.start()
    try:
        assert sender.drain().sent == 0
        assert sender.drain().sent == 0
        outbox.queued = 4
        assert sender.drain().sent == 4
        assert outbox.passes == 3
    finally:
        sender.stop()


def test_nothing_is_sent_while_another_instance_is_active(outbox: FakeOutbox) -> None:
    sender = SendingThread(outbox, retry_check_seconds=60)
    sender.allow(False)
    sender.start()
    try:
        outbox.queued = 2
        assert sender.drain().sent == 0 and outbox.passes == 0
        sender.allow(True)
        assert sender.drain().sent == 2
    finally:
        sender.stop()


def test_retries_are_looked_at_without_a_wake_up(outbox: FakeOutbox) -> None:
    sender = SendingThread(outbox, retry_check_seconds=0.05)
    sender.start()
    try:
        outbox.queued = 1
        assert wait_until(lambda: outbox.handled == 1, 5)
    finally:
        sender.stop()


def test_stop_ends_a_pass_stuck_on_the_server(outbox: FakeOutbox) -> None:
    sender = SendingThread(outbox, retry_check_seconds=60)
    sender.start()
    outbox.hold.clear()
    outbox.queued = 1
    sender.wake()
    assert wait_until(lambda: outbox.passes == 1, 5)
    started = time.monotonic()
    sender.stop()
    assert time.monotonic() - started < 1.0
    assert outbox.handled == 0, "the held message stays queued for the next start"
