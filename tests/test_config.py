"""A bad config gets one line naming the key and what is wrong, and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from daemon.cli.main import main
from daemon.config import load_config
from daemon.credentials import read_secret
from daemon.errors import ConfigError
from tests.conftest import REPO, write_config


def _error(path: Path) -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return str(caught.value)


def test_example_config_is_valid_and_local_only() -> None:
    config = load_config(REPO / "helpdesk.example.toml")
    assert config.intake.kind == "maildir"
    assert config.outgoing.kind == "maildir"
    assert config.database_url == f"sqlite:///{REPO / 'var' / 'helpdesk.db'}"
    assert config.helpdesk.tag == "P4M"


def test_unknown_key_is_named(tmp_path: Path) -> None:
    message = _error(write_config(tmp_path, intake={"hots": "imap.example"}))
    assert "intake.hots: unknown key" in message
    assert "\n" not in message


def test_wrong_type_is_named(tmp_path: Path) -> None:
    assert "intake.port" in _error(write_config(tmp_path, intake={"port": "nine-nine-three"}))


def test_a_bad_address_or_a_missing_list_reads_without_regular_expressions(tmp_path: Path) -> None:
    message = _error(write_config(tmp_path, helpdesk={"address": "helpdesk-p4m"}))
    assert message.endswith("helpdesk.address: not an e-mail address: 'helpdesk-p4m'")
    message = _error(write_config(tmp_path, staff={"notify": "p4m-staf@polibatam.ac.id"}))
    assert message.endswith('staff.notify: expected a list in brackets, e.g. ["p4m-staf@polibatam.ac.id"]')
    message = _error(write_config(tmp_path, staff={"notify": ["p4m-staf@polibatam.ac.id", "rina"]}))
    assert message.endswith("staff.notify.1: not an e-mail address: 'rina'")


def test_plain_imap_to_a_remote_host_is_refused(tmp_path: Path) -> None:
    path = write_config(tmp_path, intake={"kind": "imap", "host": "imap.example.ac.id", "security": "none"})
    assert "intake.security: 'none' is allowed only to a loopback host" in _error(path)


def test_unknown_time_zone_is_named(tmp_path: Path) -> None:
    assert "helpdesk.timezone" in _error(write_config(tmp_path, helpdesk={"timezone": "Asia/Batam"}))


def test_missing_password_variable_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_SUCH_PASSWORD", raising=False)
    config = load_config(write_config(tmp_path, intake={"password_env": "NO_SUCH_PASSWORD"}))
    with pytest.raises(ConfigError, match=r"intake\.password_env: environment variable NO_SUCH_PASSWORD is not set"):
        read_secret(config, "intake", config.intake)


def test_password_file_is_read_and_never_shown(tmp_path: Path) -> None:
    (tmp_path / "imap.secret").write_text("hunter2\n")
    config = load_config(write_config(tmp_path, intake={"password_file": "imap.secret"}))
    secret = read_secret(config, "intake", config.intake)
    assert secret.get_secret_value() == "hunter2"
    assert "hunter2" not in repr(secret) and "hunter2" not in str(secret)


def test_cli_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_config(tmp_path, storage={"url": "mysql://nope"})
    assert main(["--config", str(path), "tickets", "list"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "storage.url" in err


def test_missing_config_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path / "absent.toml"), "check"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_old_schema_is_refused_with_the_remedy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_config(tmp_path)
    assert main(["--config", str(path), "poll", "--once"]) == 2
    assert "run `helpdesk db upgrade`" in capsys.readouterr().err
    assert main(["--config", str(path), "db", "upgrade"]) == 0
    assert main(["--config", str(path), "poll", "--once"]) == 0
