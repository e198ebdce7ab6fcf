"""A delta writes what changed: a new price rewrites the item's row, not the pages of the
supplier's article-number index nor of the offer-key index (their entries lie scattered
in a large catalogue, so rewriting them made a delta's cost grow with the catalogue);
a changed offer key is still written, and regroups the product's offers."""

from __future__ import annotations

import sqlite3
import struct
from collections import Counter
from decimal import Decimal
from pathlib import Path

from desktop.domain.catalogue import LineAction
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database
from tests.fixtures.catalogue import catalogue_line, index_problems, register_reference

ARTICLES = 2000
KEY_INDEXES = ("sqlite_autoindex_catalogue_items_1", "ix_catalogue_items_offer_key")


def _checkpoint(path: Path) -> None:
    """Everything written so far goes into the file; the WAL starts empty."""
    conn = sqlite3.connect(path)
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
    finally:
        conn.close()


def _pages_written(path: Path) -> Counter[str]:
    """The pages the WAL holds since the last ``_checkpoint``, by table or index."""
    data = path.with_name(path.name + "-wal").read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    salts = data[16:24]
    pages: set[int] = set()
    for start in range(32, len(data) - 24 - page_size + 1, 24 + page_size):
        if data[start + 8 : start + 16] != salts:
            break  # a frame left over from before the WAL was restarted
        pages.add(struct.unpack(">I", data[start : start + 4])[0])
    conn = sqlite3.connect(path)
    try:
        owner = dict(conn.execute("SELECT pageno, name FROM dbstat"))
    finally:
        conn.close()
    return Counter(str(owner.get(p, "?")) for p in pages)


def _scattered_catalogue(store: CatalogueStore) -> None:
    """Articles on an agreement whose numbers are not in the order they were listed
    (as in real catalogues): their index entries lie apart from their rows."""
    store.replace_catalogue(
        "s-test",
        [
            catalogue_line(
                f"A{i * 7919 % 100_003:06d}", f"Kaffe nummer {i}", agreement_id="a-coffee"
            )
            for i in range(ARTICLES)
        ],
    )


def test_a_price_delta_writes_the_rows_but_no_page_of_the_key_indexes(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    register_reference(catalogue_db, {"s-test": "Testaren AB"}, {"a-coffee": "Kaffe"})
    _scattered_catalogue(catalogue_store)
    _checkpoint(catalogue_db.path)

    result = catalogue_store.apply_delta(
        "s-test",
        [
            catalogue_line(
                f"A{i * 7919 % 100_003:06d}",
                f"Kaffe nummer {i}",
                agreement_id="a-coffee",
                price=Decimal("11.50"),
                action=LineAction.UPDATE,
            )
            for i in range(0, ARTICLES, 10)
        ],
    )

    assert result.updated == ARTICLES // 10
    written = _pages_written(catalogue_db.path)
    assert written["catalogue_items"] > 0
    assert {name: written[name] for name in KEY_INDEXES} == dict.fromkeys(KEY_INDEXES, 0)
    raw = sqlite3.connect(catalogue_db.path)
    try:
        prices = Counter(r[0] for r in raw.execute("SELECT price FROM catalogue_items"))
    finally:
        raw.close()
    assert prices == {"11.50": ARTICLES // 10, "10.00": ARTICLES - ARTICLES // 10}
    assert index_problems(catalogue_db) == []


def test_an_orderable_unit_change_moves_the_item_to_the_product_of_that_pack(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    register_reference(catalogue_db, {"s-one": "Ett AB", "s-two": "Två AB"}, {"a-coffee": "Kaffe"})
    for supplier, unit in (("s-one", "EA"), ("s-two", "XPK")):
        catalogue_store.replace_catalogue(
            supplier,
            [
                catalogue_line(
                    f"{supplier}-1",
                    "Kaffe Mellanrost",
                    supplier_id=supplier,
                    unit_code=unit,
                    agreement_id="a-coffee",
                )
            ],
        )
    one = catalogue_store.find_item("s-one", "s-one-1")
    assert one is not None
    assert [o.seller_item_id for o in catalogue_store.offers(one)] == ["s-one-1"]

    catalogue_store.apply_delta(  # the index document stays: only the offer key changes
        "s-two",
        [
            catalogue_line(
                "s-two-1",
                "Kaffe Mellanrost",
                supplier_id="s-two",
                unit_code="EA",
                price=Decimal("9.00"),
                agreement_id="a-coffee",
                action=LineAction.UPDATE,
            )
        ],
    )

    assert [o.seller_item_id for o in catalogue_store.offers(one)] == ["s-two-1", "s-one-1"]
    raw = sqlite3.connect(catalogue_db.path)
    try:
        keys = {r[0] for r in raw.execute("SELECT offer_key FROM catalogue_items")}
    finally:
        raw.close()
    assert len(keys) == 1
    assert index_problems(catalogue_db) == []
