"""Roll probe results past the retention period up into daily figures, then delete them."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from daemon.availability.figures import figures_from, local_start, samples_of, services, windows_of
from daemon.config import Config
from storage.availability import AvailabilityDay, ProbeResult

log = logging.getLogger(__name__)


def purge_probe_log(session: Session, config: Config, cutoff: datetime) -> int:
    """Whole local days before the cutoff's day become AvailabilityDay rows; their results go. Count deleted."""
    zone = config.helpdesk.zone
    boundary = local_start(cutoff.astimezone(zone).date(), config)
    first = session.exec(select(func.min(ProbeResult.at)).where(col(ProbeResult.at) < boundary)).one()
    if first is None:
        return 0
    names = services(session, config)
    day = first.astimezone(zone).date()
    while local_start(day, config) < boundary:
        start, end = local_start(day, config), local_start(day + timedelta(days=1), config)
        for service in names:
            samples = samples_of(session, service, start, end)
            inside = [sample for sample in samples if start <= sample.at < end]
            if not inside:
                continue
            # The last result of the day may speak for a moment past midnight; that moment is given up.
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
        day += timedelta(days=1)
    old = col(ProbeResult.at) < boundary
    deleted = int(session.exec(select(func.count()).select_from(ProbeResult).where(old)).one())
    session.execute(delete(ProbeResult).where(old))
    log.info("retention: %d probe result(s) before %s rolled up into daily figures", deleted, boundary.date())
    return deleted
