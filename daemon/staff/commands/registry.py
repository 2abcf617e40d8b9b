"""The #commands staff may write, each registered by name with the handler that carries it out."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from sqlmodel import Session

from daemon.config import Config
from daemon.sla import record_first_response
from daemon.ticket_record import record_event
from daemon.wording import Wording
from daemon.work_calendar import WorkingCalendar
from storage.models import EventKind, Ticket

if TYPE_CHECKING:
    from daemon.outgoing.to_requester import ToRequester
    from daemon.staff.commands.parsing import StaffReply


# Staff read the desk's answers in Indonesian.
STAFF_WORDING = Wording("id")


@dataclass(frozen=True)
class CommandStep:
    """What a handler may touch: the ticket, the whole reply, who wrote it, and the mail it may cause."""

    session: Session
    ticket: Ticket
    reply: StaffReply
    actor: str
    message_id: str
    # Every state change and event takes the reply's own time, so a history loaded with --received-at keeps its
    # dates; `now` is the clock (when an approved Moodle operation may run).
    received_at: datetime
    now: datetime
    to_requester: ToRequester
    config: Config
    calendar: WorkingCalendar

    def event(self, kind: EventKind, detail: str = "") -> None:
        record_event(
            self.session,
            ticket_id=self.ticket.id,
            at=self.received_at,
            kind=kind,
            actor=self.actor,
            detail=detail,
            message_id=self.message_id,
        )

    def responded(self) -> None:
        """The reply counts as the first human response (the earliest one wins)."""
        record_first_response(self.ticket, self.received_at, self.calendar)


# What a handler did, in a few words for the log, or None when the command changes nothing by itself.
Handler = Callable[[CommandStep, str], str | None]
# What is wrong with the command in this reply on this ticket, checked before any command of the reply is applied.
Problems = Callable[[Ticket, "StaffReply", Config], list[str]]


@dataclass(frozen=True)
class CommandSpec:
    name: str
    run: Handler
    example: str | None = None  # set when the command needs an argument: shown in the problem text
    check: Callable[[str], str | None] | None = None  # a problem with the argument, or None
    takes_rest: bool = False  # the rest of the reply is its argument (#text)
    problems: Problems | None = None


@dataclass(frozen=True)
class UnknownCommand:
    """A #word no handler is registered for."""

    name: str


_REGISTERED: dict[str, CommandSpec] = {}


def command(
    name: str,
    *,
    example: str | None = None,
    check: Callable[[str], str | None] | None = None,
    takes_rest: bool = False,
    problems: Problems | None = None,
) -> Callable[[Handler], Handler]:
    """Register the decorated handler as #name."""

    def register(handler: Handler) -> Handler:
        if name in _REGISTERED:
            raise ValueError(f"#{name} is registered twice")
        _REGISTERED[name] = CommandSpec(name, handler, example, check, takes_rest, problems)
        return handler

    return register


@cache
def registered() -> dict[str, CommandSpec]:
    """Every command, after importing each module of this package once (the way Mailman finds its rules)."""
    package = __name__.rpartition(".")[0]
    for module in pkgutil.iter_modules(importlib.import_module(package).__path__):
        importlib.import_module(f"{package}.{module.name}")
    return dict(_REGISTERED)


def find(name: str) -> CommandSpec | UnknownCommand:
    return registered().get(name) or UnknownCommand(name)
