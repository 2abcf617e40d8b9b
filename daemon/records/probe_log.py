"""Roll each finished day of probe results up into daily figures; past the retention period only those stay."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from sqlalchemy import Engine, delete, func
from sqlmodel import Session, col, select

from daemon.config import Config
from daemon.records.purge_plan import cutoff_for
from daemon.reports.availability_figures import figures_from
from daemon.reports.availability_periods import local_start, samples_of, services, windows_of
from storage.availability import AvailabilityDay, ProbeResult

log = logging.getLogger(__name__)


def roll_up_day(session: Session, config: Config, service: str, day: date) -> None:
    """(Re)write one day's figures from its raw results; a day without results gets no row."""
    start, end = local_start(day, config), local_start(day + timedelta(days=1), config)
    samples = samples_of(session, service, start, end)
    inside = [sample for sample in samples if start.timestamp() <= sample.at]
    session.execute(
        delete(AvailabilityDay).where(col(AvailabilityDay.service) == service, col(AvailabilityDay.day) == day)
    )
    if not inside:
        return
    # The day's last result may speak for a moment past midnight; the next day counts it from its own results.
    figures = figures_from(service, samples, windows_of(session, config, service), start, end, end)
    session.add(
        AvailabilityDay(
            service=service,
            day=day,
            observed_seconds=figures.observed_seconds,
            up_seconds=figures.up_seconds,
            down_seconds=figures.down_seconds,
            maintenance_seconds=figures.maintenance_seconds,
            probes=len(inside),
            failures=sum(1 for sample in inside if not sample.up),
        )
    )


def roll_up_days(session: Session, config: Config, now: datetime) -> int:
    """Every finished local day after the last rolled-up one; the count of days written."""
    zone = config.helpdesk.zone
    today = now.astimezone(zone).date()
    written = 0
    for service in services(session, config):
        last = session.exec(select(func.max(AvailabilityDay.day)).where(AvailabilityDay.service == service)).one()
        cursor = local_start(last + timedelta(days=1), config) if last is not None else None
        while True:  # from one day with results to the next, skipping the days nobody watched
            query = select(func.min(ProbeResult.at)).where(ProbeResult.service == service)
            first = session.exec(query if cursor is None else query.where(col(ProbeResult.at) >= cursor)).one()
            day = first.astimezone(zone).date() if first is not None else today
            if day >= today:
                break
            roll_up_day(session, config, service, day)
            written += 1
            cursor = local_start(day + timedelta(days=1), config)
    return written


def roll_up_again(session: Session, config: Config, service: str, start: datetime, end: datetime) -> None:
    """After a maintenance window is added for past days: those days' figures, from results still kept."""
    zone = config.helpdesk.zone
    day, last = start.astimezone(zone).date(), end.astimezone(zone).date()
    while day <= last:
        stored = session.exec(
            select(AvailabilityDay.id).where(AvailabilityDay.service == service, AvailabilityDay.day == day)
        ).first()
        kept = session.exec(
            select(ProbeResult.id).where(
                ProbeResult.service == service,
                col(ProbeResult.at) >= local_start(day, config),
                col(ProbeResult.at) < local_start(day + timedelta(days=1), config),
            )
        ).first()
        if stored is not None and kept is not None:
            roll_up_day(session, config, service, day)
        day += timedelta(days=1)


def purge_probe_log(session: Session, config: Config, cutoff: datetime, now: datetime) -> int:
    """Raw results of whole local days before the cutoff's day go, once their day is rolled up. Count deleted."""
    roll_up_days(session, config, now)
    old = col(ProbeResult.at) < local_start(cutoff.astimezone(config.helpdesk.zone).date(), config)
    deleted = int(session.exec(select(func.count()).select_from(ProbeResult).where(old)).one())
    session.execute(delete(ProbeResult).where(old))
    if deleted:
        log.info("retention: %d probe result(s) before %s deleted; their days stay as figures", deleted, cutoff.date())
    return deleted


def purge_probe_log_now(engine: Engine, config: Config, now: datetime) -> int:
    """The probe log's part of the daily retention, in a transaction of its own."""
    with Session(engine) as session:
        deleted = purge_probe_log(session, config, cutoff_for(now, config.storage.retention_years), now)
        session.commit()
    return deleted
