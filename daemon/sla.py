"""The 15-minute first-response target: due times, stored response minutes, and met/missed verdicts."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol

from daemon.config import Config
from daemon.work_calendar import WorkingCalendar
from storage.models import Ticket


class Verdict(StrEnum):
    MET = "met"
    MISSED = "missed"
    PENDING = "pending"


def due_at(arrival: datetime, config: Config, calendar: WorkingCalendar) -> datetime:
    """When the first human response is due, on the clock the KPI uses."""
    minutes = config.sla.first_response_minutes
    if config.sla.clock == "working":
        return calendar.add_working_minutes(arrival, minutes)
    return arrival + timedelta(minutes=minutes)


def promised_by(arrival: datetime, minutes: int, calendar: WorkingCalendar) -> datetime:
    """When the requester is told to expect a human answer: `minutes` after arrival, or after the unit next opens.

    Receipts, staff notices, reminders and escalations all use this one time, so nobody is paged on a Sunday evening
    about a request whose requester was told "Monday 08.15"; the KPI keeps its own clock (`due_at`)."""
    return calendar.next_opening(arrival) + timedelta(minutes=minutes)


def record_first_response(ticket: Ticket, at: datetime, calendar: WorkingCalendar) -> bool:
    """Set the first human response (the earliest one wins) with its wall and working minutes."""
    if ticket.first_response_at is not None and ticket.first_response_at <= at:
        return False
    ticket.first_response_at = at
    ticket.response_minutes_wall = round(max(0.0, (at - ticket.created_at).total_seconds() / 60), 2)
    ticket.response_minutes_working = round(calendar.working_minutes(ticket.created_at, at), 2)
    return True


class ResponseFacts(Protocol):
    @property
    def created_at(self) -> datetime: ...
    @property
    def first_response_at(self) -> datetime | None: ...
    @property
    def response_minutes_wall(self) -> float | None: ...
    @property
    def response_minutes_working(self) -> float | None: ...


def verdict(ticket: ResponseFacts, config: Config, calendar: WorkingCalendar, now: datetime) -> Verdict:
    """Met when answered by the due time; missed when answered late or still unanswered after it."""
    target = config.sla.first_response_minutes
    if ticket.first_response_at is not None:
        minutes = ticket.response_minutes_working if config.sla.clock == "working" else ticket.response_minutes_wall
        if minutes is None:
            minutes = (
                calendar.working_minutes(ticket.created_at, ticket.first_response_at)
                if config.sla.clock == "working"
                else (ticket.first_response_at - ticket.created_at).total_seconds() / 60
            )
        return Verdict.MET if minutes <= target else Verdict.MISSED
    return Verdict.MISSED if now > due_at(ticket.created_at, config, calendar) else Verdict.PENDING
