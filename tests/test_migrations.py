"""Alembic migrations build exactly the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import storage.availability
import storage.mail_tables
import storage.models  # noqa: F401  (registers the tables)
from daemon.config import load_config
from storage.engine import _alembic_config, current_revision, head_revision, make_engine, schema_problem, upgrade
from tests.conftest import write_config


def test_migrations_match_the_models_and_go_both_ways(tmp_path: Path) -> None:
    engine = make_engine(load_config(write_config(tmp_path)).database_url)
    assert schema_problem(engine) == "the database has no schema yet: run `helpdesk db upgrade`"
    before, after = upgrade(engine)
    assert (before, after) == (None, head_revision())
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
    command.downgrade(_alembic_config(engine), "0001")
    assert current_revision(engine) == "0001"
    assert "this version needs" in (schema_problem(engine) or "")
    upgrade(engine)
    assert schema_problem(engine) is None
