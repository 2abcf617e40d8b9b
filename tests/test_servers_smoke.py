"""The loopback servers the suite relies on really run."""

import smtplib

import pytest

from tests.servers import Dovecot, SmtpServer, TlsMaterial

pytestmark = pytest.mark.slow  # real Dovecot and SMTP servers


def test_dovecot_accepts_append_and_counts(dovecot: Dovecot, imap_user: str) -> None:
    dovecot.append(imap_user, b"From: a@b.c\r\nSubject: hi\r\n\r\nbody\r\n")
    assert dovecot.count(imap_user, "INBOX") == 1


def test_smtp_server_records_mail_over_starttls_with_auth(smtp: SmtpServer, tls: TlsMaterial) -> None:
    with smtplib.SMTP("localhost", smtp.port, timeout=10) as client:
        client.starttls(context=tls.client_context())
        client.login(smtp.user, smtp.password)
        client.sendmail("a@b.c", ["d@e.f"], b"Subject: x\r\n\r\ny\r\n")
    assert len(smtp.handler.messages) == 1
