"""Catalogue store snapshots: export, install into a fresh store, refusals, a crash.

The source store is filled by the normal import (``replace_catalogue``) of several
demo catalogues; its snapshot installed into a store made by the migrations must
search exactly the same. Every broken or foreign file is refused with nothing changed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from central_api.demo.categories import CATEGORIES
from central_api.demo.products import generate_catalogue, generate_webshop_catalogue
from desktop.storage.catalogue_snapshot import (
    SNAPSHOT_FORMAT,
    SnapshotRefused,
    export_snapshot,
    install_snapshot,
    read_snapshot_contents,
    store_schema_revision,
)
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database, open_database
from desktop.storage.search import CatalogueSearch
from tests.fixtures.catalogue import catalogue_line, index_problems

ROOT = Path(__file__).resolve().parents[3]
SYNCED = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Source:
    db: Database
    snapshot: Path
    words: list[str]


def fill(store: CatalogueStore) -> None:
    """A few agreement categories (overlapping products: offers) and a web shop."""
    for category in [c for c in CATEGORIES if c.in_ecommerce][:3]:
        for n in (1, 2):
            supplier = f"s-{category.key}-{n}"
            lines = generate_catalogue(supplier, category.key, f"a-{category.key}", 80, seed=1)
            store.replace_catalogue(supplier, lines, etag=f'"{supplier}-v1"', synced_at=SYNCED)
    shop = generate_webshop_catalogue("s-off-1", 300, seed=1, language="sv")
    store.replace_catalogue("s-off-1", shop, etag='"shop-v3"', synced_at=SYNCED)


def query_words(db: Database) -> list[str]:
    """Whole words, prefixes and two-word queries taken from the items' names."""
    raw = sqlite3.connect(db.path)
    try:
        names = [r[0] for r in raw.execute("SELECT name FROM catalogue_items ORDER BY item_id")]
    finally:
        raw.close()
    first = sorted({n.split()[0].lower() for n in names if n.split()})
    two = [" ".join(n.lower().split()[:2]) for n in names[::40]]
    return first[:40] + [w[:3] for w in first[:20]] + ["a", "k", "eko"] + two[:20]


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Source]:
    folder = tmp_path_factory.mktemp("snapshot-source")
    db = open_database(folder / "avrop.sqlite3")
    store = CatalogueStore(db)
    fill(store)
    store.record_failure("s-never", "unreachable", at=SYNCED)  # no catalogue: not exported
    snapshot = folder / "catalogue.snapshot"
    contents = export_snapshot(store, snapshot)
    assert contents.lines == 6 * 80 + 300
    yield Source(db, snapshot, query_words(db))
    db.close()


def fingerprint(db: Database) -> str:
    """Every catalogue row the store holds, index included, as one hash."""
    raw = sqlite3.connect(db.path)
    digest = hashlib.sha256()
    try:
        for table in (
            "catalogue_items",
            "catalogue_offers",
            "catalogue_terms",
            "catalogue_suppliers",
            "catalogue_meta",
            "catalogue_fts_data",
            "catalogue_fts_idx",
            "catalogue_fts_config",
        ):
            for row in raw.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
                digest.update(repr(row).encode())
    finally:
        raw.close()
    return digest.hexdigest()


def answers(db: Database, words: list[str]) -> list[object]:
    """What searching, the item pane and the offers show for ``words``."""
    search, store = CatalogueSearch(db), CatalogueStore(db)
    seen: list[object] = []
    for word in words:
        result = search.search(word)
        first = result.first_page(20)
        seen.append((word, result.count(), first, search.rows(first)))
        for item_id in first[:3]:
            seen.append((store.item(item_id), store.offers(item_id)))
    return seen


def test_an_installed_snapshot_searches_exactly_like_the_source(
    source: Source, tmp_path: Path
) -> None:
    db = open_database(tmp_path / "fresh.sqlite3")
    try:
        store = CatalogueStore(db)
        contents = install_snapshot(store, source.snapshot)
        assert contents.format == SNAPSHOT_FORMAT
        assert contents.schema_revision == store_schema_revision() == "0012"
        assert contents.lines == 780
        assert contents.catalogues["s-off-1"] == '"shop-v3"'
        assert "s-never" not in contents.catalogues
        assert answers(db, source.words) == answers(source.db, source.words)
        assert index_problems(db) == []
        source_store = CatalogueStore(source.db)
        for supplier in contents.catalogues:
            assert store.catalogue_state(supplier) == source_store.catalogue_state(supplier)
        assert store.catalogue_state("s-off-1").synced_at == SYNCED
        assert store.catalogue_state("s-off-1").line_count == 300
        assert store.index_segments() == 1
    finally:
        db.close()


def test_reading_the_contents_checks_and_changes_nothing(source: Source) -> None:
    before = source.snapshot.read_bytes()
    contents = read_snapshot_contents(source.snapshot)
    assert contents.lines == 780
    assert len(contents.catalogues) == 7
    assert source.snapshot.read_bytes() == before


def test_the_snapshot_holds_only_the_catalogue(source: Source) -> None:
    raw = sqlite3.connect(f"file:{source.snapshot}?mode=ro", uri=True)
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


@pytest.fixture
def old_store(tmp_path: Path) -> Iterator[Database]:
    """A store holding another catalogue, searched once (its caches filled)."""
    db = open_database(tmp_path / "old.sqlite3")
    store = CatalogueStore(db)
    old = [catalogue_line(f"Z{i:03d}", f"Zebrakaffe nummer {i}") for i in range(30)]
    store.replace_catalogue("s-test", old, etag='"old"', synced_at=SYNCED)
    store.compact_index()
    yield db
    db.close()


def test_an_install_replaces_the_previous_catalogue(source: Source, old_store: Database) -> None:
    search = CatalogueSearch(old_store)
    assert search.search("zebrakaffe").count() == 30
    store = CatalogueStore(old_store)
    install_snapshot(store, source.snapshot)
    assert search.search("zebrakaffe").count() == 0  # the same search object: no stale cache
    assert store.find_item("s-test", "Z001") is None
    assert store.catalogue_state("s-test").etag is None  # the next sync fetches it
    assert answers(old_store, source.words) == answers(source.db, source.words)
    assert index_problems(old_store) == []


def _sql(path: Path, *statements: str) -> None:
    raw = sqlite3.connect(path)
    try:
        for statement in statements:
            raw.execute(statement)
        raw.commit()
    finally:
        raw.close()


def _manifest(key: str, value: str) -> str:
    return f"UPDATE snapshot_manifest SET value = '{value}' WHERE key = '{key}'"


BROKEN = {
    "schema revision": ([_manifest("schema_revision", "0010")], "store schema '0010'"),
    "format": ([_manifest("format", "2")], "format '2'"),
    "index rules": ([_manifest("index_version", "0.1")], "rules '0.1'"),
    "trigger": (
        ["CREATE TRIGGER t AFTER INSERT ON catalogue_terms BEGIN SELECT 1; END"],
        "trigger t",
    ),
    "view": (["CREATE VIEW v AS SELECT 1"], "view v"),
    "extra table": (["CREATE TABLE settings (k, v)"], "table settings"),
    "changed sql": (
        [
            "DROP INDEX ix_catalogue_offers_offer_key",
            "CREATE INDEX ix_catalogue_offers_offer_key ON catalogue_offers (offer_key, best_id)",
        ],
        "ix_catalogue_offers_offer_key is not defined",
    ),
    "missing table": (["DROP TABLE catalogue_terms"], "lacks"),
    "items beyond the list": (
        ["DELETE FROM snapshot_catalogues WHERE supplier_id = 's-off-1'"],
        "do not match its catalogue list",
    ),
    "line count": ([_manifest("lines", "5")], "line count"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_snapshot_is_refused_with_nothing_changed(
    case: str, source: Source, old_store: Database, tmp_path: Path
) -> None:
    statements, reason = BROKEN[case]
    broken = tmp_path / "broken.snapshot"
    shutil.copy(source.snapshot, broken)
    _sql(broken, *statements)
    before = fingerprint(old_store)
    with pytest.raises(SnapshotRefused, match=reason) as refused:
        install_snapshot(CatalogueStore(old_store), broken)
    assert refused.value.code == "snapshot_refused"
    assert fingerprint(old_store) == before
    with pytest.raises(SnapshotRefused):
        read_snapshot_contents(broken)


def test_a_damaged_search_index_is_refused_at_install_with_nothing_changed(
    source: Source, old_store: Database, tmp_path: Path
) -> None:
    """FTS5 reads the copied index inside the installing transaction (a read-only
    check of the file cannot: FTS5's check is a write command)."""
    broken = tmp_path / "broken.snapshot"
    shutil.copy(source.snapshot, broken)
    _sql(
        broken,
        "UPDATE catalogue_fts_data SET block = substr(block, 1, 20) || "
        "zeroblob(length(block) - 20) WHERE id = (SELECT max(id) FROM catalogue_fts_data)",
    )
    before = fingerprint(old_store)
    with pytest.raises(SnapshotRefused, match="search index is damaged"):
        install_snapshot(CatalogueStore(old_store), broken)
    assert fingerprint(old_store) == before
    assert CatalogueSearch(old_store).search("zebrakaffe").count() == 30


def test_a_damaged_file_is_refused_with_nothing_changed(
    source: Source, old_store: Database, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.snapshot"
    data = bytearray(source.snapshot.read_bytes())
    page = 4096
    for n in range(2, len(data) // page, 3):  # scribble over every third page
        data[n * page + 8 : n * page + 200] = bytes(range(192))
    damaged.write_bytes(bytes(data))
    before = fingerprint(old_store)
    with pytest.raises(SnapshotRefused, match=r"damaged|not a readable"):
        install_snapshot(CatalogueStore(old_store), damaged)
    assert fingerprint(old_store) == before


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a zip, not a store " * 300])
def test_a_file_that_is_not_sqlite_is_refused(
    content: bytes, old_store: Database, tmp_path: Path
) -> None:
    other = tmp_path / "other.snapshot"
    other.write_bytes(content)
    before = fingerprint(old_store)
    with pytest.raises(SnapshotRefused):
        install_snapshot(CatalogueStore(old_store), other)
    with pytest.raises(SnapshotRefused, match="no such file"):
        install_snapshot(CatalogueStore(old_store), tmp_path / "missing.snapshot")
    assert fingerprint(old_store) == before


CHILD = """
import sys, time
from pathlib import Path
from desktop.storage import catalogue_snapshot
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
    source: Source, old_store: Database
) -> None:
    store_path = old_store.path
    marker = store_path.with_name("copying")
    before = fingerprint(old_store)
    old_store.close()
    wal = store_path.with_name(store_path.name + "-wal")
    wal_before = wal.stat().st_size if wal.exists() else 0
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(store_path), str(source.snapshot), str(marker)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            assert time.monotonic() < deadline, "the child never got to copy"
            time.sleep(0.05)
        wal_size = wal.stat().st_size
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
        if child.stderr:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert wal_size > wal_before + 100_000  # the copied items had reached the WAL

    db = open_database(store_path)
    try:
        assert fingerprint(db) == before
        assert CatalogueSearch(db).search("zebrakaffe").count() == 30
        assert index_problems(db) == []
        install_snapshot(CatalogueStore(db), source.snapshot)  # a fresh install works
        assert answers(db, source.words) == answers(source.db, source.words)
    finally:
        db.close()
