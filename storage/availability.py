"""SQLModel tables of service availability (probe results, daily roll-ups, maintenance windows, outages told to
staff) and the one query the intake needs of them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Index, Text, UniqueConstraint
from sqlmodel import Field, Session, SQLModel, col, select

from storage.column_types import UTCDateTime


class ProbeResult(SQLModel, table=True):
    """One check of one service; it speaks for the time until the next check, at most `stretch_seconds`."""

    __tablename__ = "probe_result"
    # Every read is one service over a span of time (and the next result after one): one index serves them all.
    __table_args__ = (Index("ix_probe_result_service_at", "service", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    service: str = Field(max_length=100)
    at: datetime = Field(sa_type=UTCDateTime)
    up: bool
    latency_ms: float
    error: str = Field(default="", sa_type=Text)
    stretch_seconds: float


class AvailabilityDay(SQLModel, table=True):
    """A purged day of probe results, kept as seconds observed, up, down and in maintenance."""

    __tablename__ = "availability_day"
    __table_args__ = (UniqueConstraint("service", "day", name="uq_availability_day"),)

    id: int | None = Field(default=None, primary_key=True)
    service: str = Field(max_length=100)
    day: date = Field(index=True)
    observed_seconds: float
    up_seconds: float
    down_seconds: float
    maintenance_seconds: float
    probes: int
    failures: int


class MaintenanceWindow(SQLModel, table=True):
    """Planned work on a service, added with `helpdesk maintenance add`."""

    __tablename__ = "maintenance_window"

    id: int | None = Field(default=None, primary_key=True)
    service: str = Field(max_length=100, index=True)
    start_at: datetime = Field(sa_type=UTCDateTime)
    end_at: datetime = Field(sa_type=UTCDateTime)
    note: str = Field(default="", sa_type=Text)
    added_at: datetime = Field(sa_type=UTCDateTime)


class ServiceOutage(SQLModel, table=True):
    """An outage staff were told of: when it began, the alert's Message-ID to thread the recovery under."""

    __tablename__ = "service_outage"

    id: int | None = Field(default=None, primary_key=True)
    service: str = Field(max_length=100, index=True)
    down_since: datetime = Field(sa_type=UTCDateTime)
    alerted_at: datetime = Field(sa_type=UTCDateTime)
    error: str = Field(default="", sa_type=Text)
    alert_message_id: str = ""
    recovered_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True, index=True)


def known_outage(session: Session, services: Sequence[str]) -> datetime | None:
    """Since when the earliest of these services has been down, as staff were told; None while all are up."""
    if not services:
        return None
    return session.exec(
        select(ServiceOutage.down_since)
        .where(col(ServiceOutage.service).in_(services), col(ServiceOutage.recovered_at).is_(None))
        .order_by(col(ServiceOutage.down_since))
    ).first()
