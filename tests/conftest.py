"""Fixtures: the sample corpus, real loopback servers, and configs that point at them."""

from __future__ import annotations

import itertools
import json

# pytest's hook for an exception raised during garbage collection imports tracemalloc on first use; when a collection
# runs inside that very import (a pooled database connection freed late), the hook fails on the half-imported module
# and fails an unrelated test. Imported here, it is whole before any test runs.
import tracemalloc  # noqa: F401
from collections.abc import Generator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from daemon.clock import CountingTokens, FixedClock
from daemon.config import Config, load_config
from daemon.outgoing.mailers import MaildirMailer
from daemon.wiring.app import App, build_app
from tests import database
from tests.database import clean_up, database_url
from tests.database_selection import MARK, mark_database_tests
from tests.oauth_server import OAuth2RecordingHandler, TokenServer
from tests.servers import (
    Dovecot,
    SmtpServer,
    TlsMaterial,
    make_tls_material,
    remove_dovecot,
    start_dovecot,
    start_smtp,
)

REPO = Path(__file__).resolve().parent.parent
TEST_DATA = Path(__file__).resolve().parent / "data"
CORPUS = TEST_DATA / "requests"  # inside the repository: a clone with nothing beside it runs every test
SAMPLES = REPO / "samples" / "requests"  # the requests of `make run`, named by the tests that need one of them
CASES = TEST_DATA / "cases"  # single messages a test needs for what they say
_user_numbers = itertools.count(1)
SERVER_FIXTURES = frozenset(
    {"tls", "dovecot", "imap_user", "smtp", "server_env", "oauth_dovecot", "oauth_user", "oauth_smtp"}
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`pytest -m "not slow"` must need no server: a test using one without the slow mark is a collection error, and
    so is a `timed` test without it (the slow pass runs timed tests one at a time; the quick pass has no such
    serial part).

    `pytest -m database` (the PostgreSQL pass) must run every test that reaches the test database: they are
    marked here, from their code, before `-m` deselects."""
    mark_database_tests(items)
    unmarked = [
        item.nodeid
        for item in items
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ())) and item.get_closest_marker("slow") is None
    ]
    if unmarked:
        raise pytest.UsageError("tests that start servers must be marked slow: " + ", ".join(unmarked))
    timed_but_quick = [
        item.nodeid for item in items if item.get_closest_marker("timed") and item.get_closest_marker("slow") is None
    ]
    if timed_but_quick:
        raise pytest.UsageError("tests marked timed must be marked slow too: " + ", ".join(timed_but_quick))
    # Long tests start first: dealt last (test_wheel.py sorts last), one can keep a worker busy while the other has
    # nothing left to do.
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


def pytest_unconfigure() -> None:
    """This process's PostgreSQL cluster and database templates go when its tests end, on a worker as on the main."""
    clean_up()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, object, object]:
    """A test the selection left unmarked may not choose a database (see tests/database.py)."""
    database.unmarked_test = None if item.get_closest_marker(MARK) else item.nodeid
    try:
        return (yield)
    finally:
        database.unmarked_test = None


def corpus_labels() -> dict[str, dict[str, object]]:
    return dict(json.loads((CORPUS / "labels.json").read_text()))


@pytest.fixture(scope="session")
def corpus() -> Path:
    assert (CORPUS / "labels.json").exists(), f"sample corpus missing at {CORPUS}"
    return CORPUS


@pytest.fixture(scope="session")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TlsMaterial:
    return make_tls_material(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session")
def dovecot(tls: TlsMaterial) -> Iterator[Dovecot]:
    server = start_dovecot(tls)
    yield server
    remove_dovecot(server)


@pytest.fixture
def imap_user(dovecot: Dovecot) -> str:
    return dovecot.add_user(f"helpdesk{next(_user_numbers)}")


@pytest.fixture(scope="session")
def token_server_process() -> Iterator[TokenServer]:
    server = TokenServer()
    yield server
    server.stop()


@pytest.fixture
def token_server(token_server_process: TokenServer) -> TokenServer:
    """The OAuth2 test server with nothing issued yet (one-hour tokens, no rotation)."""
    token_server_process.reset()
    return token_server_process


@pytest.fixture(scope="session")
def oauth_dovecot(tls: TlsMaterial, token_server_process: TokenServer) -> Iterator[Dovecot]:
    """A second Dovecot whose oauth2 passdb asks the token server (password logins work there too)."""
    server = start_dovecot(tls, token_server_process.introspection_url)
    yield server
    remove_dovecot(server)


@pytest.fixture
def oauth_user(oauth_dovecot: Dovecot) -> str:
    return oauth_dovecot.add_user(f"helpdesk{next(_user_numbers)}")


@pytest.fixture
def oauth_smtp(tls: TlsMaterial, token_server_process: TokenServer) -> Iterator[SmtpServer]:
    server = start_smtp(tls, handler=OAuth2RecordingHandler(token_server_process.introspection_url))
    yield server
    server.controller.stop()


@pytest.fixture
def smtp(tls: TlsMaterial) -> Iterator[SmtpServer]:
    server = start_smtp(tls)
    yield server
    server.controller.stop()


def write_config(directory: Path, **sections: dict[str, object]) -> Path:
    """A TOML config in `directory`, sections merged over a local-only default."""
    base: dict[str, dict[str, object]] = {
        "helpdesk": {"address": "helpdesk-p4m@polibatam.ac.id"},
        "staff": {
            "addresses": ["rina.staf@polibatam.ac.id"],
            "notify": ["p4m-staf@polibatam.ac.id"],
            "trusted_authserv_ids": ["mx.polibatam.ac.id"],
        },
        "storage": {"url": database_url(directory)},
        "intake": {"kind": "maildir", "path": "inbox"},
        "outgoing": {"kind": "maildir", "path": "sent"},
    }
    for name, values in sections.items():
        base.setdefault(name, {}).update(values)
    lines: list[str] = []
    for name, values in base.items():
        lines.append(f"[{name}]")
        lines.extend(f"{key} = {json.dumps(value)}" for key, value in values.items())
        lines.append("")
    path = directory / "helpdesk.toml"
    path.write_text("\n".join(lines))
    return path


def server_sections(dovecot: Dovecot, user: str, smtp: SmtpServer, tls: TlsMaterial) -> dict[str, dict[str, object]]:
    return {
        "intake": {
            "kind": "imap",
            "host": "127.0.0.1",
            "port": dovecot.port,
            "security": "starttls",
            "username": user,
            "password_env": "TEST_IMAP_PASSWORD",
            "ca_file": str(tls.cert),
            "poll_seconds": 5,
        },
        "outgoing": {
            "kind": "smtp",
            "host": "localhost",
            "port": smtp.port,
            "security": "starttls",
            "username": smtp.user,
            "password_env": "TEST_SMTP_PASSWORD",
            "ca_file": str(tls.cert),
        },
    }


@pytest.fixture
def server_env(monkeypatch: pytest.MonkeyPatch, smtp: SmtpServer) -> None:
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "secret")
    monkeypatch.setenv("TEST_SMTP_PASSWORD", smtp.password)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))


def migrated(config: Config) -> None:
    database.migrate_test_database(config.database_url)


@pytest.fixture
def local_config(tmp_path: Path) -> Config:
    config = load_config(write_config(tmp_path))
    migrated(config)
    return config


@pytest.fixture
def local_app(local_config: Config, clock: FixedClock) -> App:
    """A fully wired app on SQLite with Maildir in and out, a fixed clock and counted tokens."""
    mailer = MaildirMailer(local_config.resolve(local_config.outgoing.path))
    return build_app(local_config, clock=clock, tokens=CountingTokens(), mailer=mailer)
