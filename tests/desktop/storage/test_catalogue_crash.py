"""A sync killed mid-catalogue (SIGKILL, a real process) leaves the previous catalogue.

The child process replaces a supplier's catalogue with many more lines than the page
cache holds, so uncommitted pages are already in the WAL when it is killed; the store
reopened afterwards must hold exactly the previous catalogue, searchable and consistent.
"""

from __future__ import annotations

from pathlib import Path

from desktop.storage.catalogue_store import BATCH, CatalogueStore
from desktop.storage.database import open_database
from desktop.storage.search import CatalogueSearch
from tests.fixtures.catalogue import catalogue_line, index_problems
from tests.fixtures.killed_child import kill_when_marked

CHILD = """
import sys, time
from pathlib import Path
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import open_database
from tests.fixtures.catalogue import catalogue_line

store_path, marker = Path(sys.argv[1]), Path(sys.argv[2])
db = open_database(store_path)
store = CatalogueStore(db)
with store._connection() as conn:
    conn.execute("PRAGMA cache_size = 20")  # spill uncommitted pages into the WAL early

def lines():
    for i in range(1_000_000):
        yield catalogue_line(f"T{i:07d}", f"Te nummer {i}", supplier_id="s-test")
        if i == 20 * %(batch)d:
            marker.write_text("writing")
            time.sleep(60)  # killed here, inside the transaction

store.replace_catalogue("s-test", lines(), etag='"v2"')
"""


def test_a_sync_killed_half_way_leaves_the_previous_catalogue(tmp_path: Path) -> None:
    store_path, marker = tmp_path / "avrop.sqlite3", tmp_path / "writing"
    db = open_database(store_path)
    store = CatalogueStore(db)
    old = [
        catalogue_line(f"A{i:05d}", f"Kaffe nummer {i}", supplier_id="s-test") for i in range(40)
    ]
    store.replace_catalogue("s-test", old, etag='"v1"')
    before = store.catalogue_state("s-test")
    db.close()
    wal = store_path.with_name(store_path.name + "-wal")
    wal_before = wal.stat().st_size if wal.exists() else 0

    wal_size = kill_when_marked(
        CHILD % {"batch": BATCH}, [str(store_path), str(marker)], marker, wal
    )
    assert wal_size > wal_before + 100_000  # uncommitted pages had reached the WAL

    db = open_database(store_path)
    try:
        store = CatalogueStore(db)
        search = CatalogueSearch(db)
        assert store.catalogue_state("s-test") == before
        assert search.search("kaffe").count() == 40
        assert search.search("te").count() == 0
        assert store.find_item("s-test", "A00007") is not None
        assert store.find_item("s-test", "T0000001") is None
        assert index_problems(db) == []
        with store._connection() as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
