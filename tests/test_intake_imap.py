"""The whole intake path against a real Dovecot and a real SMTP server."""

from __future__ import annotations

import json
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from daemon.cli.main import main
from tests.conftest import SAMPLES, corpus_labels, server_sections, write_config
from tests.servers import Dovecot, SmtpServer, TlsMaterial

pytestmark = pytest.mark.slow  # real Dovecot and SMTP servers


@pytest.fixture
def imap_config(
    tmp_path: Path, dovecot: Dovecot, imap_user: str, smtp: SmtpServer, tls: TlsMaterial, server_env: None
) -> Path:
    path = write_config(tmp_path, **server_sections(dovecot, imap_user, smtp, tls))
    assert main(["--config", str(path), "db", "upgrade"]) == 0
    return path


def tickets_json(config: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["--config", str(config), "tickets", "list", "--json"]) == 0
    return list(json.loads(capsys.readouterr().out))


def test_corpus_through_dovecot_acknowledges_each_human_request_once(
    imap_config: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    labels = corpus_labels()
    for name in sorted(labels):
        dovecot.append(imap_user, (corpus / name).read_bytes())
    humans = {name for name, label in labels.items() if label["type"] != "auto"}

    assert main(["--config", str(imap_config), "poll", "--once"]) == 0

    acks = [message for message in smtp.handler.parsed() if message["To"] != "p4m-staf@polibatam.ac.id"]
    notices = [message for message in smtp.handler.parsed() if message["To"] == "p4m-staf@polibatam.ac.id"]
    assert len(acks) == len(humans)
    assert len(notices) == len(humans)
    request_ids = {}
    for name in humans:
        original = message_from_bytes((corpus / name).read_bytes(), policy=policy.default)
        request_ids[str(original["Message-ID"]).strip()] = name
    for ack in acks:
        assert ack["Auto-Submitted"] == "auto-replied"
        assert ack["X-Helpdesk-Loop"] == "helpdesk-p4m@polibatam.ac.id"
        assert ack["From"].addresses[0].addr_spec == "helpdesk-p4m@polibatam.ac.id"
        assert ack["Subject"].startswith("[P4M #")
        in_reply_to = str(ack["In-Reply-To"]).strip()
        assert in_reply_to in request_ids
        assert in_reply_to in str(ack["References"]).split()
    assert {str(ack["In-Reply-To"]).strip() for ack in acks} == set(request_ids)
    envelopes = [mail_from for mail_from, rcpt, _, _ in smtp.handler.messages if rcpt != ["p4m-staf@polibatam.ac.id"]]
    assert set(envelopes) == {"<>"}, "automatic replies go out with a null envelope sender (RFC 3834)"

    tickets = tickets_json(imap_config, capsys)
    assert len(tickets) == len(humans)
    assert all(ticket["acked_at"] is not None for ticket in tickets)
    assert all(str(ticket["tag"]).startswith("[P4M #") for ticket in tickets)
    assert dovecot.count(imap_user, "INBOX") == 0
    assert dovecot.count(imap_user, "Processed") == len(labels)

    before = len(smtp.handler.messages)
    assert main(["--config", str(imap_config), "poll", "--once"]) == 0
    assert len(smtp.handler.messages) == before
    assert len(tickets_json(imap_config, capsys)) == len(humans)


def test_reappended_copy_creates_nothing(
    imap_config: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    raw = (SAMPLES / "001-ubah-nama-mk-basis-data.eml").read_bytes()
    dovecot.append(imap_user, raw)
    assert main(["--config", str(imap_config), "poll", "--once"]) == 0
    dovecot.append(imap_user, raw)  # the same mail delivered twice (e.g. To and Cc the helpdesk)
    assert main(["--config", str(imap_config), "poll", "--once"]) == 0
    assert len(tickets_json(imap_config, capsys)) == 1
    assert len(smtp.handler.messages) == 2  # one acknowledgement, one staff notice
    assert dovecot.count(imap_user, "Processed") == 2


def test_unparseable_mail_is_quarantined_and_the_rest_goes_on(
    imap_config: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    dovecot.append(imap_user, b"\x00\x01\x02 not mail at all \xff\xfe")
    dovecot.append(imap_user, (SAMPLES / "003-tidak-bisa-login-mahasiswa-baru.eml").read_bytes())
    assert main(["--config", str(imap_config), "poll", "--once"]) == 0
    assert dovecot.count(imap_user, "Quarantine") == 1
    assert dovecot.count(imap_user, "Processed") == 1
    assert len(tickets_json(imap_config, capsys)) == 1


def test_implicit_tls_intake_verifies_the_certificate(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    server_env: None,
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sections = server_sections(dovecot, imap_user, smtp, tls)
    sections["intake"].update({"security": "tls", "port": dovecot.tls_port, "host": "localhost"})
    config = write_config(tmp_path, **sections)
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    dovecot.append(imap_user, (SAMPLES / "001-ubah-nama-mk-basis-data.eml").read_bytes())
    assert main(["--config", str(config), "poll", "--once"]) == 0
    assert len(tickets_json(config, capsys)) == 1

    sections["intake"]["ca_file"] = ""  # the system store does not know the test CA: refuse, do not ingest
    untrusted = write_config(tmp_path, **sections)
    dovecot.append(imap_user, (SAMPLES / "003-tidak-bisa-login-mahasiswa-baru.eml").read_bytes())
    assert main(["--config", str(untrusted), "poll", "--once"]) == 1
    assert "CERTIFICATE_VERIFY_FAILED" in capsys.readouterr().err
    assert dovecot.count(imap_user, "INBOX") == 1
