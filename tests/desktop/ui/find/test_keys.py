"""The keyboard path through Find on a real synced store: the kindergarten teacher's
coffee order with the keyboard alone, and the way to the office when nothing is found."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.find.view import FindView
from tests.desktop.ui.find.test_view import make_view, search
from tests.fixtures.find_ui import FindEnv

UNIT = "u-forskola-solrosen"


def _active_view(qtbot: Any, env: FindEnv) -> FindView:
    view = make_view(qtbot, env)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    view.search_edit.setFocus()
    qtbot.waitUntil(view.search_edit.hasFocus, timeout=5000)
    return view


def test_coffee_by_keyboard_down_enter_quantity_enter(qtbot: Any, find_env: FindEnv) -> None:
    view = _active_view(qtbot, find_env)
    search(qtbot, view, "kaffe")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    assert view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    wanted = view.model.item_id(1)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    # Enter waits for the item's details, then asks how many: typing replaces the number.
    qtbot.waitUntil(view.pane.quantity.hasFocus, timeout=10_000)
    assert view.pane.detail is not None and view.pane.detail.item_id == wanted
    qtbot.keyClicks(view.pane.quantity, "3")
    with qtbot.waitSignal(view.cart_changed, timeout=10_000) as changed:
        qtbot.keyClick(view.pane.quantity, Qt.Key.Key_Return)
    assert changed.args == [UNIT]
    cart = find_env.service.orders.cart(UNIT)
    assert [(ln.seller_item_id, ln.quantity) for ln in cart.lines] == [
        (view.pane.detail.seller_item_id, Decimal(3))
    ]
    # A clear confirmation beside the item, and the search box ready for the next need.
    assert view.pane.added.isVisible()
    assert "3" in view.pane.added.text() and "Ctrl+2" in view.pane.added.text()
    assert QApplication.focusWidget() is view.search_edit
    assert view.search_edit.selectedText() == "kaffe"


def test_choosing_another_item_clears_the_confirmation(qtbot: Any, find_env: FindEnv) -> None:
    view = make_view(qtbot, find_env)
    search(qtbot, view, "kaffe")
    first = view.model.item_id(0)
    qtbot.waitUntil(lambda: getattr(view.pane.detail, "item_id", None) == first, timeout=10_000)
    with qtbot.waitSignal(view.cart_changed, timeout=10_000):
        qtbot.mouseClick(view.pane.add_button, Qt.MouseButton.LeftButton)
    assert view.pane.added.isVisible()
    with qtbot.waitSignal(view.item_shown, timeout=10_000):
        view.table.selectRow(2)
    assert not view.pane.added.isVisible()


def test_down_from_an_empty_search_goes_to_the_office(qtbot: Any, find_env: FindEnv) -> None:
    view = _active_view(qtbot, find_env)
    search(qtbot, view, "qxzvbnm")
    qtbot.waitUntil(view.empty_box.isVisible, timeout=10_000)  # once counted
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.bottom_ask.hasFocus()
