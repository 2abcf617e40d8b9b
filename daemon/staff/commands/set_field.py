"""#set <field> <value>: a field value staff give, checked, kept and overlaid on the classified fields."""

from __future__ import annotations

from daemon.config import Config
from daemon.staff.commands.parsing import StaffReply
from daemon.staff.commands.registry import CommandStep, command
from daemon.staff.field_set import apply_set, set_problems
from storage.models import Ticket


def _problems(ticket: Ticket, reply: StaffReply, config: Config) -> list[str]:
    return set_problems(reply.arguments("set"), config.helpdesk.zone)


@command("set", example="fullname Pemrograman Web Lanjut", problems=_problems)
def set_field(step: CommandStep, argument: str) -> str | None:
    return apply_set(step.session, step.ticket, argument, step.actor, step.received_at, step.config.helpdesk.zone)
