"""Server migration s0016: an order's ``refusal`` (the findings of a background check)
and the index on ``state`` the validators claim by; on SQLite and on PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect

from central_api.db import create_db_engine
from tests.central_api.databases import create_database, drop_database, on_postgres
from tests.central_api.migrating import migrate, upgrade_stored
from tests.central_api.test_migration_order_notes import WITH_NOTE, _insert_order


@pytest.fixture
def url(tmp_path: Path) -> Iterator[str]:
    if not on_postgres():
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    database = create_database()
    yield database
    drop_database(database)


def _shape(url: str) -> tuple[set[str], set[str]]:
    engine = create_db_engine(url)
    found = inspect(engine)
    columns = {c["name"] for c in found.get_columns("orders")}
    indexes = {str(i["name"]) for i in found.get_indexes("orders")}
    engine.dispose()
    return columns, indexes


def test_s0016_adds_the_refusal_and_the_state_index_and_drops_them(url: str) -> None:
    migrate(url, "s0015")
    columns, indexes = _shape(url)
    assert "refusal" not in columns and "ix_orders_state" not in indexes
    upgrade_stored(url)
    columns, indexes = _shape(url)
    assert "refusal" in columns and "ix_orders_state" in indexes
    migrate(url, "s0015", down=True)
    columns, indexes = _shape(url)
    assert "refusal" not in columns and "ix_orders_state" not in indexes


@pytest.mark.skipif(on_postgres(), reason="a stored SQLite file's orders keep their state")
def test_stored_orders_keep_their_state_and_have_no_refusal(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite3"
    url = f"sqlite:///{path}"
    migrate(url, "s0015")
    con = sqlite3.connect(path)  # foreign keys are not enforced: only this row matters
    _insert_order(con, 1, WITH_NOTE)
    con.commit()
    con.close()
    upgrade_stored(url)
    con = sqlite3.connect(path)
    rows = con.execute("SELECT state, refusal, document FROM orders").fetchall()
    con.close()
    assert rows == [("sent", None, WITH_NOTE)]
