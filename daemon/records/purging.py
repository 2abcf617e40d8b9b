"""Run retention away from the intake loop: a thread of its own in the daemon, the same batches for `purge`."""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session, select

from daemon.config import Config
from daemon.errors import ConfigError, TransientError
from daemon.progress import Progress
from daemon.records.mail_copies import copy_remover
from daemon.records.probe_log import purge_probe_log_now
from daemon.records.purge_plan import CopyRemover, PurgePlan, PurgeReport, plan_purge
from daemon.records.retention import Purge
from storage.models import JobRun

log = logging.getLogger(__name__)
JOB = "retention"


def run_purge(
    engine: Engine, plan: PurgePlan, now: datetime, remover: CopyRemover, should_stop: threading.Event | None = None
) -> PurgeReport:
    """The plan carried out batch by batch with a progress bar (terminal) or a line per batch (journald)."""
    stop = should_stop or threading.Event()
    with Progress("purge", len(plan.ticket_numbers), "ticket", every_seconds=0.0) as progress:

        def batch_done(tickets: int, messages: int) -> None:
            progress.advance(tickets, f"{messages} message(s) in the last batch")

        purge = Purge(engine, remover, batch_done, stop.is_set)
        try:
            return purge.run(plan, now)
        finally:
            remover.close()


class RetentionThread:
    """Starts the daily purge in the background; intake goes on, each batch holds the database only briefly."""

    def __init__(self, engine: Engine, config: Config) -> None:
        self.engine = engine
        self.config = config
        self.thread: threading.Thread | None = None
        self.stopping = threading.Event()

    def _done_today(self, now: datetime) -> str | None:
        """Today's key, or None when today's purge has already run."""
        today = now.astimezone(self.config.helpdesk.zone).date().isoformat()
        with Session(self.engine) as session:
            run = session.exec(select(JobRun).where(JobRun.name == JOB)).first()
        return None if run is not None and run.last_key == today else today

    def start(self, now: datetime) -> bool:
        """Begin today's purge unless it ran today or is running; False when nothing was started."""
        if self.thread is not None and self.thread.is_alive():
            return False
        today = self._done_today(now)
        if today is None:
            return False
        self.thread = threading.Thread(target=self._run, args=(now, today), name="retention", daemon=True)
        self.thread.start()
        return True

    def _run(self, now: datetime, today: str) -> None:
        try:
            with Session(self.engine) as session:
                plan = plan_purge(session, now, self.config.storage.retention_years)
            if plan.ticket_numbers or plan.loose_messages:
                log.info(
                    "retention: %d ticket(s) and %d loose message(s) done before %s to purge",
                    len(plan.ticket_numbers),
                    plan.loose_messages,
                    plan.cutoff.date(),
                )
                try:
                    remover = copy_remover(self.config)
                except ConfigError as error:
                    log.error("retention: mailbox copies not deleted, %s", error)
                    remover = CopyRemover()
                run_purge(self.engine, plan, now, remover, self.stopping)
            if not self.stopping.is_set():
                purge_probe_log_now(self.engine, self.config, now)
            if self.stopping.is_set():
                return  # not marked: the rest goes on the next start
            with Session(self.engine) as session:
                run = session.exec(select(JobRun).where(JobRun.name == JOB)).first() or JobRun(
                    name=JOB, last_success_at=now
                )
                run.last_success_at, run.last_key = now, today
                session.add(run)
                session.commit()
        except TransientError as error:
            log.warning("retention: %s; will retry on the next turn", error)
        except Exception:  # the purge must never take the daemon down; it is retried on its next turn
            log.exception("retention failed; will retry on the next turn")

    def join(self, timeout: float | None = None) -> None:
        if self.thread is not None:
            self.thread.join(timeout)

    def stop(self, timeout: float | None = None) -> None:
        """Stop after the batch in hand (each is short)."""
        self.stopping.set()
        self.join(timeout)
