"""#spam: the ticket is closed as spam; nothing of the reply is relayed."""

from __future__ import annotations

from daemon.staff.commands.registry import CommandStep, command
from storage.models import EventKind, TicketStatus


@command("spam")
def spam(step: CommandStep, argument: str) -> str | None:
    step.ticket.status = TicketStatus.SPAM
    step.ticket.closed_at = step.received_at
    step.event(EventKind.SPAM)
    return "marked spam"
