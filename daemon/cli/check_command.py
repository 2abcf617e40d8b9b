"""`helpdesk check`: try each part the config names and report what works."""

from __future__ import annotations

from collections.abc import Callable

from daemon.config import Config
from daemon.credentials import read_secret
from daemon.errors import HelpdeskError
from daemon.intake.sources.imap import ImapSource
from daemon.intake.sources.maildir import MaildirSource
from daemon.outgoing.mailers import SendError
from daemon.wiring.app import make_mailer
from storage.engine import make_engine, schema_problem


def _storage(config: Config) -> str:
    problem = schema_problem(make_engine(config.database_url))
    if problem:
        raise HelpdeskError(problem)
    return "reachable, schema current"


def _intake(config: Config) -> str:
    intake = config.intake
    source = (
        ImapSource(intake, read_secret(config, "intake", intake), intake.tls_context(config.base_dir))
        if intake.kind == "imap"
        else MaildirSource(config.resolve(intake.path), intake.processed_folder, intake.quarantine_folder)
    )
    source.open()
    try:
        waiting = len(source.pending())
        idle = getattr(source, "has_idle", False)
    finally:
        source.close()
    return f"{source.name}: {waiting} message(s) waiting" + (", IDLE available" if idle else "")


def _outgoing(config: Config) -> str:
    mailer = make_mailer(config)
    with mailer.session():
        pass
    where = (
        f"{config.outgoing.host}:{config.outgoing.port}"
        if config.outgoing.kind == "smtp"
        else str(config.resolve(config.outgoing.path))
    )
    return f"{config.outgoing.kind} {where}: accepts connections"


def run_checks(config: Config, emit: Callable[[str], None] = print) -> int:
    """0 when every part works, 1 otherwise; one line per part, secrets never printed."""
    failures = 0
    for name, check in (("storage", _storage), ("intake", _intake), ("outgoing", _outgoing)):
        try:
            emit(f"ok    {name}: {check(config)}")
        except (HelpdeskError, SendError, OSError) as error:
            failures += 1
            emit(f"FAIL  {name}: {error}")
    emit(f"staff: {len(config.staff.addresses)} address(es), notices to {', '.join(config.staff.notify) or 'nobody'}")
    return 1 if failures else 0
