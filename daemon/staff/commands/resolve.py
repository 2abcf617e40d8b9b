"""#resolve: the ticket is solved; the requester gets the resolution mail (not for a reply also marked #spam)."""

from __future__ import annotations

from daemon.staff.commands.registry import CommandStep, command
from storage.models import EventKind, TicketStatus


@command("resolve")
def resolve(step: CommandStep, argument: str) -> str | None:
    if step.reply.has("spam"):
        return None
    step.ticket.status = TicketStatus.RESOLVED
    step.ticket.resolved_at = step.received_at
    step.responded()
    step.to_requester.resolution(step.session, step.ticket)
    step.event(EventKind.RESOLVED)
    return "resolved"
