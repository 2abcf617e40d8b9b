"""#close: the ticket is closed without a resolution mail."""

from __future__ import annotations

from daemon.staff.commands.registry import CommandStep, command
from storage.models import EventKind, TicketStatus


@command("close")
def close(step: CommandStep, argument: str) -> str | None:
    step.ticket.status = TicketStatus.CLOSED
    step.ticket.closed_at = step.received_at
    step.event(EventKind.CLOSED)
    return "closed"
