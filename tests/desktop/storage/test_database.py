"""open_database: SQLite settings, migration to head, backup before upgrade, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from desktop.storage import models
from desktop.storage.database import (
    StoreMigrationError,
    StoreTooNewError,
    StoreUnreadableError,
    alembic_config,
    open_database,
)
from desktop.storage.reference_repo import ReferenceRepository
from tests.fixtures.store import sample_units


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config(())).get_current_head()
    assert head is not None
    return head


def revision_of(path: Path) -> str | None:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        con.close()
    return rows[0][0] if rows else None


def write_later_release(folder: Path, upgrade_body: str) -> Path:
    """A migration after the current head, as a later release of the app would ship."""
    folder.mkdir()
    (folder / "9001_later.py").write_text(
        f"""
from __future__ import annotations
import sqlalchemy as sa
from alembic import op
revision = "9001"
down_revision = {head_revision()!r}
branch_labels = None
depends_on = None
def upgrade() -> None:
{upgrade_body}
def downgrade() -> None:
    pass
""",
        encoding="utf-8",
    )
    return folder


def test_new_store_is_at_head_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new" / "avrop.sqlite3")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert db.path == (tmp_path / "new" / "avrop.sqlite3").resolve()
    finally:
        db.close()
    assert revision_of(tmp_path / "new" / "avrop.sqlite3") == head_revision()
    assert list((tmp_path / "new").glob("*.backup-*")) == []


def test_reopening_a_current_store_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "avrop.sqlite3"
    open_database(path).close()
    open_database(path).close()
    assert list(tmp_path.glob("*.backup-*")) == []


def test_session_commits_or_rolls_back(tmp_path: Path) -> None:
    db = open_database(tmp_path / "avrop.sqlite3")
    try:
        with db.session() as s:
            s.execute(
                text("INSERT INTO sync_state VALUES ('x', NULL, '2025-01-01T00:00:00+00:00')")
            )
        with pytest.raises(RuntimeError), db.session() as s:
            s.execute(
                text("INSERT INTO sync_state VALUES ('y', NULL, '2025-01-01T00:00:00+00:00')")
            )
            raise RuntimeError("boom")
        with db.session() as s:
            assert s.execute(text("SELECT resource FROM sync_state")).scalars().all() == ["x"]
    finally:
        db.close()


def test_upgrade_backs_up_the_store_first_and_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "avrop.sqlite3"
    db = open_database(path)
    ReferenceRepository(db).replace_units(sample_units())
    db.close()
    later = write_later_release(
        tmp_path / "later",
        '    op.create_table("later_things", sa.Column("id", sa.Integer, primary_key=True))',
    )

    db = open_database(path, extra_versions=[later])
    try:
        assert ReferenceRepository(db).units() == sorted(sample_units(), key=lambda u: u.name)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM later_things").scalar()
    finally:
        db.close()
    assert revision_of(path) == "9001"
    backups = list(tmp_path.glob(f"avrop.sqlite3.backup-{head_revision()}-*Z"))
    assert len(backups) == 1
    assert revision_of(backups[0]) == head_revision()
    con = sqlite3.connect(backups[0])
    try:
        assert con.execute("SELECT count(*) FROM units").fetchone() == (len(sample_units()),)
    finally:
        con.close()


def test_failed_upgrade_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "avrop.sqlite3"
    db = open_database(path)
    ReferenceRepository(db).replace_units(sample_units())
    db.close()
    later = write_later_release(
        tmp_path / "later",
        '    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))\n'
        '    op.execute("SELECT no_such_function()")',
    )
    with pytest.raises(StoreMigrationError) as caught:
        open_database(path, extra_versions=[later])
    assert caught.value.code == "store_migration_failed"
    assert caught.value.backup is not None and caught.value.backup.exists()
    assert revision_of(path) == head_revision()
    con = sqlite3.connect(path)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "half_done" not in tables  # the migration ran in one transaction
        assert con.execute("SELECT count(*) FROM units").fetchone() == (len(sample_units()),)
    finally:
        con.close()


def test_store_from_a_newer_app_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "avrop.sqlite3"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '7777'")
    con.commit()
    con.close()
    before = path.read_bytes()

    with pytest.raises(StoreTooNewError) as caught:
        open_database(path)
    assert caught.value.code == "store_too_new"
    assert "newer version of Avrop" in caught.value.message
    assert revision_of(path) == "7777"
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*.backup-*")) == []


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "avrop.sqlite3"
    path.write_bytes(b"this is not SQLite at all, just some text in a file " * 40)
    with pytest.raises(StoreUnreadableError) as caught:
        open_database(path)
    assert caught.value.code == "store_unreadable"


def test_someone_elses_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreUnreadableError):
        open_database(path)


def test_models_match_the_migrations(tmp_path: Path) -> None:
    """The tables in models.py are exactly what the migrations create (no drift)."""
    mine = {
        m.local_table.name
        for m in models.Base.registry.mappers
        if m.class_.__module__ == models.__name__
    }
    db = open_database(tmp_path / "avrop.sqlite3")
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "include_object": lambda obj, name, type_, reflected, compare_to: (
                        (
                            obj.table.name
                            if type_ in ("column", "index", "foreign_key_constraint")
                            else name
                        )
                        in mine
                        if type_ != "table"
                        else name in mine
                    )
                },
            )
            diff = compare_metadata(context, models.Base.metadata)
    finally:
        db.close()
    assert diff == []
