"""End to end, as in the demo: an order placed while the server is down is sent when it
comes back, accepted by the supplier's Order Response, and received in part.

Real central API process, real app services and main window (offscreen), real store.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt

from desktop.domain.order import OrderState
from desktop.domain.order_followup import OrderAnswer, ResponseCode
from desktop.peppol.order_mapping import answer_xml, seller_party
from desktop.peppol.parties import Party
from desktop.ui.orders.receipt_dialog import ReceiptDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from tests.fixtures.central_api_server import StartCentralApi
from tests.fixtures.orders_ui import UNIT, catalogue_item
from tests.fixtures.qt_app import UiEnvFactory

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_offline_order_is_sent_on_return_answered_and_received_in_part(
    qtbot: Any, ui_env: UiEnvFactory, start_central_api: StartCentralApi
) -> None:
    server = start_central_api()
    env = ui_env(server_url=server.url)
    services = env.services
    services.auth.sign_in(server.url, "orderer", "demo", remember=False)
    services.sync.sync()
    window = MainWindow(services, env.tasks, services.auth.me, online=True, monitor_interval_ms=300)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_loaded, timeout=20_000):
        window.show()
    orders = window.orders
    orders.controller.follow_up.sync(services.auth.me)  # accounts, budget, drop days
    window.unit_combo.setCurrentIndex(window.unit_combo.findData(UNIT))

    server.stop()  # the network is gone
    qtbot.waitUntil(lambda: window.status.online is False, timeout=20_000)
    orders.controller.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", 1), Decimal("10"))
    window.show_place(Place.CART)
    cart = window.cart_page
    cart.reload()
    qtbot.waitUntil(cart.place_button.isEnabled, timeout=20_000)
    with qtbot.waitSignal(cart.placed, timeout=20_000):
        qtbot.mouseClick(cart.place_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: orders.outbox.count == 1, timeout=20_000)
    assert "1 item waiting to be sent" in orders.outbox.text()
    (entry,) = orders.controller.service.entries([UNIT])
    order_id = entry.order.id

    server.start()  # back: the monitor sees it and the sender goes at once
    qtbot.waitUntil(lambda: orders.outbox.count == 0, timeout=30_000)

    def state() -> OrderState | None:
        found = orders.controller.service.orders.entry(order_id)
        return found.order.state if found is not None else None

    # 202, then the server's checks: the app follows up by itself while it checks
    qtbot.waitUntil(lambda: state() is OrderState.SENT, timeout=30_000)
    sent = orders.controller.service.orders.entry(order_id)
    assert sent is not None and sent.order.server_id

    supplier = services.reference.supplier("s-coffee-1")
    assert supplier is not None
    answer = OrderAnswer(ResponseCode.ACCEPTED, datetime.now(UTC), "Levereras torsdag")
    document = answer_xml(
        order_id, answer, seller_party(supplier), Party("2120000001", "0007", "Ekby kommun", "SE")
    )
    response = requests.post(
        f"{server.url}/orders/{sent.order.server_id}/response",
        data=document,
        timeout=10,
        headers={
            "Authorization": f"Bearer {server.token('procurement')}",
            "Content-Type": "application/xml",
        },
    )
    assert response.status_code == 200, response.text

    with qtbot.waitSignal(orders.controller.notice, timeout=20_000) as notice:
        orders.controller.sync_follow_up()  # the next sync brings the answer
    assert "Accepted" in notice.args[0]
    window.show_place(Place.ORDERS)
    page = window.orders_page
    qtbot.waitUntil(lambda: page.select_order(order_id), timeout=20_000)
    qtbot.waitUntil(lambda: "Accepted" in page.details.toPlainText(), timeout=20_000)
    page.receive_selected()
    assert isinstance(page.dialog, ReceiptDialog)
    page.dialog.set_received("1", Decimal("4"))
    page.dialog.accept()
    qtbot.waitUntil(lambda: "Partly delivered" in page.details.toPlainText(), timeout=20_000)
    received = orders.controller.service.orders.entry(order_id)
    assert received is not None and received.order.state is OrderState.PARTLY_DELIVERED
    assert received.order.lines[0].received_quantity == Decimal("4")
    window.close()
