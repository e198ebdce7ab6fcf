"""Catalogue store snapshots: export, install into a fresh store, a crash mid-install.

The source store is filled by the normal import (``replace_catalogue``) of several
demo catalogues; its snapshot installed into a store made by the migrations must
search exactly the same (``tests.fixtures.catalogue_snapshot``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.storage import search_head
from desktop.storage.catalogue_snapshot import (
    SNAPSHOT_FORMAT,
    install_snapshot,
    read_snapshot_contents,
    store_schema_revision,
)
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database, open_database
from desktop.storage.search import CatalogueSearch
from tests.fixtures.catalogue import index_problems
from tests.fixtures.catalogue_snapshot import (
    SYNCED,
    SnapshotSource,
    answers,
    fingerprint,
)
from tests.fixtures.killed_child import kill_when_marked


@pytest.fixture(autouse=True)
def no_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Searches cut short by the clock differ with the machine's load, not the store."""
    monkeypatch.setattr(search_head, "HEAD_BUDGET", 60.0)
    monkeypatch.setattr(search_head, "HEAD_HARD_BUDGET", 60.0)


def test_an_installed_snapshot_searches_exactly_like_the_source(
    snapshot_source: SnapshotSource, tmp_path: Path
) -> None:
    db = open_database(tmp_path / "fresh.sqlite3")
    try:
        store = CatalogueStore(db)
        contents = install_snapshot(store, snapshot_source.snapshot)
        wal = db.path.with_name(db.path.name + "-wal")
        assert wal.stat().st_size == 0  # the copy's WAL pages were given back
        assert contents.format == SNAPSHOT_FORMAT
        assert contents.schema_revision == store_schema_revision() == "0012"
        assert contents.lines == 785
        assert "s-plain" not in contents.catalogues  # no ETag: its lines are there
        assert store.catalogue_state("s-plain").line_count == 5
        assert contents.catalogues["s-off-1"] == '"shop-v3"'
        assert "s-never" not in contents.catalogues
        assert answers(db, snapshot_source.words) == answers(
            snapshot_source.db, snapshot_source.words
        )
        assert index_problems(db) == []
        source_store = CatalogueStore(snapshot_source.db)
        for supplier in contents.catalogues:
            assert store.catalogue_state(supplier) == source_store.catalogue_state(supplier)
        assert store.catalogue_state("s-off-1").synced_at == SYNCED
        assert store.catalogue_state("s-off-1").line_count == 300
        assert store.index_segments() == 1
    finally:
        db.close()


def test_reading_the_contents_checks_and_changes_nothing(snapshot_source: SnapshotSource) -> None:
    before = snapshot_source.snapshot.read_bytes()
    contents = read_snapshot_contents(snapshot_source.snapshot)
    assert contents.lines == 785
    assert len(contents.catalogues) == 7
    assert snapshot_source.snapshot.read_bytes() == before


def test_the_snapshot_holds_only_the_catalogue(snapshot_source: SnapshotSource) -> None:
    raw = sqlite3.connect(f"file:{snapshot_source.snapshot}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        raw.close()
    assert tables == {
        "catalogue_items",
        "catalogue_offers",
        "catalogue_terms",
        "catalogue_fts",
        "catalogue_fts_data",
        "catalogue_fts_idx",
        "catalogue_fts_config",
        "snapshot_manifest",
        "snapshot_catalogues",
    }


def test_an_install_replaces_the_previous_catalogue(
    snapshot_source: SnapshotSource, old_catalogue_db: Database
) -> None:
    search = CatalogueSearch(old_catalogue_db)
    assert search.search("zebrakaffe").count() == 30
    store = CatalogueStore(old_catalogue_db)
    install_snapshot(store, snapshot_source.snapshot)
    assert search.search("zebrakaffe").count() == 0  # the same search object: no stale cache
    assert store.find_item("s-test", "Z001") is None
    assert store.catalogue_state("s-test").etag is None  # the next sync fetches it
    assert answers(old_catalogue_db, snapshot_source.words) == answers(
        snapshot_source.db, snapshot_source.words
    )
    assert index_problems(old_catalogue_db) == []


CHILD = """
import sys, time
from pathlib import Path
from desktop.storage import catalogue_snapshot
from desktop.storage.catalogue_snapshot_check import Schema
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import open_database

store_path, snapshot, marker = (Path(a) for a in sys.argv[1:4])
copy_rows = catalogue_snapshot._copy_rows

def pausing_copy(conn, source, target, table, *, clear):
    if target == "main" and table == "catalogue_items":
        conn.execute("PRAGMA cache_size = 20")  # spill uncommitted pages into the WAL
    if target == "main" and table == "catalogue_offers":
        def pause():
            marker.write_text("copying")
            time.sleep(60)  # killed here, in the middle of the INSERT ... SELECT
        conn.set_progress_handler(pause, 100)
    copy_rows(conn, source, target, table, clear=clear)

catalogue_snapshot._copy_rows = pausing_copy
catalogue_snapshot.install_snapshot(CatalogueStore(open_database(store_path)), snapshot)
"""


def test_an_install_killed_mid_copy_leaves_the_previous_catalogue(
    snapshot_source: SnapshotSource, old_catalogue_db: Database
) -> None:
    store_path = old_catalogue_db.path
    marker = store_path.with_name("copying")
    before = fingerprint(old_catalogue_db)
    old_catalogue_db.close()
    wal = store_path.with_name(store_path.name + "-wal")
    wal_before = wal.stat().st_size if wal.exists() else 0
    wal_size = kill_when_marked(
        CHILD, [str(store_path), str(snapshot_source.snapshot), str(marker)], marker, wal
    )
    assert wal_size > wal_before + 100_000  # the copied items had reached the WAL

    db = open_database(store_path)
    try:
        assert fingerprint(db) == before
        assert CatalogueSearch(db).search("zebrakaffe").count() == 30
        assert index_problems(db) == []
        install_snapshot(CatalogueStore(db), snapshot_source.snapshot)  # a fresh install works
        assert answers(db, snapshot_source.words) == answers(
            snapshot_source.db, snapshot_source.words
        )
    finally:
        db.close()
