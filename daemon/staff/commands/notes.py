"""#internal and #text change how the rest of the reply is read; they do nothing on their own.

#internal keeps the reply as an internal note instead of relaying it (the desk stores it); #text takes the rest
of the reply as the announcement text for #approve.
"""

from __future__ import annotations

from daemon.staff.commands.registry import CommandStep, command


@command("internal")
def internal(step: CommandStep, argument: str) -> str | None:
    return None


@command("text", takes_rest=True)
def text(step: CommandStep, argument: str) -> str | None:
    return None
