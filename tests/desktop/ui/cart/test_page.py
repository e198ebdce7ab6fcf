"""The Cart place on real services: lines, plain-words problems, placing."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from desktop.ui.cart.model import CartModel
from desktop.ui.cart.page import CartPage
from desktop.ui.shell.formats import money_text
from desktop.ui.shell.style import style_sheet
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
    assert page.model.data(page.model.index(bakery, CartModel.AMOUNT)) == money_text(
        Decimal(600), "SEK"
    )
    with qtbot.waitSignal(page.placed, timeout=10_000) as placed:
        qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)
    assert placed.args == [2]
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert env.service.outbox_count("orderer") == 2
    qtbot.waitUntil(lambda: page.confirmation is not None, timeout=10_000)
    assert page.confirmation is not None
    assert "2 orders placed" in page.confirmation.heading.text()
    assert page.confirmation.orders.topLevelItemCount() == 2


def test_typing_a_non_number_is_refused_kindly(qtbot: Any, orders_env: Any) -> None:
    env = orders_env()
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 1), Decimal("1"))
    page = _page(qtbot, env)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert not page.model.setData(page.model.index(0, CartModel.QUANTITY), "många")
    assert "is not a quantity" in page.quantity_problem.text()
    page.table.selectRow(0)
    page.remove_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert "empty" in page.review.toPlainText()


def test_one_order_is_placed_with_its_whole_button_and_plain_words(
    qtbot: Any, orders_env: Any
) -> None:
    env = orders_env()
    page = _page(qtbot, env)
    page.setStyleSheet(style_sheet())  # the app's: the default button in bold
    page.resize(1032, 700)
    page.show()
    qtbot.waitUntil(lambda: "empty" in page.review.toPlainText(), timeout=10_000)
    # An empty cart offers nothing to fill in and no "Place 0 orders".
    assert not page.date_combo.isVisible() and not page.note.isVisible()
    assert not page.reason.isVisible()
    assert page.place_button.text() == "&Place the order"
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 1), Decimal("2"))
    page.reload()
    qtbot.waitUntil(page.place_button.isEnabled, timeout=10_000)
    assert page.date_combo.isVisible() and page.note.isVisible()
    assert page.model.data(page.model.index(0, CartModel.UNIT)) == "pack"  # not "XPK"
    bold = QFont(page.place_button.font())
    bold.setBold(True)  # the style sheet makes the default button bold
    needed = QFontMetrics(bold).horizontalAdvance("Place the order")
    assert page.place_button.width() >= needed + 24
    with qtbot.waitSignal(page.placed, timeout=10_000):
        qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)
    assert page.confirmation is not None and page.confirmation.isVisible()
    assert "1 order placed" in page.confirmation.heading.text()
    assert page.message.text() == ""  # no message stays under the next cart
    page.set_unit("u-forskola-eken")
    assert page.message.text() == ""
