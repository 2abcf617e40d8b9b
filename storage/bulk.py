"""Insert many rows of one table in one round trip, returning their ids in the order given."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlmodel import Session, SQLModel


def _table(model: type[SQLModel]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def insert_returning_ids(session: Session, model: type[SQLModel], rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Ids of the new rows, in the order of `rows` (SQLAlchemy's insertmanyvalues keeps it)."""
    if not rows:
        return []
    table = _table(model)
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [int(row[0]) for row in session.execute(statement, list(rows))]


def insert_all(session: Session, model: type[SQLModel], rows: Sequence[Mapping[str, Any]]) -> None:
    if rows:
        session.execute(insert(_table(model)), list(rows))
