"""`helpdesk check`: try each part the config names and report what works."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from daemon.cli.arguments import load_args_config
from daemon.cli.template_samples import count_templates, template_problems
from daemon.config import Config
from daemon.credentials import read_login
from daemon.errors import ConfigError, HelpdeskError, LoginRefusedError
from daemon.intake.sources.imap import ImapSource
from daemon.intake.sources.maildir import MaildirSource
from daemon.logins import Login
from daemon.outgoing.mailers import SendError, SmtpMailer
from daemon.outgoing.renderer import Renderer
from daemon.redaction import redact
from daemon.wiring.mailer import make_mailer
from storage import queries
from storage.engine import error_line, make_engine, schema_problem


def _storage(config: Config) -> str:
    problem = schema_problem(make_engine(config.database_url))
    if problem:
        raise HelpdeskError(problem)
    return "reachable, schema current"


def _login_text(login: Login) -> str:
    return f"; logged in with {login.describe()}"


def _intake(config: Config) -> str:
    intake = config.intake
    if intake.kind != "imap":
        source = MaildirSource(config.resolve(intake.path), intake.processed_folder, intake.quarantine_folder)
        source.open()
        try:
            return f"{source.name}: {len(source.pending())} message(s) waiting"
        finally:
            source.close()
    imap = ImapSource(intake, read_login(config, "intake", intake), intake.tls_context(config.base_dir))
    imap.open()
    try:
        waiting = len(imap.pending())
    finally:
        imap.close()
    idle = ", IDLE available" if imap.has_idle else ""
    return f"{imap.name}: {waiting} message(s) waiting{idle}{_login_text(imap.login)}"


def _outgoing(config: Config) -> str:
    mailer = make_mailer(config)
    with mailer.session():
        pass
    where = (
        f"{config.outgoing.host}:{config.outgoing.port}"
        if config.outgoing.kind == "smtp"
        else str(config.resolve(config.outgoing.path))
    )
    how = _login_text(mailer.login) if isinstance(mailer, SmtpMailer) and config.outgoing.username else ""
    return f"{config.outgoing.kind} {where}: accepts connections{how}"


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
    engine = make_engine(config.database_url)
    if schema_problem(engine):
        raise HelpdeskError("not read: the storage is not ready (above)")
    return waiting_retries(engine, config.helpdesk.zone)


def run_checks(config: Config, emit: Callable[[str], None] = print) -> int:
    """0 when every part works; 2 when a part fails on the configuration (a refused OAuth2 consent, say: only a
    person can mend it, so systemd must not restart into it), 1 otherwise. One line per part, secrets never."""
    failures: list[Exception] = []
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
            failures.append(error)
            emit(f"FAIL  {name}: {redact(error_line(error) if isinstance(error, SQLAlchemyError) else str(error))}")
    # A refused password is 1, not 2: servers also refuse while their own password store is down for a moment,
    # so `run` keeps trying, slowly (intake.refused_retry_minutes).
    if any(isinstance(error, ConfigError) and not isinstance(error, LoginRefusedError) for error in failures):
        return 2
    return 1 if failures else 0


def cmd_check(args: argparse.Namespace) -> int:
    return run_checks(load_args_config(args))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"check": cmd_check}
