"""Waiting for mail on a real Dovecot: no arrival goes unnoticed, and a stop ends the wait with the session in step."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from daemon.intake.sources.imap import ImapSource
from daemon.logins import PasswordLogin
from daemon.mail_server_settings import IntakeSettings
from tests.servers import Dovecot, TlsMaterial

pytestmark = [pytest.mark.slow, pytest.mark.timed]  # real Dovecot; each wait must end within seconds


REQUEST = (
    b"From: dosen@polibatam.ac.id\r\nTo: p4m@polibatam.ac.id\r\nSubject: Tolong\r\n"
    b"Message-ID: <wait@test.polibatam.ac.id>\r\n\r\nHalo\r\n"
)


@pytest.fixture
def source(dovecot: Dovecot, imap_user: str, tls: TlsMaterial) -> Iterator[ImapSource]:
    settings = IntakeSettings(
        kind="imap",
        host="127.0.0.1",
        port=dovecot.port,
        security="starttls",
        username=imap_user,
        ca_file=str(tls.cert),
        timeout_seconds=30,
    )
    opened = ImapSource(
        settings, PasswordLogin(SecretStr(dovecot.users[imap_user])), settings.tls_context(tls.cert.parent)
    )
    opened.open()
    yield opened
    opened.close()


def test_mail_that_arrives_just_before_idle_starts_ends_the_wait(
    source: ImapSource, dovecot: Dovecot, imap_user: str
) -> None:
    assert source.pending() == []
    client = source.client
    assert client is not None
    start_idle = client.idle

    def arrival_then_idle() -> None:
        # After the wait's own check and before IDLE: Dovecot reports it in the packet that carries "+ idling".
        dovecot.append(imap_user, REQUEST)
        start_idle()

    client.idle = arrival_then_idle
    started = time.monotonic()
    assert source.wait(20, lambda: False)
    assert time.monotonic() - started < 3
    client.idle = start_idle
    assert len(source.pending()) == 1


def test_mail_that_arrives_during_idle_ends_the_wait(source: ImapSource, dovecot: Dovecot, imap_user: str) -> None:
    source.pending()
    timer = threading.Timer(0.5, dovecot.append, (imap_user, REQUEST))
    timer.start()
    started = time.monotonic()
    try:
        assert source.wait(20, lambda: False)
    finally:
        timer.join()
    assert time.monotonic() - started < 5
    assert len(source.pending()) == 1


def test_a_stop_ends_the_wait_within_a_second_and_the_session_stays_usable(source: ImapSource) -> None:
    source.pending()
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    started = time.monotonic()
    assert not source.wait(60, stop.is_set)
    assert time.monotonic() - started < 1.5
    # The IDLE was ended properly: the next command gets its own answer at once, and so does LOGOUT.
    started = time.monotonic()
    assert source.pending() == []
    source.close()
    assert time.monotonic() - started < 2
