"""#approve [course=N] [site=S]: record the Moodle operation the worker will carry out."""

from __future__ import annotations

from daemon.staff.commands.registry import CommandStep, command
from daemon.staff.moodle_approval import approval_problems
from daemon.staff.moodle_approval import approve as record_approval


@command("approve", problems=approval_problems)
def approve(step: CommandStep, argument: str) -> str | None:
    return record_approval(step.session, step.ticket, step.reply, argument, step.actor, step.now, step.config)
