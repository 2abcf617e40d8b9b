"""Check one service once: HTTP(S) page, TCP port, the helpdesk's own IMAP/SMTP login, or Moodle Web Services."""

from __future__ import annotations

import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO, Protocol

from daemon.availability_settings import ProbeSettings
from daemon.config import Config
from daemon.credentials import read_login, read_moodle_token
from daemon.intake.sources.imap_connection import connect
from daemon.moodle.client import MoodleClient
from daemon.outgoing.mailers import SmtpMailer

MAX_BODY_BYTES = 2 * 1024 * 1024  # enough to find the expected text on a login page
MAX_ERROR_CHARS = 300


@dataclass(frozen=True)
class ProbeOutcome:
    up: bool
    latency_ms: float
    error: str = ""


class Probe(Protocol):
    def check(self) -> ProbeOutcome: ...


def one_line(error: BaseException | str) -> str:
    text = str(error) or type(error).__name__
    return " ".join(text.split())[:MAX_ERROR_CHARS]


def _timed(work: Callable[[], str]) -> ProbeOutcome:
    """Run one check; an empty answer is up, a sentence (or an exception) says why it is down."""
    started = time.monotonic()
    try:
        problem = work()
    except Exception as error:  # whatever stops the check (network, TLS, login, token) is the service down for us
        problem = one_line(error)
    return ProbeOutcome(not problem, round((time.monotonic() - started) * 1000, 1), problem)


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects on the probed host only: a login page that sends us elsewhere is not this service."""

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> urllib.request.Request | None:
        wanted = urllib.parse.urlsplit(req.full_url).hostname
        target = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl)).hostname
        if target != wanted:
            raise urllib.error.URLError(f"HTTP {code} redirect to another host ({target})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class HttpProbe:
    def __init__(self, settings: ProbeSettings, tls: ssl.SSLContext) -> None:
        self.settings = settings
        self.opener = urllib.request.build_opener(
            _SameHostRedirects(), urllib.request.HTTPSHandler(context=tls), urllib.request.ProxyHandler({})
        )

    def _fetch(self) -> str:
        settings = self.settings
        request = urllib.request.Request(settings.url, headers={"User-Agent": "p4m-helpdesk-probe"})  # noqa: S310
        try:
            with self.opener.open(request, timeout=settings.timeout_seconds) as response:
                status, body = response.status, response.read(MAX_BODY_BYTES)
        except urllib.error.HTTPError as error:
            status, body = error.code, b""
            if status == settings.expected_status:
                body = error.read(MAX_BODY_BYTES)
            error.close()
        except urllib.error.URLError as error:
            return one_line(error.reason if isinstance(error.reason, BaseException) else str(error.reason))
        if status != settings.expected_status:
            return f"HTTP {status}, expected {settings.expected_status}"
        if settings.expect_text and settings.expect_text not in body.decode("utf-8", "replace"):
            return f"HTTP {status} without the expected text {settings.expect_text!r}"
        return ""

    def check(self) -> ProbeOutcome:
        return _timed(self._fetch)


class TcpProbe:
    def __init__(self, settings: ProbeSettings) -> None:
        self.settings = settings

    def _connect(self) -> str:
        assert self.settings.port is not None
        with socket.create_connection((self.settings.host, self.settings.port), self.settings.timeout_seconds):
            return ""

    def check(self) -> ProbeOutcome:
        return _timed(self._connect)


class ImapProbe:
    """The helpdesk's own mailbox login, with the intake's connection code."""

    def __init__(self, settings: ProbeSettings, config: Config) -> None:
        self.intake = config.intake.model_copy(update={"timeout_seconds": settings.timeout_seconds})
        self.login = read_login(config, "intake", config.intake)
        self.tls = config.intake.tls_context(config.base_dir)

    def _login(self) -> str:
        client = connect(self.intake, self.login, self.tls)
        client.logout()
        return ""

    def check(self) -> ProbeOutcome:
        return _timed(self._login)


class SmtpProbe:
    """The helpdesk's own SMTP login, with the mailer's connection code; nothing is sent."""

    def __init__(self, settings: ProbeSettings, config: Config) -> None:
        outgoing = config.outgoing.model_copy(update={"timeout_seconds": settings.timeout_seconds})
        login = read_login(config, "outgoing", config.outgoing)
        self.mailer = SmtpMailer(outgoing, login, config.outgoing.tls_context(config.base_dir))

    def _login(self) -> str:
        with self.mailer.session():
            return ""

    def check(self) -> ProbeOutcome:
        return _timed(self._login)


class MoodleProbe:
    """`core_webservice_get_site_info` with the helpdesk's token: the site answers and web services work."""

    def __init__(self, settings: ProbeSettings, config: Config) -> None:
        name = settings.site or config.moodle.name
        site = config.moodle.all_sites()[name]
        token = read_moodle_token(config, name, site).get_secret_value()
        self.client = MoodleClient(settings.url or site.url, token, settings.timeout_seconds, read_retries=0)

    def _site_info(self) -> str:
        answer = self.client.site_info()
        return "" if answer.get("sitename") is not None else "site info without a site name"

    def check(self) -> ProbeOutcome:
        return _timed(self._site_info)


def make_probe(settings: ProbeSettings, config: Config) -> Probe:
    if settings.kind == "http":
        tls = ssl.create_default_context(cafile=str(config.resolve(settings.ca_file)) if settings.ca_file else None)
        return HttpProbe(settings, tls)
    if settings.kind == "tcp":
        return TcpProbe(settings)
    if settings.kind == "imap":
        return ImapProbe(settings, config)
    if settings.kind == "smtp":
        return SmtpProbe(settings, config)
    return MoodleProbe(settings, config)
