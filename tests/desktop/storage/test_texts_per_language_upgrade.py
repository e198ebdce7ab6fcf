"""A store at 0008 upgrades to 0012: the agreements are fetched again on the next sync (so
their names per language arrive), and nothing else in the store changes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop.storage.database import open_database
from desktop.storage.reference_repo import ReferenceRepository
from tests.desktop.storage.fixtures.make_outbox_fixtures import TARGET
from tests.desktop.storage.migrating import migrate, tables_of, version_of


def _store_at_0008(tmp_path: Path) -> Path:
    store = tmp_path / "avrop.sqlite3"
    shutil.copyfile(TARGET, store)  # a store of an earlier release, with queued work
    migrate(store, "upgrade", "0008")
    con = sqlite3.connect(store)
    with con:
        con.execute(
            "INSERT INTO sync_state (resource, etag, synced_at) VALUES "
            "('agreements', '\"a1\"', '2026-11-30 08:00:00'),"
            "('suppliers', '\"s1\"', '2026-11-30 08:00:00')"
        )
    con.close()
    return store


def test_a_store_at_0008_forgets_only_the_agreements_etag(tmp_path: Path) -> None:
    store = _store_at_0008(tmp_path)
    assert version_of(store) == "0008"
    before = tables_of(store)
    assert sum(len(rows) for rows in before.values()) > 3

    db = open_database(store)
    try:
        reference = ReferenceRepository(db)
        assert reference.sync_state("agreements") is None
        suppliers = reference.sync_state("suppliers")
        assert suppliers is not None and suppliers.etag == '"s1"'
        assert [a.id for a in reference.agreements()]  # the agreements themselves stay
    finally:
        db.close()

    assert version_of(store) == "0012"
    after = tables_of(store)
    assert [r for r in before.pop("sync_state") if r[0] != "agreements"] == after.pop("sync_state")
    for between in ("catalogue_offers", "picture_cache"):  # tables of 0009 and 0010
        after.pop(between, None)
    assert after == before
