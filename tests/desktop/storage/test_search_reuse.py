"""What a search reuses: FTS5 reads within one search, item texts between keystrokes."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from central_api.demo.products import generate_catalogue
from desktop.storage import search_head
from desktop.storage.catalogue_index import OTHER_TIER, STRONG, tier_range
from desktop.storage.catalogue_maintenance import generation
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database, open_database
from desktop.storage.search import CatalogueSearch
from desktop.storage.search_query import any_of


def _store_file(db: Database) -> str:
    path = db.engine.url.database
    assert path
    return path


def test_a_second_read_of_the_same_expression_runs_no_query(demo_catalogue_db: Database) -> None:
    conn = sqlite3.connect(f"file:{_store_file(demo_catalogue_db)}?mode=ro", uri=True)
    statements: list[str] = []  # the FTS5 queries run (FTS5's own are left out)
    conn.set_trace_callback(
        lambda sql: (
            statements.append(sql) if sql.startswith("SELECT rowid FROM catalogue_fts") else None
        )
    )
    head = search_head._Head(time.perf_counter(), 50, search_head.Texts())
    low, high = tier_range(OTHER_TIER)
    expr = any_of([STRONG + "kaffe"])

    def read(last: int, batch: int) -> list[int]:
        ids, interrupted = search_head._read(
            conn, head, expr, (low, last, high), batch, lambda: False
        )
        assert not interrupted
        return ids

    first = read(low - 1, 8)
    assert len(first) == 8 and len(statements) == 1
    assert read(low - 1, 5) == first[:5]  # served from the first read
    assert read(first[2], 5) == first[3:8]
    assert len(statements) == 1
    more = read(first[-1], 8)  # past what was read: one more query, in order
    assert len(statements) == 2 and more and more[0] > first[-1]
    assert read(low - 1, 12) == (first + more)[:12] and len(statements) == 2
    conn.close()


def test_kept_texts_are_dropped_when_the_catalogue_changes(tmp_path: Path) -> None:
    db = open_database(tmp_path / "avrop.sqlite3")
    store = CatalogueStore(db)
    store.replace_catalogue("s-1", generate_catalogue("s-1", "coffee", None, 40, seed=1))
    search = CatalogueSearch(db)
    assert search.search("kaffe").first_page()
    kept = search._texts
    assert kept.texts and kept.generation >= 0
    before = kept.generation
    store.replace_catalogue("s-1", generate_catalogue("s-1", "coffee", None, 30, seed=2))
    ids = search.search("kaffe").first_page()
    with sqlite3.connect(_store_file(db)) as conn:
        current = generation(conn)
        names = dict(conn.execute("SELECT item_id, name FROM catalogue_items"))
    assert kept.generation == current != before
    assert ids and all(kept.texts[i][0] == names[i] for i in ids)
    assert set(kept.texts) <= set(names)
    db.close()
