"""What a keystroke costs beyond the search itself: nothing re-read when nothing was
written, and nothing the garbage collector has to walk kept between keystrokes."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from central_api.demo.products import generate_catalogue
from desktop.storage import catalogue_views, search_rank
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.catalogue_views import ItemRow
from desktop.storage.database import Database, open_database
from desktop.storage.search import CatalogueSearch
from desktop.storage.search_query import QueryTerm
from tests.fixtures.catalogue import register_reference


@pytest.fixture
def traced_store(tmp_path: Path) -> Iterator[tuple[Database, list[str]]]:
    """A small store and the statements every pooled connection runs."""
    db = open_database(tmp_path / "avrop.sqlite3")
    store = CatalogueStore(db)
    store.replace_catalogue("s-1", generate_catalogue("s-1", "coffee", None, 40, seed=1))
    register_reference(db, {"s-1": "Rosteriet Norrsken AB"}, {"a-1": "Kaffe"})
    statements: list[str] = []

    def trace(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        dbapi_conn.set_trace_callback(statements.append)

    event.listen(db.engine, "checkout", trace)
    yield db, statements
    db.close()


def _reads(statements: list[str], table: str) -> list[str]:
    return [s for s in statements if f"FROM {table}" in s]


def test_a_keystroke_reads_no_supplier_or_meta_table_when_nothing_was_written(
    traced_store: tuple[Database, list[str]],
) -> None:
    db, statements = traced_store
    search = CatalogueSearch(db)
    assert search.search("kaffe").first_page()
    assert _reads(statements, "suppliers")  # the first search learns the suppliers
    statements.clear()
    for typed in ("k", "ka", "kaf", "kaff", "kaffe b"):
        search.search(typed)
    assert not _reads(statements, "suppliers")
    assert not _reads(statements, "catalogue_meta")


def test_a_supplier_renamed_by_another_connection_is_found_at_the_next_keystroke(
    traced_store: tuple[Database, list[str]],
) -> None:
    db, statements = traced_store
    search = CatalogueSearch(db)
    assert search.search("norrsken").first_page()
    assert not search.search("fjallbryggeriet").first_page()
    with sqlite3.connect(db.path) as other:  # e.g. the reference sync in another thread
        other.execute("UPDATE suppliers SET name = 'Fjällbryggeriet AB' WHERE id = 's-1'")
    statements.clear()
    assert search.search("fjallbryggeriet").first_page()
    assert _reads(statements, "suppliers")
    assert not search.search("norrsken").first_page()


def test_a_write_through_the_searching_connection_itself_is_seen(
    traced_store: tuple[Database, list[str]],
) -> None:
    """``data_version`` misses a connection's own commits: ``total_changes`` sees them."""
    db, _ = traced_store
    search = CatalogueSearch(db)
    assert search.search("norrsken").first_page()
    raw = db.engine.raw_connection()
    conn = raw.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    assert conn is search._watch._conn  # the very connection the search last read with
    conn.execute("UPDATE suppliers SET name = 'Fjällbryggeriet AB' WHERE id = 's-1'")
    raw.close()
    assert search.search("fjallbryggeriet").first_page()


def test_kept_prepared_names_are_not_tracked_by_the_garbage_collector() -> None:
    search_rank._PREPARED.clear()
    names = [f"Bryggkaffe mellanrost {n} kg Ekologisk" for n in range(200)]
    for name in names:
        search_rank.satisfies("whole", QueryTerm("zoegas", "zoegas"), name, "Zoégas", "")
    gc.collect()
    gc.collect()
    kept: list[object] = [search_rank._PREPARED[name] for name in names]
    kept += [search_rank._PREPARED["Zoégas"]]
    assert not [p for p in kept if gc.is_tracked(p)]


def test_best_offers_met_at_an_earlier_keystroke_are_not_read_again(
    traced_store: tuple[Database, list[str]],
) -> None:
    db, statements = traced_store
    search = CatalogueSearch(db)
    assert search.search("kaffe").first_page()
    for typed in ("kaffe", "kaffe m", "kaff"):
        statements.clear()
        assert search.search(typed).first_page()
        assert not [s for s in statements if "catalogue_offers" in s]


def test_a_page_row_built_the_fast_way_equals_the_dataclass_s_own(
    traced_store: tuple[Database, list[str]],
) -> None:
    db, _ = traced_store
    search = CatalogueSearch(db)
    ids = search.search("kaffe").first_page()
    rows = search.rows(ids)
    with sqlite3.connect(db.path) as conn:
        sql = catalogue_views._ROW_SQL.format(extra="", marks=", ".join("?" * len(ids)))
        by_id = {r[0]: r for r in conn.execute(sql, ids)}
    built = [ItemRow(**catalogue_views._row_fields(by_id[i])) for i in ids]  # type: ignore[arg-type]
    assert rows == built and [hash(r) for r in rows] == [hash(r) for r in built]
    assert [repr(r) for r in rows] == [repr(r) for r in built]


def test_items_without_an_offer_key_need_no_best_offer_look_up(
    traced_store: tuple[Database, list[str]],
) -> None:
    """An item without an offer key is in no group of offers: its texts say so."""
    db, statements = traced_store
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT count(offer_key) FROM catalogue_items").fetchone() == (0,)
    assert CatalogueSearch(db).search("kaffe").first_page()
    assert not [s for s in statements if "catalogue_offers" in s]


def test_groups_of_offers_are_still_shown_by_their_best(demo_catalogue_db: Database) -> None:
    shown = CatalogueSearch(demo_catalogue_db).search("kaffe").first_page(50)
    with sqlite3.connect(demo_catalogue_db.path) as conn:
        grouped = dict(conn.execute("SELECT item_id, best_id FROM catalogue_offers"))
    assert any(grouped.get(i) == i for i in shown)
    assert not [i for i in shown if grouped.get(i, i) != i]
