"""One product, several suppliers: a search shows one row per product on an agreement,
its best offer (cheapest per content unit, or the highest-ranked supplier of a ranked
cascade), and the other offers are one step away (``CatalogueStore.offers``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.domain.reference import Agreement, CallOffMethod
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import Database
from desktop.storage.reference_repo import ReferenceRepository
from desktop.storage.search import CatalogueSearch, SearchFilters
from desktop.storage.search_sort import ResultOrder
from tests.fixtures.catalogue import catalogue_line, register_reference

AGREEMENT = "a-coffee"
GTIN = "7310865004703"
PRICES = {"s-one": "12.00", "s-two": "9.50", "s-three": "15.25"}
NAMES = {"s-one": "Ett Grossist AB", "s-two": "Två Livs AB", "s-three": "Tre Kaffe AB"}


def _publish(
    store: CatalogueStore, supplier: str, price: str, *, agreement: str = AGREEMENT
) -> None:
    store.replace_catalogue(
        supplier,
        [
            catalogue_line(
                f"{supplier}-1",
                "Kaffe Mellanrost 500 g" if supplier != "s-three" else "Bryggkaffe mellan 500g",
                supplier_id=supplier,
                gtin=GTIN,
                price=Decimal(price),
                agreement_id=AGREEMENT,
            ),
            catalogue_line(  # same name and pack, no GTIN: the same product too
                f"{supplier}-2",
                "Kaffefilter 1x4 100 st",
                supplier_id=supplier,
                price=Decimal(price) / 4,
                unit_code="XPK",
                content_quantity=Decimal(100),
                content_unit_code="H87",
                agreement_id=AGREEMENT,
            ),
            catalogue_line(  # another pack, another agreement or none: other products
                f"{supplier}-3",
                "Kaffefilter 1x4 " + ("40" if supplier == "s-one" else "100") + " st",
                supplier_id=supplier,
                price=Decimal("1.00"),
                unit_code="XPK",
                content_quantity=Decimal(40 if supplier == "s-one" else 100),
                content_unit_code="H87",
                agreement_id={"s-one": AGREEMENT, "s-two": "a-other"}.get(supplier),
            ),
        ],
    )


def _setup(db: Database, store: CatalogueStore) -> CatalogueSearch:
    register_reference(db, NAMES, {AGREEMENT: "Kaffe", "a-other": "Annat"})
    for supplier, price in PRICES.items():
        _publish(store, supplier, price)
    return CatalogueSearch(db)


def _rows(search: CatalogueSearch, text: str, **filters: object) -> list[tuple[str, str]]:
    result = search.search(text, filters=SearchFilters(**filters))  # type: ignore[arg-type]
    return [(r.seller_item_id, str(r.price)) for r in search.rows(result.fetch_ids(0, 100))]


def test_one_row_per_product_with_its_cheapest_offer(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    search = _setup(catalogue_db, catalogue_store)
    rows = _rows(search, "kaffe")
    sellers = [s for s, _ in rows]
    assert "s-two-1" in sellers and "s-one-1" not in sellers and "s-three-1" not in sellers
    # The filters without GTIN: same name and pack grouped; another pack size is not.
    assert "s-two-2" in sellers and "s-one-2" not in sellers
    assert {"s-one-3", "s-two-3", "s-three-3"} <= set(sellers)
    assert len(sellers) == len(set(sellers)) == 5
    best = search.rows(search.search("mellanrost").fetch_ids(0, 10))[0]
    assert (best.supplier_id, best.offers) == ("s-two", 3)


def test_every_offer_is_one_step_away_best_first(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    _setup(catalogue_db, catalogue_store)
    any_offer = catalogue_store.find_item("s-three", "s-three-1")
    assert any_offer is not None
    offers = catalogue_store.offers(any_offer)
    assert [(o.supplier_id, o.price) for o in offers] == [
        ("s-two", Decimal("9.50")),
        ("s-one", Decimal("12.00")),
        ("s-three", Decimal("15.25")),
    ]
    alone = catalogue_store.find_item("s-one", "s-one-3")
    assert alone is not None
    assert [o.item_id for o in catalogue_store.offers(alone)] == [alone]


def test_a_supplier_filter_shows_that_suppliers_own_offer(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    search = _setup(catalogue_db, catalogue_store)
    assert ("s-three-1", "15.25") in _rows(search, "kaffe", supplier_id="s-three")


def test_best_offer_follows_price_changes_and_removals(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    search = _setup(catalogue_db, catalogue_store)
    _publish(catalogue_store, "s-three", "8.00")
    assert _rows(search, "mellanrost")[0] == ("s-three-1", "8.00")
    catalogue_store.remove_catalogue("s-three")
    catalogue_store.remove_catalogue("s-two")
    assert _rows(search, "mellanrost") == [("s-one-1", "12.00")]
    only = catalogue_store.find_item("s-one", "s-one-1")
    assert only is not None and len(catalogue_store.offers(only)) == 1


def test_a_ranked_cascade_puts_the_highest_ranked_supplier_first(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    search = _setup(catalogue_db, catalogue_store)
    ranked = Agreement(
        AGREEMENT,
        "RA-1",
        "Kaffe",
        CallOffMethod.RANKED,
        date(2024, 1, 1),
        None,
        True,
        ("s-three", "s-one", "s-two"),
    )
    ReferenceRepository(catalogue_db).replace_agreements([ranked])
    assert _rows(search, "mellanrost")[0] == ("s-three-1", "15.25")
    first = catalogue_store.find_item("s-two", "s-two-1")
    assert first is not None
    assert [o.supplier_id for o in catalogue_store.offers(first)] == ["s-three", "s-one", "s-two"]


def test_paging_past_the_head_shows_each_product_once(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    register_reference(catalogue_db, NAMES, {AGREEMENT: "Kaffe"})
    for supplier, price in (("s-one", "5.00"), ("s-two", "4.00")):
        catalogue_store.replace_catalogue(
            supplier,
            [
                catalogue_line(
                    f"{supplier}-{n}",
                    f"Kaffe sort {n} 500 g",
                    supplier_id=supplier,
                    gtin=f"73{n:011d}",
                    price=Decimal(price),
                    agreement_id=AGREEMENT,
                )
                for n in range(400)
            ],
        )
    search = CatalogueSearch(catalogue_db)
    result = search.search("kaffe", limit=20)
    assert result.count() == 400
    rows = search.rows(result.fetch_ids(0, 400))
    assert {r.supplier_id for r in rows} == {"s-two"}
    assert len({r.item_id for r in rows}) == 400


def test_results_sort_by_price_unit_price_supplier_and_saving(
    catalogue_db: Database, catalogue_store: CatalogueStore
) -> None:
    register_reference(catalogue_db, {"s-a": "Östra AB", "s-b": "Alfa AB"}, {AGREEMENT: "K"})
    lines = [  # (seller, supplier, price, content, list price)
        ("k1", "s-a", "30.00", 1000, "40.00"),  # 0.030 a gram, saves 25 %
        ("k2", "s-b", "20.00", 500, "21.00"),  # 0.040 a gram, saves 4.8 %
        ("k3", "s-a", "25.00", 250, None),  # 0.100 a gram, no list price
    ]
    for supplier in ("s-a", "s-b"):
        catalogue_store.replace_catalogue(
            supplier,
            [
                catalogue_line(
                    seller,
                    f"Kaffe {seller} {content} g",
                    supplier_id=supplier,
                    price=Decimal(price),
                    content_quantity=Decimal(content),
                    content_unit_code="GRM",
                    list_price=None if listed is None else Decimal(listed),
                    agreement_id=AGREEMENT,
                )
                for seller, owner, price, content, listed in lines
                if owner == supplier
            ],
        )
    search = CatalogueSearch(catalogue_db)
    result = search.search("kaffe")

    def order(by: ResultOrder) -> list[str]:
        return [r.seller_item_id for r in search.rows(result.ordered(by))]

    assert order(ResultOrder.PRICE) == ["k2", "k3", "k1"]
    assert order(ResultOrder.UNIT_PRICE) == ["k1", "k2", "k3"]
    assert order(ResultOrder.SUPPLIER)[0] == "k2"  # Alfa before Östra
    assert order(ResultOrder.SAVING) == ["k1", "k2", "k3"]
    assert sorted(order(ResultOrder.RELEVANCE)) == ["k1", "k2", "k3"]
