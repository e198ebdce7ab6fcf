"""Moving a store file to a given migration and reading it back, straight from the file:
what the local upgrade tests share."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import create_engine

from desktop.storage.database import alembic_config


def migrate(store: Path, action: str, revision: str) -> None:
    """Run Alembic's ``upgrade`` or ``downgrade`` on ``store`` to ``revision``."""
    engine = create_engine(f"sqlite:///{store}")
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            getattr(command, action)(config, revision)
    finally:
        engine.dispose()


def rows_of(store: Path, sql: str) -> list[tuple[Any, ...]]:
    """The rows ``sql`` reads from ``store``, in a stable order."""
    con = sqlite3.connect(store)
    try:
        return sorted(con.execute(sql).fetchall(), key=repr)
    finally:
        con.close()


def tables_of(store: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (a full-text table is read through its shadow tables)."""
    names = [
        name
        for name, sql in rows_of(store, "SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        if name != "alembic_version" and not sql.startswith("CREATE VIRTUAL")
    ]
    return {n: rows_of(store, f'SELECT * FROM "{n}"') for n in names}


def version_of(store: Path) -> str:
    """The store's Alembic revision."""
    return str(rows_of(store, "SELECT version_num FROM alembic_version")[0][0])
