"""The Cart entry of the side list counts the lines of the unit's cart, kept up to date
through the change bus; the confirmation after placing leads to Orders."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from desktop.services.find import FindQuery
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from tests.fixtures.find_ui import FindEnv


def test_the_cart_entry_counts_lines_and_placing_leads_to_orders(
    qtbot: Any, find_env: FindEnv
) -> None:
    env = find_env
    window = MainWindow(
        env.services, env.tasks, env.services.auth.me, online=True, monitor_interval_ms=60_000
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_unit_id() is not None, timeout=15_000)
    entry = window.navigation.item(Place.CART.value)
    qtbot.waitUntil(lambda: entry.text() == "Cart", timeout=10_000)

    answer = env.service.query(FindQuery("kaffe", "sv"), date.today())
    rows = env.service.rows(answer.result.fetch_ids(0, 2000))
    under = [r for r in rows if r.agreement_id is not None][:2]
    for item in under:
        window.find_page.find_actions.add_to_cart(item.item_id, Decimal(15))  # over minimums
        qtbot.wait(50)
    qtbot.waitUntil(lambda: entry.text() == "Cart (2)", timeout=10_000)
    assert entry.data(Qt.ItemDataRole.AccessibleTextRole) == "Cart, Lines in the cart: 2"

    cart = window.cart_page
    window.show_place(Place.CART)
    cart.table.setFocus()
    cart.table.selectRow(0)
    qtbot.keyClick(cart.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: entry.text() == "Cart (1)", timeout=10_000)

    env.services.order_follow_up.sync(env.services.auth.me)  # accounts and budget
    cart.reload()
    qtbot.waitUntil(cart.place_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(cart.place_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cart.confirmation is not None, timeout=10_000)
    qtbot.waitUntil(lambda: entry.text() == "Cart", timeout=10_000)
    assert cart.confirmation is not None
    qtbot.mouseClick(cart.confirmation.follow_button, Qt.MouseButton.LeftButton)
    assert window.current_place() is Place.ORDERS
    window.close()
