"""Make the mailer the config names (SMTP or a Maildir), at once or when something is first sent.

Apart from the app (app.py): `helpdesk check` and the notice of a configuration fault send without wiring the
pipeline, and so without importing the classifier (seconds of CPU)."""

from __future__ import annotations

from contextlib import AbstractContextManager

from daemon.clock import Clock
from daemon.config import Config
from daemon.credentials import read_login
from daemon.outgoing.mailers import MaildirMailer, Mailer, MailSession, SmtpMailer


def make_mailer(config: Config, clock: Clock | None = None) -> Mailer:
    outgoing = config.outgoing
    if outgoing.kind == "smtp":
        login = read_login(config, "outgoing", outgoing, clock)
        return SmtpMailer(outgoing, login, outgoing.tls_context(config.base_dir))
    return MaildirMailer(config.resolve(outgoing.path))


class DeferredMailer:
    """The configured mailer, made (and its secret read) only when something is sent.

    Commands that only read or write the record never send, so they run without the mail secrets."""

    def __init__(self, config: Config, clock: Clock) -> None:
        self.config = config
        self.clock = clock
        self._mailer: Mailer | None = None

    def session(self) -> AbstractContextManager[MailSession]:
        if self._mailer is None:
            self._mailer = make_mailer(self.config, self.clock)
        return self._mailer.session()
