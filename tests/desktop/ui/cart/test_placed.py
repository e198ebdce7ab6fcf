"""After placing: the confirmation with numbers, date and address; quantities refused in
words next to the table; a removal undone; the demo server and real widgets throughout."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import holidays
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.domain.delivery_calendar import CLOSED_CATEGORIES
from desktop.ui.cart.model import CartModel
from desktop.ui.cart.page import CartPage
from desktop.ui.shell.formats import money_text
from tests.fixtures.orders_ui import UNIT, catalogue_item


def _page(qtbot: Any, env: Any) -> CartPage:
    page = CartPage(env.tasks, env.service)
    qtbot.addWidget(page)
    page.set_unit(UNIT)
    page.show()
    return page


def test_the_confirmation_names_the_orders_the_day_and_the_place(
    qtbot: Any, orders_env: Any
) -> None:
    env = orders_env()
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 1, "300.00"), Decimal("2"))
    env.service.add_to_cart(UNIT, catalogue_item("s-office-1", 1, "300.00"), Decimal("2"))
    page = _page(qtbot, env)
    qtbot.waitUntil(page.place_button.isEnabled, timeout=10_000)
    page.date_combo.setCurrentIndex(2)  # the second delivery day offered
    chosen = page.date_combo.currentText()
    before = {e.order.id for e in env.service.entries([UNIT])}  # synced from earlier tests
    with qtbot.waitSignal(page.placed, timeout=10_000):
        qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)
    dialog = page.confirmation
    assert dialog is not None and dialog.isVisible()
    placed = [e for e in env.service.entries([UNIT]) if e.order.id not in before]
    rows = [dialog.orders.topLevelItem(i) for i in range(dialog.orders.topLevelItemCount())]
    assert {row.text(0) for row in rows if row} == {e.order.label for e in placed}
    assert {row.text(2) for row in rows if row} == {money_text(Decimal("600"), "SEK")} and len(
        placed
    ) == 2
    assert chosen in dialog.delivery.text()
    assert "Ekby omlastningscentral" in dialog.delivery.text()  # the hub, for the unit
    assert "Förskolan Solrosen" in dialog.delivery.text()
    with qtbot.waitSignal(page.follow_orders, timeout=5_000):
        qtbot.mouseClick(dialog.follow_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


@pytest.mark.parametrize("country", ["SE", "DK", "NO"])
def test_the_delivery_picker_never_offers_a_holiday(
    qtbot: Any, orders_env: Any, country: str
) -> None:
    """A Christmas week in a Swedish, Danish or Norwegian municipality (its units' country
    as the server sends it), against the official calendars of the ``holidays`` package."""
    env = orders_env()
    reference = env.env.services.reference
    units = [replace(u, address=replace(u.address, country=country)) for u in reference.units()]
    reference.replace_units(units)
    env.service.clock = lambda: datetime(2026, 12, 18, 9, 0, tzinfo=UTC)  # a Friday
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 1), Decimal("2"))
    page = _page(qtbot, env)
    qtbot.waitUntil(lambda: page.date_combo.count() > 1, timeout=10_000)
    offered = [page.date_combo.itemData(i) for i in range(1, page.date_combo.count())]
    calendar = holidays.country_holidays(
        country, years=(2026, 2027), categories=CLOSED_CATEGORIES[country]
    )
    assert offered[0] == date(2026, 12, 22)  # the hub's Tuesday of Christmas week
    assert len(offered) == 10 and not [d for d in offered if d in calendar]
    assert date(2026, 12, 24) in calendar or date(2026, 12, 24) in offered


def _type_quantity(qtbot: Any, page: CartPage, typed: str) -> None:
    """Select the first line's quantity, press F2, type ``typed`` over it, press Enter."""
    qtbot.waitUntil(lambda: page.table.viewport().findChild(QLineEdit) is None, timeout=5_000)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, CartModel.QUANTITY))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("0", "0 does not remove the item"),
        ("-3", "cannot be negative"),
        ("-", "is not a quantity"),
        ("två", "is not a quantity"),
        ("99999999", "more than one order line takes"),
        ("1,5", "whole units"),
    ],
)
def test_a_refused_quantity_says_why_next_to_the_table(
    qtbot: Any, orders_env: Any, typed: str, words: str
) -> None:
    env = orders_env()
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 1), Decimal("3"))
    page = _page(qtbot, env)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    index = page.model.index(0, CartModel.QUANTITY)
    _type_quantity(qtbot, page, typed)
    qtbot.waitUntil(lambda: words in page.quantity_problem.text(), timeout=5_000)
    assert page.quantity_problem.isVisible()
    assert env.service.cart(UNIT).lines[0].quantity == 3  # nothing changed, nothing deleted
    assert page.model.data(index) == "3"
    _type_quantity(qtbot, page, "4")
    qtbot.waitUntil(lambda: env.service.cart(UNIT).lines[0].quantity == 4, timeout=10_000)
    assert not page.quantity_problem.isVisible()  # the message left with its moment


def test_a_removed_line_comes_back_with_undo(qtbot: Any, orders_env: Any) -> None:
    env = orders_env()
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 1), Decimal("5"))
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 2), Decimal("1"))
    page = _page(qtbot, env)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.removed_bar.isVisible()
    assert "“Vara 1 från s-coffee-1” was removed" in page.removed_bar.text.text()
    qtbot.mouseClick(page.removed_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    line = env.service.cart(UNIT).line("s-coffee-1", "s-coffee-1-1")
    assert line is not None and line.quantity == 5
    assert not page.removed_bar.isVisible()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
