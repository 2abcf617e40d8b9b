"""As a packager installs it: the built wheel in a clean virtual environment, run from outside the repository."""

from __future__ import annotations

import email
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLES

MACHINE_MAIL = {
    "006-ooo-zimbra-cuti-melahirkan.eml",
    "016-bounce-user-unknown-students.eml",
    "022-automatic-reply-conference-leave.eml",
}


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{command}:\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


@pytest.mark.slow
@pytest.mark.long
def test_built_wheel_installed_in_a_clean_venv_takes_mail_in_and_writes_the_report(tmp_path: Path) -> None:
    started = time.monotonic()
    # Nothing may resolve from the working tree: no PYTHONPATH, and every command runs in tmp_path.
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "HELPDESK_CONFIG")}
    source = tmp_path / "source"  # a copy, so that the build leaves nothing in the working tree
    shutil.copytree(
        REPO, source, ignore=shutil.ignore_patterns(".venv", ".git", "var", "build", "*.egg-info", "*cache*")
    )
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(wheels), str(source)], tmp_path, env)
    (wheel,) = wheels.glob("p4m_helpdesk-*.whl")
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path, env)
    _run([str(venv / "bin" / "pip"), "install", "-q", str(wheel)], tmp_path, env)
    helpdesk = str(venv / "bin" / "helpdesk")

    site = tmp_path / "site"
    inbox = site / "mail" / "inbox" / "new"
    inbox.mkdir(parents=True)
    for sample in SAMPLES.glob("*.eml"):
        shutil.copy(sample, inbox / sample.name)
    config = site / "helpdesk.toml"
    config.write_text(
        '[storage]\nurl = "sqlite:///helpdesk.db"\n'
        '[intake]\nkind = "maildir"\npath = "mail/inbox"\n'
        '[outgoing]\nkind = "maildir"\npath = "mail/sent"\n'
    )
    base = [helpdesk, "--config", str(config)]
    _run([*base, "db", "upgrade"], tmp_path, env)
    _run([*base, "check"], tmp_path, env)
    out = _run([*base, "poll", "--once"], tmp_path, env)
    assert "Quarantine" not in out and "quarantined" not in out, out

    requests = {
        str(email.message_from_bytes(sample.read_bytes())["Message-ID"]).strip()
        for sample in SAMPLES.glob("*.eml")
        if sample.name not in MACHINE_MAIL
    }
    sent = [email.message_from_bytes(path.read_bytes()) for path in (site / "mail" / "sent" / "new").iterdir()]
    acked = {str(message["In-Reply-To"]).strip() for message in sent if message["Auto-Submitted"] == "auto-replied"}
    assert requests <= acked, requests - acked
    assert not list((site / "mail" / "inbox" / ".Quarantine" / "cur").iterdir())

    year = time.gmtime().tm_year
    report = tmp_path / "LED.docx"
    _run([*base, "report", "--year", str(year), "--format", "docx", "--out", str(report)], tmp_path, env)
    assert report.stat().st_size > 10_000
    print(f"wheel built, installed and run in {time.monotonic() - started:.1f} s")
