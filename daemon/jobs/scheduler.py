"""Scheduled jobs inside `run`: SLA watch, monthly digest, retention, the daily roll-up of probe results; each
catches up after downtime."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

import schedule
from sqlmodel import Session, col, select

from daemon.records.probe_log import roll_up_days
from daemon.records.purging import RetentionThread
from daemon.reports.digest import build_digest, queue_digest
from daemon.reports.period_figures import month_bounds, previous_month
from daemon.reports.ticket_facts import FIRST_START, record_begins
from daemon.sla import promised_by
from daemon.wiring.app import App
from storage.models import JobRun, Ticket, TicketStatus

log = logging.getLogger(__name__)
SLA_CHUNK = 200
# The longest the unit is closed in a row (Idul Fitri with collective leave): a request is due after it.
LONGEST_CLOSURE = timedelta(days=14)


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


class Jobs:
    def __init__(self, app: App) -> None:
        self.app = app
        self.config = app.config
        self.calendar = app.config.calendar()
        self.retention_thread = RetentionThread(app.engine, app.config)
        self.scheduler = schedule.Scheduler()
        self.scheduler.every(30).seconds.do(self._guarded, "sla_watch", self.sla_watch)
        self.scheduler.every(5).minutes.do(self._guarded, "digest", self.digest)
        self.scheduler.every(6).hours.do(self._guarded, "retention", self.retention)
        self.scheduler.every(10).minutes.do(self._guarded, "availability_days", self.availability_days)

    def _guarded(self, name: str, job: Callable[[datetime], object]) -> None:
        try:
            job(self.app.clock.now())
        except Exception:  # a failing job is logged and retried on its next turn; it never stops intake
            log.exception("job %s failed; will retry", name)

    def run_all(self) -> None:
        """Every job now: at start-up this is the catch-up of whatever fell due while the daemon was down."""
        self._guarded(FIRST_START, self.first_start)
        self.scheduler.run_all()

    def first_start(self, now: datetime) -> None:
        """Mark the daemon's first start once: a month after it has a digest even when nothing arrived."""
        with Session(self.app.engine) as session:
            if session.exec(select(JobRun).where(JobRun.name == FIRST_START)).first() is None:
                session.add(JobRun(name=FIRST_START, last_success_at=now))
                session.commit()

    def run_pending(self) -> None:
        self.scheduler.run_pending()

    def _mark(self, session: Session, name: str, now: datetime, key: str | None = None) -> None:
        run = session.exec(select(JobRun).where(JobRun.name == name)).first() or JobRun(name=name, last_success_at=now)
        run.last_success_at = now
        if key is not None:
            run.last_key = key
        session.add(run)

    def sla_watch(self, now: datetime) -> None:
        """One reminder before the target runs out, one escalation when it is missed; once per ticket."""
        settings = self.config.sla
        with Session(self.app.engine) as session:
            # Only the columns the decision needs: after an outage thousands of tickets may be waiting.
            waiting = session.exec(
                select(Ticket.id, Ticket.created_at, Ticket.reminded_at)
                .where(
                    Ticket.status == TicketStatus.OPEN,
                    col(Ticket.first_response_at).is_(None),
                    # A Friday-evening request is due on Monday (or after a long holiday): look back far enough.
                    col(Ticket.created_at) >= now - timedelta(hours=settings.alert_window_hours) - LONGEST_CLOSURE,
                    col(Ticket.escalated_at).is_(None),
                )
                .order_by(col(Ticket.id))
            ).all()
            for start in range(0, len(waiting), SLA_CHUNK):
                for ticket_id, created_at, reminded_at in waiting[start : start + SLA_CHUNK]:
                    self._watch_one(session, ticket_id, created_at, reminded_at is not None, now)
                session.commit()
                session.expunge_all()  # alerted tickets and their staged mail leave memory with each chunk
            self._mark(session, "sla_watch", now)
            session.commit()

    def _watch_one(
        self, session: Session, ticket_id: int | None, created_at: datetime, reminded: bool, now: datetime
    ) -> None:
        settings = self.config.sla
        elapsed = (
            self.calendar.working_minutes(created_at, now)
            if settings.clock == "working"
            else (now - created_at).total_seconds() / 60
        )
        due = promised_by(created_at, settings.first_response_minutes, self.calendar)
        remind_at = due - timedelta(minutes=settings.first_response_minutes - settings.remind_after_minutes)
        if now > due + timedelta(hours=settings.alert_window_hours):
            return  # too old to page anyone about (an import, a long outage of the daemon)
        if now <= due and (reminded or now < remind_at):
            return
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        if now > due:
            self._alert(session, ticket, "escalation", settings.escalate_to or self.config.staff.notify, elapsed, due)
            ticket.escalated_at = now
        else:
            self._alert(session, ticket, "reminder", self.config.staff.notify, elapsed, due)
            ticket.reminded_at = now
        session.add(ticket)

    def _alert(
        self, session: Session, ticket: Ticket, event: str, to: tuple[str, ...], elapsed: float, due: datetime
    ) -> None:
        assert ticket.id is not None
        if not to:
            return
        self.app.outgoing.to_staff.sla_alert(session, ticket, event, to, elapsed, due)
        log.warning("ticket %s: %s sent to %s", ticket.id, event, ", ".join(to))

    def due_digest_months(self, now: datetime, last_key: str) -> list[tuple[int, int]]:
        """Completed months whose digest time has come and that have not been sent, oldest first."""
        local = now.astimezone(self.config.helpdesk.zone)
        hour, minute = (int(part) for part in self.config.digest.time.split(":"))
        year, month = previous_month(now, self.config)
        if local < local.replace(day=1, hour=hour, minute=minute, second=0, microsecond=0):
            year, month = previous_month(local.replace(day=1) - timedelta(days=1), self.config)
        if not last_key:
            return [(year, month)]
        months: list[tuple[int, int]] = []
        last_year, last_month = (int(part) for part in last_key.split("-"))
        cursor = next_month(last_year, last_month)
        while cursor <= (year, month):
            months.append(cursor)
            cursor = next_month(*cursor)
        return months[-self.config.digest.max_catch_up_months :]

    def digest(self, now: datetime) -> None:
        recipients = self.config.digest.recipients
        if not recipients:
            return
        outgoing = self.app.outgoing
        with Session(self.app.engine) as session:
            run = session.exec(select(JobRun).where(JobRun.name == "digest")).first()
            begins = record_begins(session) or now
            for year, month in self.due_digest_months(now, run.last_key if run else ""):
                if month_bounds(year, month, self.config)[1] <= begins:
                    # A month that ended before the first request and the first start has nothing to report.
                    log.info("digest for %s skipped: the record begins later", month_key(year, month))
                    continue
                digest = build_digest(session, self.config, self.calendar, outgoing.renderer, year, month, now)
                queue_digest(session, outgoing.writer, digest, recipients)
                # The digest and the mark that it was sent commit together: never skipped, never twice.
                self._mark(session, "digest", now, month_key(year, month))
                session.commit()
                log.info("digest for %s queued to %s", month_key(year, month), ", ".join(recipients))

    def availability_days(self, now: datetime) -> None:
        """Finished days of probe results become daily figures: the yearly report reads 365 rows, not 500,000."""
        with Session(self.app.engine) as session:
            written = roll_up_days(session, self.config, now)
            self._mark(session, "availability_days", now)
            session.commit()
        if written:
            log.info("availability: %d day(s) of probe results rolled up", written)

    def retention(self, now: datetime) -> None:
        """Start today's purge in its own thread (once a day); intake never waits for it."""
        self.retention_thread.start(now)
