"""Wire the parts named by the config into one application object."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from daemon.clock import Clock, SecureTokens, SystemClock, TokenSource
from daemon.config import Config
from daemon.credentials import read_login, read_moodle_token
from daemon.errors import SchemaOutdatedError
from daemon.intake.sent_folder import SentFolderWatcher
from daemon.intake.sources.base import MailSource
from daemon.intake.sources.imap import ImapSource
from daemon.intake.sources.maildir import MaildirSource
from daemon.moodle.client import MoodleClient
from daemon.moodle.worker import MoodleWorker
from daemon.outgoing.mail_layer import Outgoing
from daemon.outgoing.mailers import Mailer
from daemon.outgoing.outbox import OutboxSender
from daemon.outgoing.renderer import Renderer
from daemon.pipeline.ingest import Pipeline
from daemon.wiring.mailer import DeferredMailer, make_mailer
from storage.engine import make_engine, schema_problem


@dataclass
class App:
    config: Config
    engine: Engine
    clock: Clock
    pipeline: Pipeline
    outbox: OutboxSender
    outgoing: Outgoing

    def source(self) -> MailSource:
        intake = self.config.intake
        if intake.kind == "imap":
            return ImapSource(
                intake,
                read_login(self.config, "intake", intake, self.clock),
                intake.tls_context(self.config.base_dir),
                self.clock,
            )
        return MaildirSource(self.config.resolve(intake.path), intake.processed_folder, intake.quarantine_folder)

    def moodle_worker(self) -> MoodleWorker | None:
        sites = self.config.moodle.all_sites()
        if not sites:
            return None
        clients = {name: moodle_client(self.config, name) for name in sites}
        return MoodleWorker(self.config, self.engine, self.outgoing, clients, self.clock)

    def sent_watcher(self) -> SentFolderWatcher | None:
        intake = self.config.intake
        if intake.kind != "imap" or not intake.sent_folder:
            return None
        return SentFolderWatcher(
            intake,
            read_login(self.config, "intake", intake, self.clock),
            intake.tls_context(self.config.base_dir),
            self.pipeline,
            self.engine,
            self.clock,
        )


def moodle_client(config: Config, name: str) -> MoodleClient:
    site = config.moodle.all_sites()[name]
    return MoodleClient(site.url, read_moodle_token(config, name, site).get_secret_value(), site.timeout_seconds)


def build_app(
    config: Config,
    *,
    clock: Clock | None = None,
    tokens: TokenSource | None = None,
    mailer: Mailer | None = None,
    check_schema: bool = True,
    mail: bool = True,
) -> App:
    """Everything ready to run; refuses an outdated schema before touching any mail.

    `mail=False`: the mail secrets are read only if something is sent (commands about the record)."""
    engine = make_engine(config.database_url, config.storage.busy_timeout_seconds)
    if check_schema:
        problem = schema_problem(engine)
        if problem:
            raise SchemaOutdatedError(problem)
    clock = clock or SystemClock()
    reply_key = config.staff.reply_key()
    renderer = Renderer(config.templates_dir(), zone=config.helpdesk.zone)
    outgoing = Outgoing.of(config, renderer, clock, tokens or SecureTokens(), reply_key)
    pipeline = Pipeline(config, engine, clock, outgoing, reply_key)
    outbox = OutboxSender(
        engine,
        mailer or (make_mailer(config, clock) if mail else DeferredMailer(config, clock)),
        clock,
        config.outgoing.max_attempts,
        config.outgoing.connections,
    )
    return App(config, engine, clock, pipeline, outbox, outgoing)
