"""Favourites in a real SQLite store: the table matches migration 0008, they are per
user and survive reopening the store (a sign-out), and a store at 0007 upgrades to 0008
with nothing lost."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.storage import favourite_models
from desktop.storage.database import open_database
from desktop.storage.favourite_repo import FavouriteRepository
from desktop.storage.models import Base
from tests.desktop.storage.fixtures.make_outbox_fixtures import TARGET
from tests.desktop.storage.migrating import migrate, tables_of, version_of


def test_the_favourites_table_matches_the_migration(tmp_path: Path) -> None:
    mine = {
        m.local_table.name
        for m in Base.registry.mappers
        if m.class_.__module__ == favourite_models.__name__
    }
    assert mine == {"favourites"}

    def include(obj: object, name: str | None, type_: str, reflected: bool, other: object) -> bool:
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
        return table in mine

    db = open_database(tmp_path / "avrop.sqlite3")
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()


def test_favourites_are_per_user_newest_first_and_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "avrop.sqlite3"
    db = open_database(path)
    try:
        repo = FavouriteRepository(db)
        repo.add("anna", "s-1", "A-1", "Kaffe")
        repo.add("anna", "s-2", "B-2", "Blöjor")
        repo.add("anna", "s-1", "A-1", "Kaffe (renamed)")  # again: kept as first starred
        repo.add("bo", "s-1", "A-1", "Kaffe")
        repo.remove("bo", "s-1", "A-1")
    finally:
        db.close()
    db = open_database(path)  # as after a sign-out and a restart
    try:
        repo = FavouriteRepository(db)
        mine = repo.favourites("anna")
        assert [(f.supplier_id, f.seller_item_id, f.name) for f in mine] == [
            ("s-2", "B-2", "Blöjor"),
            ("s-1", "A-1", "Kaffe"),
        ]
        assert repo.contains("anna", "s-2", "B-2")
        assert not repo.contains("bo", "s-1", "A-1")
        assert repo.favourites("bo") == []
    finally:
        db.close()


def test_a_store_at_0007_upgrades_to_0008_with_nothing_lost(tmp_path: Path) -> None:
    store = tmp_path / "avrop.sqlite3"
    shutil.copyfile(TARGET, store)  # a store of an earlier release, with queued work
    migrate(store, "upgrade", "0007")
    assert version_of(store) == "0007"
    before = tables_of(store)
    assert "favourites" not in before
    assert sum(len(rows) for rows in before.values()) > 0

    migrate(store, "upgrade", "0008")

    assert version_of(store) == "0008"
    after = tables_of(store)
    assert after.pop("favourites") == []
    assert {name: rows for name, rows in after.items() if name in before} == before
