"""Catalogue store snapshots: every broken, foreign or swapped file is refused, with
nothing of the store changed (``SnapshotRefused``)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.storage import catalogue_snapshot
from desktop.storage.catalogue_snapshot import (
    SnapshotContents,
    SnapshotRefused,
    install_snapshot,
    read_snapshot_contents,
)
from desktop.storage.catalogue_snapshot_check import Schema
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database
from desktop.storage.search import CatalogueSearch
from tests.fixtures.catalogue_snapshot import (
    SnapshotSource,
    fingerprint,
)


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
    case: str, snapshot_source: SnapshotSource, old_catalogue_db: Database, tmp_path: Path
) -> None:
    statements, reason = BROKEN[case]
    broken = tmp_path / "broken.snapshot"
    shutil.copy(snapshot_source.snapshot, broken)
    _sql(broken, *statements)
    before = fingerprint(old_catalogue_db)
    with pytest.raises(SnapshotRefused, match=reason) as refused:
        install_snapshot(CatalogueStore(old_catalogue_db), broken)
    assert refused.value.code == "snapshot_refused"
    assert fingerprint(old_catalogue_db) == before
    with pytest.raises(SnapshotRefused):
        read_snapshot_contents(broken)


def test_a_damaged_search_index_is_refused_at_install_with_nothing_changed(
    snapshot_source: SnapshotSource, old_catalogue_db: Database, tmp_path: Path
) -> None:
    """FTS5 reads the copied index inside the installing transaction (a read-only
    check of the file cannot: FTS5's check is a write command)."""
    broken = tmp_path / "broken.snapshot"
    shutil.copy(snapshot_source.snapshot, broken)
    _sql(
        broken,
        "UPDATE catalogue_fts_data SET block = substr(block, 1, 20) || "
        "zeroblob(length(block) - 20) WHERE id = (SELECT max(id) FROM catalogue_fts_data)",
    )
    before = fingerprint(old_catalogue_db)
    with pytest.raises(SnapshotRefused, match="search index is damaged"):
        install_snapshot(CatalogueStore(old_catalogue_db), broken)
    assert fingerprint(old_catalogue_db) == before
    assert CatalogueSearch(old_catalogue_db).search("zebrakaffe").count() == 30


@pytest.mark.parametrize(
    ("swap", "reason"),
    [
        ("other", "changed while it was being installed"),
        ("gone", "installing it failed"),
    ],
)
def test_a_file_changed_after_its_check_is_refused_with_nothing_changed(
    swap: str,
    reason: str,
    snapshot_source: SnapshotSource,
    old_catalogue_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The file is checked again once attached, inside the installing transaction."""
    racing = tmp_path / "racing.snapshot"
    shutil.copy(snapshot_source.snapshot, racing)
    other = tmp_path / "other.snapshot"
    shutil.copy(snapshot_source.snapshot, other)
    _sql(other, "DELETE FROM catalogue_items WHERE supplier_id = 's-off-1'")
    _sql(other, "UPDATE snapshot_catalogues SET line_count = 0 WHERE supplier_id = 's-off-1'")
    _sql(other, _manifest("lines", "485"))
    checked = catalogue_snapshot.read_checked

    def check_then_swap(path: Path, expected: Schema) -> SnapshotContents:
        contents = checked(path, expected)
        if swap == "other":
            shutil.copy(other, racing)
        else:
            racing.unlink()
        return contents

    monkeypatch.setattr(catalogue_snapshot, "read_checked", check_then_swap)
    before = fingerprint(old_catalogue_db)
    with pytest.raises(SnapshotRefused, match=reason):
        install_snapshot(CatalogueStore(old_catalogue_db), racing)
    assert fingerprint(old_catalogue_db) == before


def test_a_damaged_file_is_refused_with_nothing_changed(
    snapshot_source: SnapshotSource, old_catalogue_db: Database, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.snapshot"
    data = bytearray(snapshot_source.snapshot.read_bytes())
    page = 4096
    for n in range(2, len(data) // page, 3):  # scribble over every third page
        data[n * page + 8 : n * page + 200] = bytes(range(192))
    damaged.write_bytes(bytes(data))
    before = fingerprint(old_catalogue_db)
    with pytest.raises(SnapshotRefused, match=r"damaged|not a readable"):
        install_snapshot(CatalogueStore(old_catalogue_db), damaged)
    assert fingerprint(old_catalogue_db) == before


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a zip, not a store " * 300])
def test_a_file_that_is_not_sqlite_is_refused(
    content: bytes, old_catalogue_db: Database, tmp_path: Path
) -> None:
    other = tmp_path / "other.snapshot"
    other.write_bytes(content)
    before = fingerprint(old_catalogue_db)
    with pytest.raises(SnapshotRefused):
        install_snapshot(CatalogueStore(old_catalogue_db), other)
    with pytest.raises(SnapshotRefused, match="no such file"):
        install_snapshot(CatalogueStore(old_catalogue_db), tmp_path / "missing.snapshot")
    assert fingerprint(old_catalogue_db) == before
