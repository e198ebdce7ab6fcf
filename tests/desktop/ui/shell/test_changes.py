"""The change bus in the real main window: a line added in Find reaches the cart (with the
reason given for buying beside the agreement), and an order placed in the cart reaches
the Orders page and the status bar; nobody calls another place directly."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from desktop.services.find import FindQuery
from desktop.ui.shell.changes import Change, ChangeBus, Changes
from desktop.ui.shell.main_window import MainWindow
from tests.fixtures.find_ui import FindEnv


def test_announce_emits_one_typed_change(qtbot: Any) -> None:
    bus = ChangeBus()
    with qtbot.waitSignal(bus.changed, timeout=1000) as seen:
        bus.announce(Change.CART, Change.ORDERS, unit_id="u-1", placed=2)
    changes: Changes = seen.args[0]
    assert changes.what == frozenset({Change.CART, Change.ORDERS})
    assert Change.CART in changes and Change.REQUESTS not in changes
    assert changes.placed == 2
    assert changes.for_unit("u-1") and not changes.for_unit("u-2")
    assert Changes(frozenset({Change.REFERENCE})).for_unit("u-2")


def test_find_to_cart_to_orders_goes_through_the_bus(qtbot: Any, find_env: FindEnv) -> None:
    env = find_env
    window = MainWindow(
        env.services, env.tasks, env.services.auth.me, online=True, monitor_interval_ms=60_000
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_unit_id() is not None, timeout=15_000)
    unit = window.current_unit_id()
    seen: list[Changes] = []
    notices: list[str] = []  # the status line as each place has handled the change

    def follow(changes: Changes) -> None:
        seen.append(changes)
        notices.append(window.status.notice.text())

    window.changes.changed.connect(follow)

    answer = env.service.query(FindQuery("kaffe", "sv"), date.today())
    rows = env.service.rows(answer.result.fetch_ids(0, 2000))
    item = next(  # coffee beside the agreement (not tea of a brand named for coffee)
        r
        for r in rows
        if r.agreement_id is None
        and (detail := env.service.item(r.item_id, "sv")) is not None
        and detail.cpv_code == "15861000"
    )
    view = window.find_page
    view.find_actions.add_to_cart(item.item_id, Decimal(2))
    qtbot.waitUntil(lambda: view.find_actions.dialog is not None, timeout=10_000)
    dialog = view.find_actions.dialog
    dialog.reason_edit.setText("Till fikat i dag")
    qtbot.mouseClick(dialog.go_on_button, Qt.MouseButton.LeftButton)

    cart = window.cart_page
    qtbot.waitUntil(lambda: cart.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: cart.reason.text() == "Till fikat i dag", timeout=10_000)
    assert any(Change.CART in c and c.unit_id == unit for c in seen)

    me = env.services.auth.me
    env.services.order_follow_up.sync(me)  # the unit's accounts and budget
    cart.reload()
    qtbot.waitUntil(lambda: cart.place_button.isEnabled(), timeout=10_000)
    cart.place()
    qtbot.waitUntil(lambda: any(c.placed == 1 for c in seen), timeout=10_000)
    orders = window.orders_page
    qtbot.waitUntil(lambda: orders.model.rowCount() >= 1, timeout=10_000)  # shared server
    placed_at = next(i for i, c in enumerate(seen) if c.placed)
    placed = seen[placed_at]
    assert notices[placed_at] == "The order is queued to be sent."
    assert {Change.CART, Change.ORDERS, Change.OUTBOX} <= placed.what
    # Sent: the "queued" notice belongs to its moment and goes with it.
    queued = "The order is queued to be sent."
    qtbot.waitUntil(lambda: window.status.notice.text() != queued, timeout=30_000)
    window.close()
