"""The order detail on the orders server: when and where it is delivered, who ordered it
(their name), its state in words; the Confirmed column only once the supplier confirmed."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale

from desktop.domain.order import OrderState
from desktop.ui.orders.model import OrderLinesModel
from desktop.ui.orders.page import OrdersPage
from tests.fixtures.orders import sample_order
from tests.fixtures.orders_ui import UNIT, catalogue_item


def test_the_detail_says_when_where_and_who(qtbot: Any, orders_env: Any) -> None:
    env = orders_env()
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 1), Decimal("3"))
    day = env.service.review(UNIT).drop_dates[2]
    (entry,) = env.service.place(UNIT, requested_date=day).placed
    page = OrdersPage(env.tasks, env.controller)
    qtbot.addWidget(page)
    page.set_unit(UNIT, env.me)
    qtbot.waitUntil(lambda: page.select_order(entry.order.id), timeout=10_000)
    text = page.details.toPlainText()
    long_day = QLocale().toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
    )
    delivery = entry.order.delivery
    assert f"Delivery {long_day} to {delivery.location_name}" in text
    assert delivery.location_address.street in text
    assert f"Ordered by {env.me.display_name}." in text and "orderer" not in text.split()
    assert "Status: Queued" in text
    confirmed = page.lines_model.index(0, OrderLinesModel.CONFIRMED)
    assert page.lines_model.data(confirmed) == ""  # queued: the supplier has said nothing
    env.send()
    page.reload()
    qtbot.waitUntil(lambda: "Status: Sent" in page.details.toPlainText(), timeout=10_000)
    assert page.lines_model.data(page.lines_model.index(0, OrderLinesModel.CONFIRMED)) == ""


def test_the_confirmed_column_fills_only_when_confirmed(qtbot: Any) -> None:
    order = sample_order(state=OrderState.CHANGED)
    line = replace(order.lines[0], changed_quantity=Decimal("6"))
    model = OrderLinesModel()
    model.set_lines([line], order.currency, confirmed=False)
    assert model.data(model.index(0, OrderLinesModel.CONFIRMED)) == ""
    model.set_lines([line], order.currency, confirmed=True)
    assert model.data(model.index(0, OrderLinesModel.CONFIRMED)) == "10 → 6"
    assert "SEK" in model.data(model.index(0, OrderLinesModel.PRICE))
