"""#reopen: a resolved or closed ticket is open again."""

from __future__ import annotations

from daemon.staff.commands.registry import CommandStep, command
from storage.models import EventKind, TicketStatus


@command("reopen")
def reopen(step: CommandStep, argument: str) -> str | None:
    step.ticket.status = TicketStatus.OPEN
    step.ticket.resolved_at = step.ticket.closed_at = None
    step.event(EventKind.REOPENED)
    return "reopened"
