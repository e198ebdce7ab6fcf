"""Migration 0009: a store at 0008 with catalogues gets every agreement item's offer key
and the offer groups computed from what it holds; nothing else changes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import open_database
from tests.desktop.storage.migrating import migrate, rows_of
from tests.fixtures.catalogue import catalogue_line, register_reference


def test_a_store_at_0008_upgrades_with_its_offer_groups_computed(tmp_path: Path) -> None:
    store = tmp_path / "avrop.sqlite3"
    db = open_database(store)
    try:
        register_reference(db, {"s-1": "Ett AB", "s-2": "Två AB"}, {"a-1": "Kaffe"})
        catalogues = CatalogueStore(db)
        for supplier, price in (("s-1", "12.00"), ("s-2", "9.00")):
            catalogues.replace_catalogue(
                supplier,
                [
                    catalogue_line(
                        f"{supplier}-kaffe",
                        "Kaffe 500 g",
                        supplier_id=supplier,
                        gtin="7310865004703",
                        price=Decimal(price),
                        agreement_id="a-1",
                    ),
                    catalogue_line(f"{supplier}-shop", "Te 20 påsar", supplier_id=supplier),
                ],
            )
    finally:
        db.close()
    groups = rows_of(store, "SELECT * FROM catalogue_offers")
    assert sorted(g[3:] for g in groups) == [(1, 2), (2, 2)]  # position, offers
    migrate(store, "downgrade", "0008")
    items = rows_of(store, "SELECT * FROM catalogue_items")
    assert "catalogue_offers" not in str(rows_of(store, "SELECT name FROM sqlite_master"))

    migrate(store, "upgrade", "0009")

    assert rows_of(store, "SELECT * FROM catalogue_offers") == groups
    after = rows_of(store, "SELECT * FROM catalogue_items")
    assert [row[:-1] for row in after] == items  # offer_key added last, the rest kept
    keys = {row[-1] for row in after}
    assert keys == {None, "a-1|g7310865004703"}
