"""A partial catalogue (a delta) recomputes the offer groups of the products it touches
only, and they end exactly as a full recomputation leaves them."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

from desktop.domain.catalogue import LineAction
from desktop.storage.catalogue_offers import refresh_all_offers
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database
from tests.desktop.storage.test_offers import PRICES, _publish
from tests.fixtures.catalogue import catalogue_line, register_reference


def _groups(db: Database) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db.path)
    try:
        return conn.execute(
            "SELECT i.seller_item_id, o.offer_key, b.seller_item_id, o.position, o.offers "
            "FROM catalogue_offers o JOIN catalogue_items i ON i.item_id = o.item_id "
            "JOIN catalogue_items b ON b.item_id = o.best_id ORDER BY 1"
        ).fetchall()
    finally:
        conn.close()


def _assert_as_recomputed(db: Database) -> None:
    """The groups are those a full recomputation makes (which it then leaves)."""
    groups = _groups(db)
    conn = sqlite3.connect(db.path)
    try:
        with conn:
            refresh_all_offers(conn)
    finally:
        conn.close()
    assert groups and groups == _groups(db)


def _offers(store: CatalogueStore, supplier: str, article: str) -> list[str]:
    item = store.find_item(supplier, article)
    assert item is not None
    return [o.seller_item_id for o in store.offers(item)]


def test_deltas_keep_every_offer_group_as_a_full_recomputation_would(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    register_reference(
        catalogue_db,
        {s: s for s in PRICES},
        {"a-coffee": "Kaffe", "a-other": "Annat"},
    )
    for supplier, price in PRICES.items():
        _publish(catalogue_store, supplier, price)
    assert _offers(catalogue_store, "s-one", "s-one-1")[0] == "s-two-1"

    # A price change: the cheapest offer moves to another supplier.
    catalogue_store.apply_delta(
        "s-two",
        [
            catalogue_line(
                "s-two-1",
                "Kaffe Mellanrost 500 g",
                supplier_id="s-two",
                gtin="7310865004703",
                price=Decimal("20.00"),
                agreement_id="a-coffee",
                action=LineAction.UPDATE,
            ),
            catalogue_line("s-two-2", "x", supplier_id="s-two", action=LineAction.DELETE),
        ],
    )
    assert _offers(catalogue_store, "s-one", "s-one-1") == ["s-one-1", "s-three-1", "s-two-1"]
    # A deleted offer leaves its group.
    assert _offers(catalogue_store, "s-one", "s-one-2") == ["s-one-2", "s-three-2"]
    _assert_as_recomputed(catalogue_db)

    # A renamed article becomes another product: its old group loses it.
    catalogue_store.apply_delta(
        "s-one",
        [
            catalogue_line(
                "s-one-2",
                "Kaffefilter 1x2 100 st",
                supplier_id="s-one",
                price=Decimal("3.00"),
                unit_code="XPK",
                content_quantity=Decimal(100),
                content_unit_code="H87",
                agreement_id="a-coffee",
                action=LineAction.UPDATE,
            )
        ],
    )
    assert _offers(catalogue_store, "s-three", "s-three-2") == ["s-three-2"]
    assert _offers(catalogue_store, "s-one", "s-one-2") == ["s-one-2"]
    _assert_as_recomputed(catalogue_db)

    # A new article joins a product others offer.
    catalogue_store.apply_delta(
        "s-two",
        [
            catalogue_line(
                "s-two-9",
                "Kaffefilter 1x2 100 st",
                supplier_id="s-two",
                price=Decimal("2.00"),
                unit_code="XPK",
                content_quantity=Decimal(100),
                content_unit_code="H87",
                agreement_id="a-coffee",
                action=LineAction.ADD,
            )
        ],
    )
    assert _offers(catalogue_store, "s-one", "s-one-2") == ["s-two-9", "s-one-2"]

    _assert_as_recomputed(catalogue_db)
