"""Hand finished messages to an SMTP server or to a local Maildir."""

from __future__ import annotations

import contextlib
import itertools
import os
import smtplib
import socket
import ssl
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from daemon.errors import TransientError
from daemon.logins import Login, smtp_login, smtp_reply_text
from daemon.mail_server_settings import OutgoingSettings

# Maildir names must be unique: two connections may write within the same nanosecond.
_DELIVERIES = itertools.count()


class SendError(Exception):
    """Base of delivery failures."""


class TemporarySendError(SendError):
    """Try again later (4xx, connection trouble)."""


class PermanentSendError(SendError):
    """The server refused for good (5xx): show it, do not retry."""


class MailSession(Protocol):
    def send(self, envelope_from: str, recipients: list[str], raw: bytes) -> None: ...


class Mailer(Protocol):
    def session(self) -> contextlib.AbstractContextManager[MailSession]:
        """One connection used for several messages."""
        ...


class MaildirMailer:
    """Writes each outgoing message into a Maildir, for a machine without an SMTP server."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextlib.contextmanager
    def session(self) -> Iterator[MaildirMailer]:
        for sub in ("tmp", "new", "cur"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)
        yield self

    def send(self, envelope_from: str, recipients: list[str], raw: bytes) -> None:
        name = f"{time.time_ns()}.{os.getpid()}_{next(_DELIVERIES)}.{socket.gethostname()}"
        temporary = self.path / "tmp" / name
        envelope = f"X-Envelope-From: <{envelope_from}>\r\nX-Envelope-To: {', '.join(recipients)}\r\n"
        try:
            with temporary.open("wb") as handle:
                handle.write(envelope.encode("ascii", "replace") + raw)
                handle.flush()
                os.fsync(handle.fileno())
            temporary.rename(self.path / "new" / name)
        except OSError as error:
            raise TemporarySendError(f"cannot write to {self.path}: {error.strerror}") from error


class _SmtpSession:
    def __init__(self, client: smtplib.SMTP) -> None:
        self.client = client

    def send(self, envelope_from: str, recipients: list[str], raw: bytes) -> None:
        try:
            refused = self.client.sendmail(envelope_from, recipients, raw)
        except smtplib.SMTPRecipientsRefused as error:
            codes = [code for code, _ in error.recipients.values()]
            kind = TemporarySendError if all(400 <= code < 500 for code in codes) else PermanentSendError
            raise kind(f"all recipients refused: {error.recipients}") from error
        except smtplib.SMTPResponseException as error:
            kind = TemporarySendError if 400 <= error.smtp_code < 500 else PermanentSendError
            raise kind(f"{error.smtp_code} {error.smtp_error!r}") from error
        except (smtplib.SMTPException, OSError) as error:
            raise TemporarySendError(f"{type(error).__name__}: {error}") from error
        if refused:
            raise PermanentSendError(f"some recipients refused: {refused}")


class SmtpMailer:
    """smtplib with implicit TLS or STARTTLS (certificates verified) and AUTH when a user is set."""

    def __init__(self, settings: OutgoingSettings, login: Login, tls: ssl.SSLContext | None = None) -> None:
        self.settings = settings
        self.login = login
        self.tls = tls or ssl.create_default_context()

    def _connect(self) -> smtplib.SMTP:
        settings = self.settings
        client: smtplib.SMTP
        if settings.security == "tls":
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout_seconds, context=self.tls)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
            if settings.security == "starttls":
                client.starttls(context=self.tls)
        if settings.username:
            try:
                smtp_login(client, settings.username, self.login)
            except BaseException:
                with contextlib.suppress(smtplib.SMTPException, OSError):
                    client.close()
                raise
        return client

    @contextlib.contextmanager
    def session(self) -> Iterator[_SmtpSession]:
        try:
            client = self._connect()
        except smtplib.SMTPAuthenticationError as error:
            said = smtp_reply_text(error)
            raise PermanentSendError(
                f"SMTP login ({self.settings.auth}) refused for {self.settings.username}: {error.smtp_code} {said}"
            ) from None
        except (smtplib.SMTPException, OSError) as error:
            raise TemporarySendError(f"cannot reach SMTP {self.settings.host}:{self.settings.port}: {error}") from error
        except TransientError as error:  # the token endpoint, not the mail server, is away: the same remedy
            raise TemporarySendError(str(error)) from None
        try:
            yield _SmtpSession(client)
        finally:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                client.quit()
