"""#type <type>: correct the ticket's request type (and teach the classifier the example)."""

from __future__ import annotations

from daemon.classify.corrections import correct_type
from daemon.classify.model import RequestType
from daemon.staff.commands.registry import STAFF_WORDING, CommandStep, command

_TYPES = tuple(item.value for item in RequestType)


def _known_type(argument: str) -> str | None:
    return (
        None
        if argument in _TYPES
        else STAFF_WORDING.filled("command_problems", "unknown_type", types=", ".join(_TYPES))
    )


@command("type", example="elearning_support", check=_known_type)
def retype(step: CommandStep, argument: str) -> str | None:
    correct_type(step.session, step.ticket, RequestType(argument), step.actor, step.received_at)
    return f"type {argument}"
