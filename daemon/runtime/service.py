"""The daemon loop: wait for mail (IDLE or poll), take it in, run due jobs, reconnect on loss."""

from __future__ import annotations

import logging
import signal
from types import FrameType

from daemon.classify.memory import shipped_model
from daemon.errors import LoginRefusedError, SystemFaultError, TransientError
from daemon.intake.pause import pause
from daemon.intake.runner import IntakeReport, IntakeRunner
from daemon.intake.sources.base import MailSource
from daemon.jobs.scheduler import Jobs
from daemon.outgoing.outbox import OutboxReport
from daemon.outgoing.sending_thread import SendingThread
from daemon.pipeline.parse_worker import ReadAhead
from daemon.runtime.fault_notices import FaultNotices
from daemon.runtime.leader import Leadership
from daemon.runtime.probe_monitor import probe_monitor
from daemon.wiring.app import App

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 60.0
STANDBY_CHECK_SECONDS = 5.0
CATCH_UP_STALL_SECONDS = 2.0  # between a backlog's batches the intake waits for receipts while they flow


class Service:
    def __init__(self, app: App, source: MailSource) -> None:
        self.sent_watch = app.sent_watcher()
        self.jobs = Jobs(app)
        self.moodle = app.moodle_worker()
        self.app = app
        self.source = source
        settings = app.config.intake
        self.read_ahead = ReadAhead()
        self.sender = SendingThread(app.outbox)
        self.monitor = probe_monitor(app, self.sender.wake)
        self.intake = IntakeRunner(
            source,
            app.pipeline,
            app.engine,
            batch_size=settings.batch_size,
            max_message_bytes=settings.max_message_bytes,
            should_stop=self.stopping,
            after_batch=lambda: self.sender.catch_up(CATCH_UP_STALL_SECONDS),
            read_ahead=self.read_ahead,
        )
        self.faults = FaultNotices(app.engine, app.outgoing, app.config.staff.notify, app.config.helpdesk.name)
        self._stop = False

    def stopping(self) -> bool:
        return self._stop or self.sender.fault is not None

    def request_stop(self, signum: int = signal.SIGTERM, _frame: FrameType | None = None) -> None:
        """Only sets a flag: every wait looks at it often (see intake/pause.py), so no I/O is cut off half-way."""
        log.info("signal %s: finishing the message in hand, then stopping", signum)
        self._stop = True

    def one_pass(self, *, all_jobs: bool = False) -> IntakeReport:
        """Intake, the Sent folder, the jobs that are due (or all of them); the outbox thread sends what they queued."""
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
        self.sender.wake()
        if intake.processed:
            log.info("pass: %s", intake.summary())
        return intake

    def _tell_staff(self, kind: str, problem: str, retry_seconds: float) -> None:
        if self.faults.tell(kind, problem, self.app.clock.now(), retry_seconds):
            self.sender.wake()

    def poll_once(self) -> tuple[IntakeReport, OutboxReport]:
        """`poll --once`: one pass with every job, then wait until the outbox has been sent; close everything."""
        self.sender.start()
        try:
            self.source.open()
            intake = self.one_pass(all_jobs=True)
            self.jobs.retention_thread.join()  # a one-shot pass ends with its purge done
            sent = self.sender.drain()
            if self.sender.fault is not None:
                raise self.sender.fault
            return intake, sent
        finally:
            self.sender.stop()
            self._close()

    def _close(self) -> None:
        self.read_ahead.close()
        self.source.close()
        if self.sent_watch is not None:
            self.sent_watch.close()

    def run(self) -> None:
        """Until SIGTERM/SIGINT; connection trouble means reconnect with backoff, never exit."""
        signal.signal(signal.SIGTERM, self.request_stop)
        signal.signal(signal.SIGINT, self.request_stop)
        settings = self.app.config.intake
        slice_seconds = min(settings.poll_seconds, settings.idle_renew_minutes * 60)
        backoff = 1.0
        slow_seconds = settings.refused_retry_minutes * 60
        refusals = 0
        connected = False
        first_pass = True
        leadership = Leadership(self.app.engine)
        # The learned type model is loaded (or fitted) now rather than while the first requester waits for a receipt.
        shipped_model()
        self.sender.start()
        if self.monitor is not None:
            self.monitor.start()
        try:
            while not self.stopping():
                active = leadership.held() or leadership.try_acquire()
                self.sender.allow(active)  # only the active poller sends
                if self.monitor is not None:
                    self.monitor.allow(active)
                if not active:
                    if connected:
                        self.source.close()
                        connected = False
                    log.info("standby: another helpdesk instance is the active poller; checking again shortly")
                    pause(min(slice_seconds, STANDBY_CHECK_SECONDS), self.stopping)
                    continue
                try:
                    if not connected:
                        self.source.open()
                        connected = True
                    self.one_pass(all_jobs=first_pass)  # the first pass catches up on missed jobs
                    first_pass = False
                    backoff = 1.0
                    refusals = 0
                    self.faults.clear()
                    self.source.wait(slice_seconds, self.stopping)
                except LoginRefusedError as error:
                    connected = False
                    refusals += 1
                    # Each refused login counts towards the server locking the account: slow down soon.
                    wait = backoff if refusals < settings.refused_logins_before_slowdown else slow_seconds
                    log.error("%s; configuration fault, retrying in %.0f s", error, wait)
                    if refusals >= settings.refused_logins_before_slowdown:
                        self._tell_staff("login", str(error), wait)
                    self.source.close()
                    pause(wait, self.stopping)
                    backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
                except TransientError as error:
                    connected = False
                    log.warning("%s; retrying in %.0f s", error, backoff)
                    if isinstance(error, SystemFaultError):
                        self._tell_staff("system", str(error), backoff)
                    self.source.close()
                    pause(backoff, self.stopping)
                    backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
        finally:
            if self.monitor is not None:
                self.monitor.stop()
            self.jobs.retention_thread.stop()
            self.sender.stop()
            leadership.release()
            self._close()
        if self.sender.fault is not None:
            raise self.sender.fault
        log.info("stopped")
