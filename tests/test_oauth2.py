"""OAuth2 (XOAUTH2) against real parts: Dovecot's oauth2 passdb and aiosmtpd both ask the loopback token server."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest
from pydantic import SecretStr

from daemon.clock import SystemClock
from daemon.errors import TransientError
from daemon.intake.sources.imap import ImapSource
from daemon.logins import OAuth2Login
from daemon.mail_server_settings import IntakeSettings, OutgoingSettings
from daemon.oauth2 import AccessTokens, OAuth2Client
from daemon.outgoing.mailers import PermanentSendError, SmtpMailer
from tests.conftest import REPO, write_config
from tests.mailgen import with_message_id
from tests.oauth_server import CLIENT_ID, CLIENT_SECRET, SECRET_ENV, OAuth2RecordingHandler, TokenServer, oauth_sections
from tests.processes import schema_created, start_idling_daemon, wait_until
from tests.servers import Dovecot, SmtpServer, TlsMaterial

pytestmark = pytest.mark.slow  # real Dovecot and SMTP, and the daemon in processes of its own

SAMPLE = REPO / "samples" / "requests" / "003-tidak-bisa-login-mahasiswa-baru.eml"


def request(number: int, prefix: str) -> tuple[str, bytes]:
    message_id = f"{prefix}-{number}-{os.getpid()}@test.polibatam.ac.id"
    raw = with_message_id(SAMPLE.read_bytes(), message_id)
    head, sep, body = raw.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"from:")]
    sender = f"From: Pemohon {number} <{prefix}.{number}@students.polibatam.ac.id>".encode()
    return f"<{message_id}>", b"\r\n".join([sender, *lines]) + sep + body


def helpdesk(config: Path) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, SECRET_ENV: CLIENT_SECRET, "TEST_SMTP_PASSWORD": "smtp-secret"}
    command = [sys.executable, "-m", "daemon", "--config", str(config)]
    schema_created(config)
    return command, env


def consented(server: TokenServer, user: str, path: Path) -> str:
    token = server.consent(user)
    path.write_text(token + "\n")
    path.chmod(0o600)
    return token


def acks_for(smtp: SmtpServer, message_id: str) -> list[bytes]:
    return [raw for _, _, raw, _ in smtp.handler.messages if message_id.encode() in raw and b"auto-replied" in raw]


def acked(smtp: SmtpServer, message_id: str) -> bool:
    return bool(acks_for(smtp, message_id))


def leaked(server: TokenServer, text: str) -> list[str]:
    return [token for token in [*server.state.issued, CLIENT_SECRET] if token in text]


def test_intake_and_sending_with_oauth2_end_to_end(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth_user: str, oauth_smtp: SmtpServer, tls: TlsMaterial,
    token_server: TokenServer,
) -> None:  # fmt: skip
    refresh_file = tmp_path / "oauth2-refresh-token"
    consented(token_server, oauth_user, refresh_file)
    config = write_config(
        tmp_path, **oauth_sections(oauth_dovecot, oauth_user, oauth_smtp, tls, token_server, refresh_file)
    )
    command, env = helpdesk(config)
    message_id, raw = request(1, "oauth-e2e")
    oauth_dovecot.append(oauth_user, raw)

    polled = subprocess.run([*command, "poll", "--once"], env=env, capture_output=True, text=True, timeout=120)

    assert polled.returncode == 0, polled.stderr
    assert acks_for(oauth_smtp, message_id), polled.stderr
    assert isinstance(oauth_smtp.handler, OAuth2RecordingHandler)
    assert oauth_user in oauth_smtp.handler.oauth2_logins  # sent after AUTH XOAUTH2
    assert oauth_dovecot.count(oauth_user, "INBOX") == 0
    assert oauth_dovecot.count(oauth_user, "Processed") == 1
    assert "method=XOAUTH2" in (oauth_dovecot.directory / "dovecot.log").read_text()

    checked = subprocess.run([*command, "check"], env=env, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = checked.stdout.splitlines()
    for part in ("intake", "outgoing"):
        line = next(line for line in lines if line.startswith(f"ok    {part}:"))
        assert "logged in with OAuth2 (XOAUTH2), access token valid until 20" in line, line
    assert not leaked(token_server, polled.stdout + polled.stderr + checked.stdout + checked.stderr)


def test_rotated_refresh_token_is_written_back_and_used_after_a_restart(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth_user: str, oauth_smtp: SmtpServer, tls: TlsMaterial,
    token_server: TokenServer,
) -> None:  # fmt: skip
    token_server.reset(rotate=True)
    refresh_file = tmp_path / "secrets" / "oauth2-refresh-token"
    refresh_file.parent.mkdir()
    first = consented(token_server, oauth_user, refresh_file)
    config = write_config(
        tmp_path, **oauth_sections(oauth_dovecot, oauth_user, oauth_smtp, tls, token_server, refresh_file)
    )
    command, env = helpdesk(config)

    for number in (1, 2):  # the second run is the restart: it can only work with the token the first one saved
        message_id, raw = request(number, "oauth-rotate")
        oauth_dovecot.append(oauth_user, raw)
        polled = subprocess.run([*command, "poll", "--once"], env=env, capture_output=True, text=True, timeout=120)
        assert polled.returncode == 0, polled.stderr
        assert acks_for(oauth_smtp, message_id), polled.stderr
        stored = refresh_file.read_text().strip()
        assert token_server.state.refresh_tokens.get(stored) == oauth_user  # the live one, and only that
        assert list(token_server.state.refresh_tokens) == [stored]
        assert stat.S_IMODE(refresh_file.stat().st_mode) == 0o600
        assert "rotated the refresh token" in polled.stderr
        assert not leaked(token_server, polled.stderr)
    presented = token_server.state.refresh_requests
    assert presented[0] == first
    assert len(presented) == len(set(presented)) >= 2  # never a retired token presented again
    assert not [name for name in os.listdir(refresh_file.parent) if name.endswith(".tmp")]


@pytest.mark.timed  # the daemon gives up within 30 s rather than asking again and again
def test_revoked_refresh_token_is_one_clear_configuration_error_and_the_staff_are_told(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth_user: str, oauth_smtp: SmtpServer, tls: TlsMaterial,
    token_server: TokenServer,
) -> None:  # fmt: skip
    refresh_file = tmp_path / "oauth2-refresh-token"
    token_server.revoke(consented(token_server, oauth_user, refresh_file))
    sections = oauth_sections(oauth_dovecot, oauth_user, oauth_smtp, tls, token_server, refresh_file)
    # Mail can still go out: the SMTP server takes the password of another account.
    sections["outgoing"] = {
        "kind": "smtp", "host": "localhost", "port": oauth_smtp.port, "security": "starttls",
        "username": oauth_smtp.user, "password_env": "TEST_SMTP_PASSWORD", "ca_file": str(tls.cert),
    }  # fmt: skip
    config = write_config(tmp_path, **sections)
    command, env = helpdesk(config)

    started = time.monotonic()
    ran = subprocess.run([*command, "run"], env=env, capture_output=True, text=True, timeout=60)

    assert ran.returncode == 2, ran.stderr
    assert time.monotonic() - started < 30
    last = ran.stderr.strip().splitlines()[-1]
    assert last.startswith(
        "helpdesk: intake.oauth2_refresh_token_file: the token endpoint refused the refresh token, expired or revoked"
    ), ran.stderr
    assert "helpdesk oauth2 authorize" in last
    assert len(token_server.state.refresh_requests) == 1  # asked once, not again and again
    told = [message for message in oauth_smtp.handler.parsed() if "p4m-staf@polibatam.ac.id" in str(message["To"])]
    assert len(told) == 1
    assert "izin akses kotak surat" in str(told[0]["Subject"])
    text = told[0].get_content()
    assert "helpdesk oauth2 authorize --provider generic" in text
    assert "pukul" in text
    assert not leaked(token_server, ran.stderr + text)

    checked = subprocess.run([*command, "check"], env=env, capture_output=True, text=True, timeout=60)
    assert checked.returncode == 2  # a configuration fault: systemd does not restart into it
    assert "FAIL  intake: intake.oauth2_refresh_token_file: the token endpoint refused" in checked.stdout


def test_access_token_expiring_during_idle_means_a_new_session_with_a_fresh_token_and_nothing_lost(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth_user: str, oauth_smtp: SmtpServer, tls: TlsMaterial,
    token_server: TokenServer,
) -> None:  # fmt: skip
    token_server.reset(lifetime=4)  # Dovecot's introspection says "inactive" four seconds after issue
    refresh_file = tmp_path / "oauth2-refresh-token"
    consented(token_server, oauth_user, refresh_file)
    sections = oauth_sections(oauth_dovecot, oauth_user, oauth_smtp, tls, token_server, refresh_file)
    sections["intake"]["poll_seconds"] = 600  # only IDLE (or the token's end) ends a wait
    config = write_config(tmp_path, **sections)
    command, env = helpdesk(config)
    log_path = tmp_path / "daemon.log"
    daemon = start_idling_daemon([*command, "--verbose"], env, log_path)
    try:
        message_ids = []
        for number in range(4):  # spread over about three token lifetimes, one while reconnecting
            message_id, raw = request(number, "oauth-idle")
            message_ids.append(message_id)
            oauth_dovecot.append(oauth_user, raw)
            assert wait_until(partial(acked, oauth_smtp, message_id), 15), log_path.read_text()
            time.sleep(3.3 if number % 2 == 0 else 1.0)
        assert log_path.read_text().count("reconnecting with a fresh one") >= 2, log_path.read_text()
    finally:
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(timeout=20)
    log = log_path.read_text()
    assert code == 0, log
    assert all(acks_for(oauth_smtp, message_id) for message_id in message_ids)
    assert oauth_dovecot.count(oauth_user, "Processed") == 4
    imap_logins = (oauth_dovecot.directory / "dovecot.log").read_text().count(f"user=<{oauth_user}>, method=XOAUTH2")
    assert imap_logins >= 3
    assert len({token for token, active in token_server.state.introspected if active}) >= 3
    assert "DEBUG" in log  # the most talkative log there is, and still:
    assert not leaked(token_server, log)


def test_a_refused_token_is_refreshed_once_and_only_once(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth_user: str, tls: TlsMaterial, token_server: TokenServer
) -> None:
    refresh_file = tmp_path / "oauth2-refresh-token"
    consented(token_server, oauth_user, refresh_file)
    client = OAuth2Client("intake", token_server.token_url, CLIENT_ID, SecretStr(CLIENT_SECRET), refresh_file, "")
    settings = IntakeSettings(
        kind="imap", host="127.0.0.1", port=oauth_dovecot.port, security="starttls", username=oauth_user,
        auth="oauth2", ca_file=str(tls.cert),
    )  # fmt: skip
    source = ImapSource(settings, OAuth2Login(AccessTokens(client, SystemClock())), tls.client_context())
    source.open()
    first = source.token
    source.close()
    assert first is not None
    token_server.revoke_access(first.value.get_secret_value())  # the provider ended it early

    source.open()  # refused, refreshed, accepted
    source.close()
    assert source.token is not None and source.token != first
    assert len(token_server.state.refresh_requests) == 2

    wrong = ImapSource(
        settings.model_copy(update={"username": "someone-else"}),
        OAuth2Login(AccessTokens(client, SystemClock())),
        tls.client_context(),
    )
    with pytest.raises(TransientError, match=r"IMAP login \(oauth2\) refused for someone-else .*freshly issued"):
        wrong.open()
    assert len(token_server.state.refresh_requests) == 4  # one token, one refresh after the refusal, no more


def test_refused_consent_for_sending_stops_the_daemon_without_losing_the_reply(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth_user: str, oauth_smtp: SmtpServer, tls: TlsMaterial,
    token_server: TokenServer,
) -> None:  # fmt: skip
    refresh_file = tmp_path / "oauth2-refresh-token"
    token_server.revoke(consented(token_server, oauth_user, refresh_file))
    sections = oauth_sections(oauth_dovecot, oauth_user, oauth_smtp, tls, token_server, refresh_file)
    sections["intake"] = {
        "kind": "imap", "host": "127.0.0.1", "port": oauth_dovecot.port, "security": "starttls",
        "username": oauth_user, "password_env": "TEST_IMAP_PASSWORD", "ca_file": str(tls.cert), "poll_seconds": 5,
    }  # fmt: skip
    config = write_config(tmp_path, **sections)
    command, env = helpdesk(config)
    env["TEST_IMAP_PASSWORD"] = oauth_dovecot.users[oauth_user]
    _, raw = request(1, "oauth-send-refused")
    oauth_dovecot.append(oauth_user, raw)

    ran = subprocess.run([*command, "run"], env=env, capture_output=True, text=True, timeout=90)

    assert ran.returncode == 2, ran.stderr
    assert (
        ran.stderr.strip()
        .splitlines()[-1]
        .startswith("helpdesk: outgoing.oauth2_refresh_token_file: the token endpoint refused the refresh token")
    ), ran.stderr
    assert "cannot tell the staff by mail either" in ran.stderr
    assert oauth_smtp.handler.messages == []
    assert oauth_dovecot.count(oauth_user, "Processed") == 1  # stored: its receipt waits in the outbox
    assert len(token_server.state.refresh_requests) == 1  # the two lanes and the try to tell the staff: one ask
    assert not leaked(token_server, ran.stderr)


def test_smtp_refreshes_a_refused_token_once(
    tmp_path: Path, oauth_smtp: SmtpServer, tls: TlsMaterial, token_server: TokenServer
) -> None:
    refresh_file = tmp_path / "oauth2-refresh-token"
    consented(token_server, "helpdesk-smtp", refresh_file)
    client = OAuth2Client("outgoing", token_server.token_url, CLIENT_ID, SecretStr(CLIENT_SECRET), refresh_file, "")
    tokens = AccessTokens(client, SystemClock())
    settings = OutgoingSettings(
        kind="smtp", host="localhost", port=oauth_smtp.port, security="starttls", username="helpdesk-smtp",
        auth="oauth2", ca_file=str(tls.cert),
    )  # fmt: skip
    mailer = SmtpMailer(settings, OAuth2Login(tokens), tls.client_context())
    _, raw = request(1, "oauth-smtp")
    with mailer.session() as session:
        session.send("helpdesk-p4m@polibatam.ac.id", ["budi@students.polibatam.ac.id"], raw)
    token_server.revoke_access(tokens.current().value.get_secret_value())

    with mailer.session() as session:  # refused, refreshed, accepted
        session.send("helpdesk-p4m@polibatam.ac.id", ["budi@students.polibatam.ac.id"], raw)

    assert len(oauth_smtp.handler.messages) == 2
    assert len(token_server.state.refresh_requests) == 2
    someone_else = SmtpMailer(settings.model_copy(update={"username": "someone-else"}), OAuth2Login(tokens))
    someone_else.tls = tls.client_context()
    with pytest.raises(PermanentSendError, match=r"someone-else: 535 .*freshly issued"), someone_else.session():
        pass
    assert len(token_server.state.refresh_requests) == 3  # one refresh after the refusal, no more
