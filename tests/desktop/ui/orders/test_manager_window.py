"""A manager in the real main window on the orders server: a count on Orders while orders
wait, a notice when one arrives, and the approval dialog with its context. An orderer is
not offered Spend; on Spend only Spend's own unit picker shows."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.orders.approval_dialog import ApprovalDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.places import Place
from tests.fixtures.orders_ui import UNIT, catalogue_item

NOTE = "Till sommarfesten, tack!"


def _place_big_order(env: Any, n: int) -> str:
    env.service.add_to_cart(UNIT, catalogue_item("s-coffee-1", n), Decimal("100"))
    (entry,) = env.service.place(UNIT, note=NOTE).placed
    env.send()
    return str(entry.order.id)


def _window(qtbot: Any, env: Any) -> MainWindow:
    services = env.env.services
    window = MainWindow(services, env.tasks, services.auth.me, online=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_loaded, timeout=10_000):
        window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def _go(qtbot: Any, window: MainWindow, place: Place) -> None:
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + place.value), Qt.KeyboardModifier.ControlModifier)


def test_manager_sees_the_count_and_decides_with_context(qtbot: Any, orders_env: Any) -> None:
    orderer = orders_env()
    first = _place_big_order(orderer, 1)
    manager = orders_env("manager")
    window = _window(qtbot, manager)
    navigation = window.navigation
    # The shared demo server may hold other tests' orders waiting too: counts are relative.
    qtbot.waitUntil(lambda: navigation.count_of(Place.ORDERS) >= 1, timeout=10_000)
    base = navigation.count_of(Place.ORDERS)
    row = navigation.item(Place.ORDERS.value)
    assert row.text().endswith(f"({base})")
    assert f"Waiting for your approval: {base}" in row.data(Qt.ItemDataRole.AccessibleTextRole)

    _place_big_order(orderer, 2)  # another arrives while the window is open
    window.orders.controller.sync_follow_up()
    notice = window.status.notice
    qtbot.waitUntil(lambda: "waits for your approval" in notice.toolTip(), timeout=10_000)
    assert orderer.me.display_name in notice.toolTip()  # the name, not the username
    qtbot.waitUntil(lambda: navigation.count_of(Place.ORDERS) == base + 1, timeout=10_000)
    assert row.text().endswith(f"({base + 1})")

    _go(qtbot, window, Place.ORDERS)
    page = window.orders_page
    qtbot.waitUntil(lambda: page.select_order(first), timeout=10_000)
    assert page.approve_button.isEnabled()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ApprovalDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, ApprovalDialog)
    assert dialog.summary.text().startswith(orderer.me.display_name)
    assert "approval limit is" in dialog.limits.text()
    assert "Left on account" in dialog.limits.text()
    assert NOTE in dialog.message.text()
    assert "100 pack" in dialog.lines.text() and "Vara 1" in dialog.lines.text()
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: navigation.count_of(Place.ORDERS) == base, timeout=10_000)
    assert "Ordered by " + orderer.me.display_name in page.details.toPlainText() or (
        orderer.me.display_name in page.details.toPlainText()
    )


def test_an_orderer_is_not_offered_spend(qtbot: Any, orders_env: Any) -> None:
    orderer = orders_env()
    window = _window(qtbot, orderer)
    assert not window.navigation.is_offered(Place.SPEND)
    assert not window.place_actions[Place.SPEND].isVisible()
    _go(qtbot, window, Place.SPEND)
    assert window.current_place() is not Place.SPEND
    assert window.navigation.count_of(Place.ORDERS) == 0
    assert window.navigation.item(Place.ORDERS.value).text() == "Orders"


def test_spend_shows_one_unit_picker(qtbot: Any, orders_env: Any) -> None:
    superuser = orders_env("superuser")
    window = _window(qtbot, superuser)
    assert window.navigation.is_offered(Place.SPEND)
    _go(qtbot, window, Place.SPEND)
    assert window.current_place() is Place.SPEND
    qtbot.waitUntil(lambda: window.spend_page.unit_combo.count() > 1, timeout=10_000)
    pickers = [
        w for w in (window.unit_combo, window.spend_page.unit_combo) if w.isVisibleTo(window)
    ]
    assert pickers == [window.spend_page.unit_combo]
    _go(qtbot, window, Place.FIND)
    assert window.unit_combo.isVisibleTo(window)
