"""The record of fetched pictures in a real SQLite store: the table matches migration
0010, records survive reopening, and a store at 0008 upgrades with nothing lost."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.domain.catalogue import CatalogueLine
from desktop.storage import picture_models
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import open_database, shipped_head
from desktop.storage.models import Base
from desktop.storage.picture_repo import PictureRepository
from tests.desktop.storage.fixtures.make_outbox_fixtures import TARGET
from tests.desktop.storage.migrating import migrate, tables_of, version_of

NOW = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def test_the_picture_table_matches_the_migration(tmp_path: Path) -> None:
    mine = {
        m.local_table.name
        for m in Base.registry.mappers
        if m.class_.__module__ == picture_models.__name__
    }
    assert mine == {"picture_cache"}

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


def _line(item: str, *refs: str) -> CatalogueLine:
    return CatalogueLine(
        supplier_id="s-1", seller_item_id=item, name=f"Vara {item}", unit_code="EA", image_refs=refs
    )


def test_served_references_records_and_forgetting_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "avrop.sqlite3"
    served, other = "pictures/" + "a" * 24, "pictures/" + "b" * 24
    db = open_database(path)
    try:
        CatalogueStore(db).replace_catalogue(
            "s-1",
            [
                _line("A", served, "https://images.example.net/a.jpg"),
                _line("B", served),
                _line("C", other, "k1-back.png"),
                _line("D", "data:image/png;base64,iVBORw0KGgo="),
            ],
            etag='"1"',
            synced_at=NOW,
        )
        repo = PictureRepository(db)
        # what the central API serves, embedded pictures and those at suppliers' own
        # addresses; not a bare file name
        assert repo.referenced() == [
            "data:image/png;base64,iVBORw0KGgo=",
            "https://images.example.net/a.jpg",
            served,
            other,
        ]
        repo.record(served, '"e1"', 1200, None, NOW)
        repo.record(other, '"e2"', 0, "wrong_type", NOW)
        repo.record(served, '"e3"', 1300, None, NOW)  # again: replaced
    finally:
        db.close()
    db = open_database(path)
    try:
        repo = PictureRepository(db)
        cached = repo.cached()
        assert (cached[served].etag, cached[served].refused) == ('"e3"', None)
        assert (cached[other].etag, cached[other].refused) == ('"e2"', "wrong_type")
        repo.forget([other])
        assert set(repo.cached()) == {served}
    finally:
        db.close()


def test_a_store_at_0008_upgrades_to_0010_with_nothing_lost(tmp_path: Path) -> None:
    store = tmp_path / "avrop.sqlite3"
    shutil.copyfile(TARGET, store)  # a store of an earlier release, with queued work
    migrate(store, "upgrade", "0008")
    assert version_of(store) == "0008"
    before = tables_of(store)
    assert "picture_cache" not in before
    assert sum(len(rows) for rows in before.values()) > 0

    open_database(store).close()

    assert version_of(store) == shipped_head()  # 0010 and any later migration
    after = tables_of(store)
    assert after.pop("picture_cache") == []
    after.pop("catalogue_offers")  # 0009's table, rebuilt from the lines (tested there)
    assert after == before
