"""One product, several suppliers, on the demo: the demo server's catalogues synced into
a real store, searched for many words: one row per product on an agreement, its best
offer, the supplier shown, the other offers one step away in the item pane, where
choosing one and "Add to cart" adds that supplier's offer."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from desktop.domain.reference import CallOffMethod
from desktop.storage.catalogue_views import ItemRow
from desktop.storage.search_sort import ResultOrder
from desktop.storage.text_fold import folded_words
from desktop.ui.find.offers import OffersModel
from desktop.ui.find.results_model import FindResultsModel
from tests.desktop.ui.find.test_view import make_view, search, shown_rows
from tests.fixtures.find_ui import STORE_FILE, FindEnv

UNIT = "u-forskola-solrosen"
NEEDS = ["blöjor", "kaffe", "kopieringspapper", "handskar", "mjölk", "bröd", "te", "k", "s"]


def _words(env: FindEnv, count: int) -> list[str]:
    """Words of the demo's item names, spread over the catalogue."""
    con = sqlite3.connect(env.data_dir / STORE_FILE)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM catalogue_items ORDER BY item_id")]
    finally:
        con.close()
    found: dict[str, None] = {}
    for name in names[:: max(1, len(names) // (4 * count))]:
        found.update(dict.fromkeys(w for w in folded_words(name) if w.isalpha()))
    return list(found)[:count]


def _product(row: ItemRow) -> tuple[object, ...] | None:
    """What makes two agreement rows the same product: the GTIN, else the name's words
    and the pack."""
    if row.agreement_id is None:
        return None
    if row.gtin:
        return (row.agreement_id, row.gtin)
    content = None if row.content_quantity is None else row.content_quantity.normalize()
    pack = (content, row.content_unit_code) if content else (row.unit_code,)
    return (row.agreement_id, tuple(folded_words(row.name)), *pack)


def _comparable(row: ItemRow) -> Decimal | None:
    unit = row.unit_price
    return unit / row.content_quantity if unit is not None and row.content_quantity else unit


def test_no_dearer_identical_offer_comes_before_a_cheaper_one(find_env: FindEnv) -> None:
    service = find_env.service
    grouped = 0
    for text in NEEDS + _words(find_env, 40):
        result = service.search.search(text, limit=200)
        rows = service.rows(result.fetch_ids(0, 300))
        keys = [k for k in map(_product, rows) if k is not None]
        assert len(keys) == len(set(keys)), f"{text!r}: a product shown twice"
        for row in rows:
            if row.offers < 2:
                continue
            grouped += 1
            offers = service.offers(row.item_id)
            assert len(offers) == row.offers and offers[0].item_id == row.item_id, text
            if offers[0].call_off != CallOffMethod.RANKED.value:
                prices = [_comparable(o) for o in offers]
                assert prices == sorted(prices, key=lambda p: (p is None, p)), text
    assert grouped > 20  # the demo's suppliers share products


def test_blojor_one_row_per_product_the_others_one_step_away(
    qtbot: Any, qtmodeltester: Any, find_env: FindEnv
) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "blöjor")
    table = view.table
    rows = shown_rows(qtbot, view, 30)
    at = next(i for i, r in enumerate(rows) if r.offers > 1)
    assert view.model.data(view.model.index(at, FindResultsModel.SUPPLIER)) == (
        rows[at].supplier_name
    )
    name = str(view.model.data(view.model.index(at, FindResultsModel.NAME)))
    more = rows[at].offers - 1
    assert name.startswith(f"{rows[at].name}\n{rows[at].supplier_name} · +{more} ")
    qtmodeltester.check(view.model)

    panel = view.pane.offers
    table.setFocus()
    table.setCurrentIndex(view.model.index(at, 0))

    def listed() -> bool:
        first = panel.model.offer(0)
        return panel.isVisible() and first is not None and first.item_id == rows[at].item_id

    qtbot.waitUntil(listed, timeout=10_000)
    qtmodeltester.check(panel.model)
    offers = [panel.model.offer(r) for r in range(panel.model.rowCount())]
    assert len(offers) == rows[at].offers
    listed_first = str(panel.model.data(panel.model.index(0, OffersModel.OFFER)))
    assert listed_first.startswith(rows[at].supplier_name + "\n")
    heading = panel.heading.text()
    assert str(len(offers)) in heading

    # Choose the second offer: the pane shows it, and "Add to cart" adds it.
    second = offers[1]
    assert second is not None and second.supplier_id != rows[at].supplier_id
    rect = panel.table.visualRect(panel.model.index(1, OffersModel.OFFER))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: view.pane.detail is not None and view.pane.detail.item_id == second.item_id,
        timeout=10_000,
    )
    assert view.pane.values["supplier"].text() == second.supplier_name
    with qtbot.waitSignal(view.cart_changed, timeout=10_000):
        qtbot.mouseClick(view.pane.add_button, Qt.MouseButton.LeftButton)
    cart = find_env.service.orders.cart(UNIT)
    assert [(ln.supplier_id, ln.seller_item_id) for ln in cart.lines] == [
        (second.supplier_id, second.seller_item_id)
    ]


def test_sort_by_price_then_back_to_the_best_match(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "kaffe")
    best_match = [r.item_id for r in shown_rows(qtbot, view, 20)]
    combo = view.sorting.combo
    assert combo.currentData() == ResultOrder.RELEVANCE.value
    at = combo.findData(ResultOrder.PRICE.value)
    with qtbot.waitSignal(view.sorting.ordered, timeout=15_000):
        combo.setCurrentIndex(at)
    rows = shown_rows(qtbot, view, 40)
    prices = [r.unit_price for r in rows if r.unit_price is not None]
    assert prices == sorted(prices) and len(prices) > 20
    # The next search keeps the order.
    search(qtbot, view, "blöjor")
    qtbot.waitUntil(lambda: view.sorting.ordered_answer is view.answer, timeout=15_000)
    rows = shown_rows(qtbot, view, 30)
    assert view.answer is not None and view.answer.query.text == "blöjor"
    prices = [r.unit_price for r in rows if r.unit_price is not None]
    assert prices == sorted(prices)
    with qtbot.waitSignal(view.searched, timeout=15_000):
        combo.setCurrentIndex(combo.findData(ResultOrder.RELEVANCE.value))
    search(qtbot, view, "kaffe")
    assert [r.item_id for r in shown_rows(qtbot, view, 20)] == best_match
