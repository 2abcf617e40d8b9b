"""Operations: the systemd unit's exposure score, and no secret ever reaches a log line."""

from __future__ import annotations

import logging
import re
import subprocess
from pathlib import Path

import pytest

from daemon.cli.main import main
from tests.conftest import REPO, SAMPLES, server_sections, write_config
from tests.servers import Dovecot, SmtpServer, TlsMaterial

pytestmark = pytest.mark.slow  # systemd-analyze in a subprocess, and real Dovecot and SMTP servers


def test_systemd_unit_has_a_good_exposure_score() -> None:
    done = subprocess.run(
        ["systemd-analyze", "security", "--offline=true", str(REPO / "systemd" / "p4m-helpdesk.service")],
        capture_output=True,
        text=True,
    )
    score = re.search(r"Overall exposure level for p4m-helpdesk.service: ([\d.]+)", done.stdout + done.stderr)
    assert score is not None, done.stdout + done.stderr
    assert float(score.group(1)) <= 2.0


def test_passwords_never_appear_in_logs(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "secret")
    monkeypatch.setenv("TEST_SMTP_PASSWORD", smtp.password)
    config = write_config(tmp_path, **server_sections(dovecot, imap_user, smtp, tls))
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    dovecot.append(imap_user, (SAMPLES / "003-tidak-bisa-login-mahasiswa-baru.eml").read_bytes())
    assert main(["-v", "--config", str(config), "poll", "--once"]) == 0
    assert main(["-v", "--config", str(config), "check"]) == 0
    output = capsys.readouterr()
    ours = [r for r in caplog.records if not r.name.startswith(("mail.log", "aiosmtpd", "asyncio"))]
    text = output.out + output.err + "\n".join(f"{r.name} {r.getMessage()}" for r in ours)
    assert "ok    intake" in text and "ok    outgoing" in text
    assert smtp.password not in text and "secret" not in text.replace("password_env", "")
    assert re.search(r"ticket 1 message <[^>]+>", text), "log lines name the ticket and the Message-ID"
