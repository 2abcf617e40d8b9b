"""The daemon loop: wait for mail (IDLE or poll), take it in, send the outbox, reconnect on loss."""

from __future__ import annotations

import logging
import signal
import time
from types import FrameType

from daemon.app import App
from daemon.errors import TransientError
from daemon.intake import IntakeReport, IntakeRunner
from daemon.jobs import Jobs
from daemon.leader import Leadership
from daemon.outbox import OutboxReport
from daemon.reading import ReadAhead
from daemon.sources.base import MailSource

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 60.0
STANDBY_CHECK_SECONDS = 5.0


class _StopWaiting(BaseException):
    """Raised from the signal handler only while the loop is blocked waiting for mail."""


class Service:
    def __init__(self, app: App, source: MailSource) -> None:
        self.sent_watch = app.sent_watcher()
        self.jobs = Jobs(app)
        self.moodle = app.moodle_worker()
        self.app = app
        self.source = source
        settings = app.config.intake
        self.read_ahead = ReadAhead()
        self.intake = IntakeRunner(
            source,
            app.pipeline,
            app.engine,
            batch_size=settings.batch_size,
            max_message_bytes=settings.max_message_bytes,
            should_stop=self.stopping,
            after_batch=self._send_between_batches,
            read_ahead=self.read_ahead,
        )
        self._stop = False
        self._waiting = False
        self._sent_between = OutboxReport()

    def _send_between_batches(self) -> None:
        report = self.app.outbox.run_pass()
        self._sent_between = OutboxReport(
            self._sent_between.sent + report.sent,
            self._sent_between.retrying + report.retrying,
            self._sent_between.failed + report.failed,
        )

    def stopping(self) -> bool:
        return self._stop

    def request_stop(self, signum: int = signal.SIGTERM, _frame: FrameType | None = None) -> None:
        log.info("signal %s: finishing the message in hand, then stopping", signum)
        self._stop = True
        if self._waiting:
            raise _StopWaiting

    def one_pass(self, *, all_jobs: bool = False) -> tuple[IntakeReport, OutboxReport]:
        """Intake, the Sent folder, the jobs that are due (or all of them), then the outbox."""
        self._sent_between = OutboxReport()
        intake = self.intake.run_pass()
        if self.sent_watch is not None:
            try:
                self.sent_watch.run_pass()
            except TransientError as error:
                # The Sent folder only refines response times: never let it hold up intake.
                log.warning("sent folder: %s", error)
        if all_jobs:
            self.jobs.run_all()
        else:
            self.jobs.run_pending()
        if self.moodle is not None:
            self.moodle.run_pass()
        last = self.app.outbox.run_pass()
        outbox = OutboxReport(
            self._sent_between.sent + last.sent, last.retrying, self._sent_between.failed + last.failed
        )
        if intake.processed or outbox.sent:
            log.info(
                "pass: %s; outbox sent %d, retrying %d, failed %d",
                dict(intake.counts),
                outbox.sent,
                outbox.retrying,
                outbox.failed,
            )
        return intake, outbox

    def run(self) -> None:
        """Until SIGTERM/SIGINT; connection trouble means reconnect with backoff, never exit."""
        signal.signal(signal.SIGTERM, self.request_stop)
        signal.signal(signal.SIGINT, self.request_stop)
        settings = self.app.config.intake
        slice_seconds = min(settings.poll_seconds, settings.idle_renew_minutes * 60)
        backoff = 1.0
        connected = False
        first_pass = True
        leadership = Leadership(self.app.engine)
        try:
            while not self._stop:
                if not leadership.held() and not leadership.try_acquire():
                    if connected:
                        self.source.close()
                        connected = False
                    log.info("standby: another helpdesk instance is the active poller; checking again shortly")
                    self._sleep(min(slice_seconds, STANDBY_CHECK_SECONDS))
                    continue
                try:
                    if not connected:
                        self.source.open()
                        connected = True
                    self.one_pass(all_jobs=first_pass)  # the first pass catches up on missed jobs
                    first_pass = False
                    backoff = 1.0
                    if self._stop:
                        break
                    self._waiting = True
                    try:
                        # A signal that came just before `_waiting` was set did not interrupt: look again.
                        if not self._stop:
                            self.source.wait(slice_seconds)
                    finally:
                        self._waiting = False
                except TransientError as error:
                    connected = False
                    log.warning("%s; retrying in %.0f s", error, backoff)
                    self.source.close()
                    self._sleep(backoff)
                    backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
        except _StopWaiting:
            pass
        finally:
            self._waiting = False
            leadership.release()
            self.read_ahead.close()
            self.source.close()
            if self.sent_watch is not None:
                self.sent_watch.close()
        log.info("stopped")

    def _sleep(self, seconds: float) -> None:
        self._waiting = True
        try:
            if not self._stop:
                time.sleep(seconds)
        finally:
            self._waiting = False
