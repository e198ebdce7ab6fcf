"""The schema comes only from the Alembic migrations, and they match the ORM models, on
SQLite and (with ``AVROP_TEST_DATABASE_URL``) on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from central_api.db import alembic_config, create_db_engine, upgrade_to_head
from central_api.models import Base
from tests.central_api.databases import create_database, drop_database, on_postgres


@pytest.fixture
def url(tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file, or a new PostgreSQL database."""
    if not on_postgres():
        yield f"sqlite:///{tmp_path / 'm.sqlite3'}"
        return
    database = create_database()
    yield database
    drop_database(database)


def test_one_linear_history_starting_at_s0001(url: str) -> None:
    scripts = ScriptDirectory.from_config(alembic_config(url))
    assert len(scripts.get_heads()) == 1
    base = scripts.get_revision("s0001")
    assert base is not None and base.down_revision is None
    assert scripts.get_bases() == ["s0001"]


def test_migrated_schema_matches_the_models(url: str) -> None:
    engine = create_db_engine(url)
    upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_upgrade_is_idempotent_and_downgrade_works(url: str) -> None:
    engine = create_db_engine(url)
    upgrade_to_head(engine)
    upgrade_to_head(engine)  # already at head: nothing to do
    tables = set(inspect(engine).get_table_names())
    assert {"units", "users", "auth_tokens", "devices", "alembic_version"} <= tables
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    upgrade_to_head(engine)
    assert set(inspect(engine).get_table_names()) == tables
    engine.dispose()


def test_the_order_change_counter_row_exists_before_the_first_order(url: str) -> None:
    """Two first orders at once must not both create it (one answered 500 before)."""
    engine = create_db_engine(url)
    upgrade_to_head(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, value FROM order_change_counter")).all()
    engine.dispose()
    assert [tuple(row) for row in rows] == [(1, 0)]
