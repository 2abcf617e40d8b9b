"""Real servers on loopback for the tests: Dovecot (IMAP) and aiosmtpd (SMTP), with a self-signed CA."""

from __future__ import annotations

import contextlib
import logging
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from imapclient import IMAPClient


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@dataclass(frozen=True)
class TlsMaterial:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert))


def make_tls_material(directory: Path) -> TlsMaterial:
    """A self-signed certificate for localhost and 127.0.0.1, made with openssl."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    key.chmod(0o644)
    return TlsMaterial(cert, key)


DOVECOT_CONF = """
protocols = imap
listen = 127.0.0.1
base_dir = {dir}/run
state_dir = {dir}/state
instance_name = p4m-test-{port}
log_path = {dir}/dovecot.log
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth2_mechanisms}
default_login_user = dovenull
default_internal_user = dovecot
# A refusal is answered at once and one test's refusals never slow another's logins: by default Dovecot delays each
# refusal by 2 s, and by up to 15 s after earlier refusals from the same address (127.0.0.1: any test's in the session).
auth_failure_delay = 0
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/passwd{password_only}
}}
{oauth2_passdb}userdb {{
  driver = static
  args = uid=vmail gid=vmail home={dir}/mail/%u
}}
mail_location = maildir:~/Maildir
mail_fsync = never
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
"""

# Dovecot's oauth2 passdb asks the test token server about each access token (RFC 7662 introspection by POST).
OAUTH2_PASSDB = """passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {dir}/dovecot-oauth2.conf.ext
}}
"""
OAUTH2_CONF = """introspection_mode = post
introspection_url = {introspection_url}
force_introspection = yes
username_attribute = username
username_format = %u
active_attribute = active
active_value = true
"""


@dataclass
class Dovecot:
    """A Dovecot on loopback; each test adds its own user so mailboxes never mix."""

    directory: Path
    port: int
    tls_port: int
    tls: TlsMaterial
    process: subprocess.Popen[bytes] | None = None
    users: dict[str, str] = field(default_factory=dict)
    introspection_url: str = ""  # set: XOAUTH2 and OAUTHBEARER logins too, checked there

    def start(self) -> None:
        # Dovecot re-reads passwd-file by mtime, which misses edits within one second: create the
        # users up front and hand them out one per test.
        for number in range(1, 301):
            self.users[f"helpdesk{number}"] = "secret"
        passwd = self.directory / "passwd"
        passwd.write_text("".join(f"{user}:{{PLAIN}}{pw}::::::\n" for user, pw in self.users.items()))
        passwd.chmod(0o644)
        conf = self.directory / "dovecot.conf"
        oauth2 = bool(self.introspection_url)
        if oauth2:
            (self.directory / "dovecot-oauth2.conf.ext").write_text(
                OAUTH2_CONF.format(introspection_url=self.introspection_url)
            )
        conf.write_text(
            DOVECOT_CONF.format(
                dir=self.directory,
                port=self.port,
                tls_port=self.tls_port,
                cert=self.tls.cert,
                key=self.tls.key,
                oauth2_mechanisms=" xoauth2 oauthbearer" if oauth2 else "",
                password_only="\n  mechanisms = plain login" if oauth2 else "",
                oauth2_passdb=OAUTH2_PASSDB.format(dir=self.directory) if oauth2 else "",
            )
        )
        self.process = subprocess.Popen(
            ["dovecot", "-F", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_for_port(self.port)
        wait_for_port(self.tls_port)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=15)
            self.process = None

    def add_user(self, name: str) -> str:
        if name not in self.users:
            raise KeyError(f"{name} is not one of the pre-made test users")
        return name

    def client(self, user: str) -> IMAPClient:
        client = IMAPClient("127.0.0.1", self.port, ssl=False, timeout=30)
        client.login(user, self.users[user])
        return client

    def append(self, user: str, raw: bytes, folder: str = "INBOX") -> None:
        client = self.client(user)
        try:
            client.append(folder, raw)
        finally:
            client.logout()

    def append_all(self, user: str, raws: Iterable[bytes]) -> None:
        """Many messages on one connection; returns once the session's own process has ended."""
        client = self.client(user)
        try:
            for raw in raws:
                client.append("INBOX", raw)
        finally:
            client.logout()
        # Once reaped, the session's CPU is the server's and no longer a live process's (see cpu_seconds).
        deadline = time.monotonic() + 10
        while any(name == "imap" for name, _ in self._children()) and time.monotonic() < deadline:
            time.sleep(0.05)

    def cpu_seconds(self) -> float:
        """CPU of the server, its reaped children and its live children (a process per service and login)."""
        assert self.process is not None
        own = proc_stat(Path(f"/proc/{self.process.pid}/stat"))
        ticks = sum(int(field) for field in own[1][11:15]) if own else 0
        ticks += sum(sum(int(field) for field in fields[11:15]) for _, fields in self._children())
        return ticks / os.sysconf("SC_CLK_TCK")

    def _children(self) -> list[tuple[str, list[str]]]:
        assert self.process is not None
        return [(name, fields) for _, name, fields in child_processes(self.process.pid)]

    def count(self, user: str, folder: str) -> int:
        client = self.client(user)
        try:
            if not client.folder_exists(folder):
                return 0
            return int(client.folder_status(folder, ["MESSAGES"])[b"MESSAGES"])
        finally:
            client.logout()


def child_processes(parent: int) -> list[tuple[int, str, list[str]]]:
    """The live children of `parent`: pid, name and /proc stat fields (see proc_stat)."""
    found = ((int(path.parent.name), proc_stat(path)) for path in Path("/proc").glob("[0-9]*/stat"))
    return [(pid, *stat) for pid, stat in found if stat is not None and int(stat[1][1]) == parent]


def proc_stat(path: Path) -> tuple[str, list[str]] | None:
    """A process's name and the fields of /proc/PID/stat after it (state, ppid, ..., utime at index 11)."""
    try:
        text = path.read_text()
    except OSError:
        return None  # ended while we looked
    return text[text.index("(") + 1 : text.rindex(")")], text.rpartition(")")[2].split()


def start_dovecot(tls: TlsMaterial, introspection_url: str = "") -> Dovecot:
    directory = Path(tempfile.mkdtemp(prefix="p4m-dovecot-"))
    directory.chmod(0o755)
    mail = directory / "mail"
    mail.mkdir()
    vmail = pwd.getpwnam("vmail")
    os.chown(mail, vmail.pw_uid, vmail.pw_gid)
    server = Dovecot(directory, free_port(), free_port(), tls, introspection_url=introspection_url)
    server.start()
    return server


def remove_dovecot(server: Dovecot) -> None:
    server.stop()
    shutil.rmtree(server.directory, ignore_errors=True)


class RecordingHandler:
    """Keeps every accepted message, with its envelope and arrival time."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes, float]] = []
        self.lock = threading.Lock()
        self.refuse_with: str | None = None

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
        if self.refuse_with:
            return self.refuse_with
        content = envelope.original_content or b""
        with self.lock:
            self.messages.append((envelope.mail_from or "", list(envelope.rcpt_tos), bytes(content), time.time()))
        return "250 OK"

    def parsed(self) -> list[EmailMessage]:
        with self.lock:
            return [message_from_bytes(raw, policy=policy.default) for _, _, raw, _ in self.messages]


class _Authenticator:
    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user.encode(), password.encode()

    def __call__(
        self, server: object, session: Session, envelope: Envelope, mechanism: str, auth_data: object
    ) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
            self.user,
            self.password,
        )
        return AuthResult(success=ok, handled=False)


@dataclass
class SmtpServer:
    controller: Controller
    handler: RecordingHandler
    port: int
    user: str = "helpdesk"
    password: str = "smtp-secret"


# aiosmtpd logs a deprecation line for every AUTH (Session.login_data): not ours to fix, and noise.
logging.getLogger("mail.log").setLevel(logging.ERROR)


def start_smtp(tls: TlsMaterial, port: int | None = None, handler: RecordingHandler | None = None) -> SmtpServer:
    handler = handler or RecordingHandler()
    chosen = port or free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=chosen,
        tls_context=tls.server_context(),
        require_starttls=True,
        authenticator=_Authenticator("helpdesk", "smtp-secret"),
        auth_require_tls=True,
        server_hostname="localhost",
    )
    controller.start()
    return SmtpServer(controller, handler, chosen)


@dataclass(frozen=True)
class Loopback:
    """A benchmark's servers: Dovecot with one user, aiosmtpd, and the TLS material both use."""

    work: Path
    tls: TlsMaterial
    dovecot: Dovecot
    user: str
    smtp: SmtpServer


@contextlib.contextmanager
def loopback_servers(prefix: str) -> Iterator[Loopback]:
    work = Path(tempfile.mkdtemp(prefix=prefix))
    tls = make_tls_material(work)
    dovecot = start_dovecot(tls)
    smtp = start_smtp(tls)
    try:
        yield Loopback(work, tls, dovecot, dovecot.add_user("helpdesk1"), smtp)
    finally:
        smtp.controller.stop()
        remove_dovecot(dovecot)
        shutil.rmtree(work, ignore_errors=True)
