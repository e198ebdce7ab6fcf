"""Puts the Cart and Orders places into the main window (replacing their placeholders),
the outbox length into the status bar, and runs the outbox sender and the follow-up
sync while the window is open. ``install_orders(window)`` is called once at the end of
``MainWindow.__init__``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from desktop.ui.cart.page import CartPage
from desktop.ui.orders.controller import OrdersController
from desktop.ui.orders.outbox_indicator import OutboxIndicator
from desktop.ui.orders.page import OrdersPage
from desktop.ui.shell.places import Place


def _replace_page(window: Any, old: QWidget, new: QWidget) -> None:
    stack = window.stack
    index = stack.indexOf(old)
    was_current = stack.currentIndex() == index
    stack.removeWidget(old)
    stack.insertWidget(index, new)
    old.hide()
    old.deleteLater()
    if was_current:
        stack.setCurrentIndex(index)


class OrdersWiring(QObject):
    """Keeps the Cart and Orders pages, the status bar and the sender in step."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.controller = OrdersController(window.services, window.tasks, parent=self)
        self.cart_page = CartPage(window.tasks, self.controller.service, window)
        self.orders_page = OrdersPage(window.tasks, self.controller, window)
        _replace_page(window, window.cart_page, self.cart_page)
        _replace_page(window, window.orders_page, self.orders_page)
        window.cart_page, window.orders_page = self.cart_page, self.orders_page
        self.outbox = OutboxIndicator(window.status)
        window.status.addPermanentWidget(self.outbox)

        self.controller.outbox_changed.connect(self.outbox.set_count)
        self.controller.notice.connect(window.status.show_notice)
        self.controller.orders_changed.connect(self.orders_page.reload)
        self.cart_page.placed.connect(self._placed)
        window.unit_changed.connect(self._unit_changed)
        window.sync.finished.connect(lambda _report: self.controller.sync_follow_up())
        window.monitor.online_changed.connect(self.controller.network_back)
        cart_changed = getattr(window.find_page, "cart_changed", None)
        if cart_changed is not None:
            cart_changed.connect(self._cart_changed)
        window.installEventFilter(self)
        self.controller.start()
        unit_id = window.current_unit_id()
        if unit_id:
            self._unit_changed(unit_id)

    def _unit_changed(self, unit_id: str) -> None:
        self.cart_page.set_unit(unit_id)
        self.orders_page.set_unit(unit_id, self.window.me)

    def _cart_changed(self, unit_id: str) -> None:
        if unit_id == self.window.current_unit_id():
            self.cart_page.reload()

    def _placed(self, count: int) -> None:
        self.controller.refresh_outbox_count()
        self.orders_page.show_newest()
        text = (
            self.tr("The order is queued to be sent.")
            if count == 1
            else self.tr("%1 orders are queued to be sent.").replace("%1", str(count))
        )
        self.window.status.show_notice(text)

    def show_orders(self) -> None:
        self.window.show_place(Place.ORDERS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.controller.stop()  # queued orders stay in the store for the next sign-in
        return False


def install_orders(window: Any) -> OrdersWiring:
    wiring = OrdersWiring(window)
    window.orders = wiring
    return wiring
