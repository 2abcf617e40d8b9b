"""#assign <who>: the staff member who handles the ticket."""

from __future__ import annotations

from daemon.staff.commands.registry import CommandStep, command
from storage.models import EventKind


@command("assign", example="rina.staf@polibatam.ac.id")
def assign(step: CommandStep, argument: str) -> str | None:
    step.ticket.assignee = argument
    step.event(EventKind.ASSIGNED, argument)
    return f"assigned to {argument}"
