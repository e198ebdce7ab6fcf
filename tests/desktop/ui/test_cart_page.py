"""The Cart place on real services: lines, plain-words problems, placing."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.cart_page import CartPage
from desktop.ui.models.cart_model import CartModel
from tests.fixtures.orders_ui import UNIT, catalogue_item


def _page(qtbot: Any, env: Any) -> CartPage:
    page = CartPage(env.tasks, env.service)
    qtbot.addWidget(page)
    page.set_unit(UNIT)
    return page


def test_the_cart_explains_what_blocks_and_places_when_fixed(
    qtbot: Any, qtmodeltester: Any, orders_env: Any
) -> None:
    env = orders_env()
    env.service.add_to_cart(UNIT, catalogue_item("s-bakery-1", 1, "10.00"), Decimal("2"))
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 1), Decimal("1"))
    page = _page(qtbot, env)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(page.model)
    qtbot.waitUntil(lambda: "takes orders from" in page.review.toPlainText(), timeout=10_000)
    assert not page.place_button.isEnabled()
    assert "2 orders, one per supplier" in page.review.toPlainText()
    assert "Delivered to Ekby omlastningscentral" in page.delivery.text()
    assert page.date_combo.count() > 1
    bakery = 0 if page.model.line_at(0).supplier_id == "s-bakery-1" else 1
    page.model.setData(page.model.index(bakery, CartModel.QUANTITY), "60")
    qtbot.waitUntil(page.place_button.isEnabled, timeout=10_000)
    assert page.model.data(page.model.index(bakery, CartModel.AMOUNT)) == "600.00"
    with qtbot.waitSignal(page.placed, timeout=10_000) as placed:
        qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)
    assert placed.args == [2]
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert env.service.outbox_count("orderer") == 2
    assert "2 orders are placed" in page.message.text()


def test_typing_a_non_number_is_refused_kindly(qtbot: Any, orders_env: Any) -> None:
    env = orders_env()
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 1), Decimal("1"))
    page = _page(qtbot, env)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert not page.model.setData(page.model.index(0, CartModel.QUANTITY), "många")
    assert "is not a quantity" in page.message.text()
    page.table.selectRow(0)
    page.remove_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert "empty" in page.review.toPlainText()
