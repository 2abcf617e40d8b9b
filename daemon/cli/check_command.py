"""`helpdesk check`: try each part the config names and report what works."""

from __future__ import annotations

from collections.abc import Callable

from daemon.config import Config
from daemon.credentials import read_login
from daemon.errors import ConfigError, HelpdeskError
from daemon.intake.sources.imap import ImapSource
from daemon.intake.sources.maildir import MaildirSource
from daemon.logins import Login
from daemon.outgoing.mailers import SendError, SmtpMailer
from daemon.redaction import redact
from daemon.wiring.app import make_mailer
from storage.engine import make_engine, schema_problem


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


def run_checks(config: Config, emit: Callable[[str], None] = print) -> int:
    """0 when every part works; 2 when a part fails on the configuration (a refused OAuth2 consent, say: only a
    person can mend it, so systemd must not restart into it), 1 otherwise. One line per part, secrets never."""
    failures: list[Exception] = []
    for name, check in (("storage", _storage), ("intake", _intake), ("outgoing", _outgoing)):
        try:
            emit(f"ok    {name}: {check(config)}")
        except (HelpdeskError, SendError, OSError) as error:
            failures.append(error)
            emit(f"FAIL  {name}: {redact(str(error))}")
    emit(f"staff: {len(config.staff.addresses)} address(es), notices to {', '.join(config.staff.notify) or 'nobody'}")
    if any(isinstance(error, ConfigError) for error in failures):
        return 2
    return 1 if failures else 0
