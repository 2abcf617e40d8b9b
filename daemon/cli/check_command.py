"""`helpdesk check`: try each part the config names and report what works."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from daemon.cli.template_samples import count_templates, template_problems
from daemon.config import Config
from daemon.credentials import read_secret
from daemon.errors import HelpdeskError
from daemon.intake.sources.imap import ImapSource
from daemon.intake.sources.maildir import MaildirSource
from daemon.outgoing.mailers import SendError
from daemon.outgoing.renderer import Renderer
from daemon.wiring.app import make_mailer
from storage import queries
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


def _templates(config: Config) -> str:
    directory = config.templates_dir()
    problems = template_problems(Renderer(directory))
    if problems:
        raise HelpdeskError(f"in {directory}: " + "; ".join(problems))
    return f"{count_templates()} template(s) in {directory} render with sample data"


def _staff(config: Config) -> str:
    """How a staff member's mail is believed: the two ways commands are accepted."""
    staff = config.staff
    key = staff.reply_key()  # a ConfigError when too short
    trusted = ", ".join(staff.trusted_authserv_ids) or "none (no Authentication-Results is believed)"
    signed = (
        f"on (key from {staff.reply_key_env}, {len(key)} bytes); the mail server must deliver "
        f"{config.helpdesk.address.replace('@', '+N-SIGNATURE@')} to the helpdesk mailbox"
        if key
        else f"off ({staff.reply_key_env} not set)"
    )
    return (
        f"{len(staff.addresses)} address(es), notices to {', '.join(staff.notify) or 'nobody'}; commands count when "
        f"Authentication-Results (dkim/dmarc=pass) comes from a trusted server: {trusted}; signed reply address: "
        f"{signed}"
    )


def waiting_retries(engine: Engine, zone: ZoneInfo) -> str:
    """Outgoing mail waiting to be retried, with its next attempt, and mail that failed for good."""
    with Session(engine) as session:
        count, first, failed = queries.retries_waiting(session)
    waiting = (
        f"{count} message(s) waiting to be retried, next attempt {first.astimezone(zone):%Y-%m-%d %H:%M:%S %Z}"
        if count and first
        else "nothing waiting to be retried"
    )
    return waiting + (f"; {failed} failed for good (helpdesk outbox list --failed)" if failed else "")


def _outbox(config: Config) -> str:
    return waiting_retries(make_engine(config.database_url), config.helpdesk.zone)


def run_checks(config: Config, emit: Callable[[str], None] = print) -> int:
    """0 when every part works, 1 otherwise; one line per part, secrets never printed."""
    failures = 0
    parts = (
        ("storage", _storage),
        ("templates", _templates),
        ("intake", _intake),
        ("outgoing", _outgoing),
        ("outbox", _outbox),
        ("staff", _staff),
    )
    for name, check in parts:
        try:
            emit(f"ok    {name}: {check(config)}")
        except (HelpdeskError, SendError, OSError, SQLAlchemyError) as error:
            failures += 1
            emit(f"FAIL  {name}: {error}")
    return 1 if failures else 0
