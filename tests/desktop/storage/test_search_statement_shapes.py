"""A keystroke's look-ups by lists of ids are one statement text whatever the list's
length, so SQLite compiles each once (sqlite3's statement cache), not at every keystroke."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from central_api.demo.products import generate_catalogue
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database, open_database
from desktop.storage.search import CatalogueSearch
from desktop.storage.search_ids import ids_param
from tests.fixtures.catalogue import register_reference

_LITERAL = re.compile(r"'(?:[^']|'')*'|-?\b\d+\b")


@pytest.fixture
def traced_store(tmp_path: Path) -> Iterator[tuple[Database, list[str]]]:
    """A store of a few hundred items and the statements (values filled in) it runs."""
    db = open_database(tmp_path / "avrop.sqlite3")
    store = CatalogueStore(db)
    for n, kind in enumerate(("coffee", "office", "cleaning")):
        store.replace_catalogue(f"s-{n}", generate_catalogue(f"s-{n}", kind, None, 150, seed=n))
    register_reference(db, {f"s-{n}": f"Leverantör {n} AB" for n in range(3)}, {"a-1": "Avtal"})
    statements: list[str] = []

    def trace(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        dbapi_conn.set_trace_callback(statements.append)

    event.listen(db.engine, "checkout", trace)
    yield db, statements
    db.close()


def _id_lookups(statements: list[str]) -> list[str]:
    """The statements that read items, offers or rows by id (values filled in)."""
    return [
        s
        for s in statements
        if ("catalogue_items" in s or "catalogue_offers" in s)
        and "MATCH" not in s
        and "item_id >" not in s  # a tier's ids in order, no list
    ]


def test_id_lookups_of_lists_of_any_length_share_one_statement_text_each(
    traced_store: tuple[Database, list[str]],
) -> None:
    db, statements = traced_store
    search = CatalogueSearch(db)
    for typed in ("k", "ka", "kaffe", "p", "pa", "papper", "r", "ren", "b", "bl", "mjölk"):
        search = CatalogueSearch(db)  # nothing kept: every keystroke reads its candidates
        result = search.search(typed)
        result.rows(result.first_page(50))
    lookups = _id_lookups(statements)
    assert len({s.count(",") for s in lookups}) > 5  # lists of many lengths were read
    shapes = {_LITERAL.sub("?", s) for s in lookups}
    assert shapes and not [s for s in shapes if re.search(r"IN \(\?, \?", s)]
    # the texts (with and without descriptions), best offers, a page's rows
    assert len(shapes) <= 4, sorted(shapes)


def test_the_ids_parameter_reads_every_id_once_in_the_order_given(
    traced_store: tuple[Database, list[str]],
) -> None:
    db, _ = traced_store
    with db.engine.connect() as connection:
        conn = connection.connection.driver_connection
        assert conn is not None
        ids = [r[0] for r in conn.execute("SELECT item_id FROM catalogue_items LIMIT 30")]
        wanted = [*reversed(ids[:20]), -5]
        found = conn.execute(
            "SELECT i.item_id FROM json_each(?) ids "
            "CROSS JOIN catalogue_items i ON i.item_id = ids.value",
            (ids_param(wanted),),
        ).fetchall()
    assert [r[0] for r in found] == wanted[:-1]
    assert ids_param([]) == "[]"
