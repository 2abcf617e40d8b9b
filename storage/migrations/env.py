"""Alembic environment: migrations run on the engine handed in by storage.engine."""

from alembic import context
from sqlmodel import SQLModel

import storage.availability
import storage.mail_tables
import storage.models  # noqa: F401  (registers the tables)

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
