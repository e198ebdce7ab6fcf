"""Order again from the Orders page: the order's items still in the catalogue go into the
cart at today's prices; the summary names what is gone and what changed price."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from desktop.domain.order import OrderLine
from desktop.services.find import FindQuery
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from tests.fixtures.find_ui import FindEnv
from tests.fixtures.orders import sample_new_order, sample_order


def test_order_again_fills_the_cart_and_says_what_changed(qtbot: Any, find_env: FindEnv) -> None:
    env = find_env
    window = MainWindow(
        env.services, env.tasks, env.services.auth.me, online=True, monitor_interval_ms=60_000
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_unit_id() is not None, timeout=15_000)
    unit = window.current_unit_id()
    assert unit is not None
    answer = env.service.query(FindQuery("kaffe", "sv"), date.today())
    rows = env.service.rows(answer.result.fetch_ids(0, 200))
    row = next(r for r in rows if r.agreement_id and r.price and not r.min_order_quantity)
    assert row.price is not None
    earlier = replace(
        sample_order(unit_id=unit, supplier_id=row.supplier_id),
        agreement_id=row.agreement_id,
        lines=(
            OrderLine(
                "1",
                row.seller_item_id,
                row.name,
                Decimal("3"),
                row.unit_code,
                row.price - Decimal("5.00"),
                row.base_quantity,
            ),
            OrderLine("2", "GONE-404", "Utgången vara", Decimal("1"), "XPK", Decimal("9.90")),
        ),
    )
    env.services.ordering.orders.place([sample_new_order(earlier)], "orderer", datetime.now(UTC))
    window.show_place(Place.ORDERS)
    page = window.orders_page
    page.reload()
    qtbot.waitUntil(lambda: page.select_order(earlier.id), timeout=10_000)
    action = window.orders.reorder
    qtbot.waitUntil(action.button.isEnabled, timeout=5_000)
    qtbot.mouseClick(action.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: action.dialog is not None, timeout=10_000)
    assert action.dialog is not None
    summary = action.dialog.text.toPlainText()
    assert "1 item put in the cart at today's price." in summary
    assert "Utgången vara" in summary
    assert f"{row.name}: was " in summary
    cart = env.services.ordering.cart(unit)
    (line,) = cart.lines
    assert line.seller_item_id == row.seller_item_id and line.quantity == 3
    assert line.price == row.price  # today's price, not the order's
    entry = window.navigation.item(Place.CART.value)
    qtbot.waitUntil(lambda: entry.text() == "Cart (1)", timeout=10_000)
    window.close()
