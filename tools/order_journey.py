"""The order journey of issue 11, driven through the widgets by keys and clicks.

A teacher searches for nappies ("blöjor", "bleer", "bleier"), opens the product's other
offers in the item pane and picks the cheapest, adds it, places the order, sees the
confirmation, shows the order under Orders and follows it until it is delivered. Each step is a
small method; ``shot(name)`` is called after each (screenshots, or nothing in tests).
The supplier's answer is the one thing not done through the app: the demo has no
supplier, so :func:`supplier_accepts` posts its Order Response as the e2e tests do.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

import requests
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from desktop.domain.order import OrderState
from desktop.domain.order_followup import OrderAnswer, ResponseCode
from desktop.peppol.order_mapping import answer_xml, buyer_party, seller_party
from desktop.storage.catalogue_views import ItemRow
from desktop.ui.cart.confirmation import PlacedDialog
from desktop.ui.orders.receipt_dialog import ReceiptDialog
from desktop.ui.shell.main_window import MainWindow

# Each UI language runs on its own demo variant (items named in it, priced in its currency).
VARIANT_OF_LANGUAGE = {"sv": "se", "da": "dk", "nb": "no"}
NAPPIES = {"sv": "blöjor", "da": "bleer", "nb": "bleier"}
# The supplier's note, in the language of the variant (by its currency).
SUPPLIER_NOTE = {
    "SEK": "Levereras enligt avtal",
    "DKK": "Leveres efter aftalen",
    "NOK": "Leveres etter avtalen",
}
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def wait_until(condition: Callable[[], bool], timeout_s: float = 60, what: str = "") -> None:
    """Let Qt run until ``condition()`` holds; a clear error after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the app did not get there: {what or condition}")
        QTest.qWait(25)


def same_product(a: ItemRow, b: ItemRow) -> bool:
    """The same product: the same GTIN, or the same name and content."""
    if a.gtin and a.gtin == b.gtin:
        return True
    return (a.name.casefold(), a.content_quantity, a.content_unit_code) == (
        b.name.casefold(),
        b.content_quantity,
        b.content_unit_code,
    )


def unit_price(row: ItemRow) -> Decimal:
    return (row.price or Decimal("Infinity")) / (row.base_quantity or Decimal(1))


class OrderJourney:
    """The steps, in order; each returns once the app shows its outcome."""

    def __init__(self, window: MainWindow, shot: Callable[[str], None] = lambda _n: None):
        self.window, self.shot = window, shot
        self.order_id = ""

    # -- input, as a user gives it ----------------------------------------------------

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        target = QApplication.focusWidget() or self.window
        QTest.keyClick(target, key, modifier)
        QTest.qWait(30)

    def type(self, text: str) -> None:
        """Key by key into the focused widget (QTest cannot type "ö": a key event can)."""
        for char in text:
            target = QApplication.focusWidget() or self.window
            key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, key, NONE, char))
        QTest.qWait(30)

    def click(self, button: QWidget) -> None:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        QTest.qWait(30)

    # -- the steps --------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Ctrl+1 (Find, the search box), Ctrl+A, the words, until the answer shows."""
        view = self.window.find_page
        wait_until(lambda: not view.find_actions.syncing, 300, "the catalogues synced")
        QTest.qWait(500)  # the search the sync's end starts
        self.key(Qt.Key.Key_1, CTRL)
        self.key(Qt.Key.Key_A, CTRL)
        self.type(text)
        wait_until(lambda: view.answer is not None and view.answer.query.text == text)
        wait_until(lambda: view.model.rowCount() > 0, 30, "results")
        self.shown_rows(10)  # loaded even where the table is scrolled out of sight
        self.shot("1-search")

    def shown_rows(self, limit: int = 60) -> list[ItemRow]:
        model = self.window.find_page.model

        def loaded() -> bool:  # asked again each time: a new search may have reset it
            count = min(limit, model.rowCount())
            for row in range(count):
                model.data(model.index(row, 0))  # drawing a row asks for its page
            return model.loaded_rows() >= count

        wait_until(loaded, 30, "result rows")
        count = min(limit, model.rowCount())
        return [row for r in range(count) if (row := model.item_row(r)) is not None]

    def pick_cheapest_offer(self) -> tuple[ItemRow, list[ItemRow]]:
        """Down from the search box to the top result, Enter (its quantity); its other
        suppliers' offers in the item pane; a click on the cheapest: the pane shows it.
        The offer picked and every offer of the product, as the pane lists them."""
        view = self.window.find_page
        rows = self.shown_rows()
        first = next(i for i, row in enumerate(rows) if row.offers > 1)  # usually the top one
        for _ in range(first + 1):
            self.key(Qt.Key.Key_Down)
        wait_until(lambda: view.table.currentIndex().row() == first, 10, "a product of several")
        self.key(Qt.Key.Key_Return)
        wait_until(view.pane.quantity.hasFocus, 10, "the quantity field")
        panel = view.pane.offers
        wait_until(lambda: panel.model.rowCount() > 1, 20, "the suppliers' offers")
        offers = [o for r in range(panel.model.rowCount()) if (o := panel.model.offer(r))]
        cheapest = min(range(len(offers)), key=lambda i: (unit_price(offers[i]), i))
        view.pane.ensureWidgetVisible(panel.table)
        QTest.qWait(100)
        table = panel.table
        spot = table.visualRect(panel.model.index(cheapest, 0)).center()
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, NONE, spot)
        picked = offers[cheapest]
        wait_until(
            lambda: view.pane.detail is not None and view.pane.detail.item_id == picked.item_id,
            10,
            "the cheapest offer shown",
        )
        view.pane.ensureWidgetVisible(panel.table)
        QTest.qWait(200)
        self.shot("2-cheapest-offer")  # the offers, the one chosen in bold
        view.pane.ensureWidgetVisible(view.pane.quantity)
        QTest.qWait(100)
        self.click(view.pane.quantity.lineEdit())
        return picked, offers

    def enough_of(self, offer: ItemRow) -> str:
        """A quantity the supplier takes: two, or more to reach its least order amount."""
        supplier = self.window.services.reference.supplier(offer.supplier_id)
        least = supplier.min_order_amount if supplier is not None else Decimal(0)
        price = offer.price or Decimal(1)
        return str(max(2, math.ceil(least / price)))

    def add_to_cart(self, quantity: str) -> None:
        view = self.window.find_page
        self.key(Qt.Key.Key_A, CTRL)
        self.type(quantity)
        self.key(Qt.Key.Key_Return)
        wait_until(view.pane.added.isVisible, 20, "added to the cart")
        self.shot("3-added")

    def place_order(self) -> int:
        """Ctrl+2 (Cart), click Place; the number of orders placed."""
        cart = self.window.cart_page
        self.key(Qt.Key.Key_2, CTRL)
        try:
            wait_until(cart.place_button.isEnabled, 30, "a cart ready to place")
        except TimeoutError as exc:  # what blocks it, in the cart's words
            says = f"{cart.review.toPlainText()!r} {cart.message.text()!r}"
            raise TimeoutError(f"{exc}; the cart says {says}") from None
        self.shot("4-cart")
        placed: list[int] = []
        cart.placed.connect(placed.append)
        before = self._order_ids()
        self.click(cart.place_button)
        wait_until(lambda: bool(placed), 30, "the order placed")
        (self.order_id,) = self._order_ids() - before  # to know it among earlier ones
        return placed[0]

    def _order_ids(self) -> set[str]:
        ordering = self.window.services.ordering
        return {entry.order.id for entry in ordering.entries()}

    def see_confirmation(self) -> PlacedDialog:
        """The confirmation placing opens: order numbers, delivery date and address."""
        cart = self.window.cart_page
        wait_until(lambda: isinstance(cart.confirmation, PlacedDialog), 20, "the confirmation")
        dialog = cart.confirmation
        assert isinstance(dialog, PlacedDialog)
        wait_until(dialog.isVisible, 20, "the confirmation shown")
        orders = self.window.services.ordering.orders

        def numbered() -> bool:  # sent at once when online: the server's number replaces the id
            entry, row = orders.entry(self.order_id), dialog.orders.topLevelItem(0)
            number = entry.order.number if entry else None
            return bool(number and row is not None and row.text(0) == number)

        wait_until(numbered, 30, "the server's order number in the confirmation")
        QTest.qWait(200)
        self.shot("5-confirmation")
        return dialog

    def show_in_orders(self, dialog: PlacedDialog) -> None:
        """The confirmation's "Show in Orders": the dialog closes, Orders shows."""
        self.click(dialog.follow_button)
        wait_until(lambda: not isValid(dialog) or not dialog.isVisible(), 10, "it closed")

    def follow_order(self) -> OrderState:
        """Orders (shown by the confirmation): the order just placed is listed and
        selected; until sent."""
        page = self.window.orders_page
        wait_until(lambda: self.window.stack.currentWidget() is page, 10, "Orders shown")
        wait_until(lambda: page.select_order(self.order_id), 30, "the order listed")
        # out of the outbox, then checked by the server (the app follows up by itself)
        waiting = (None, OrderState.QUEUED, OrderState.SENDING, OrderState.VALIDATING)
        wait_until(lambda: self._state() not in waiting, 60, "the order sent and checked")
        self.shot("6-sent")
        state = self._state()
        assert state is not None
        return state

    def sync_until(self, state: OrderState) -> None:
        """F5 (Sync now) brings the supplier's answer."""
        self.window.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is self.window, 10, "the window active")
        self.key(Qt.Key.Key_F5)
        wait_until(lambda: self._state() is state, 60, f"the order {state.value}")
        self.shot("7-accepted")

    def receive_everything(self) -> None:
        """Receive goods…, Everything arrived, Save receipt: the order is delivered."""
        page = self.window.orders_page
        self.click(page.receive_button)
        wait_until(lambda: isinstance(page.dialog, ReceiptDialog), 10, "the receipt dialog")
        dialog = page.dialog
        assert isinstance(dialog, ReceiptDialog)
        self.click(dialog.all_button)
        self.shot("8-receipt")
        self.click(dialog.save_button)
        wait_until(lambda: self._state() is OrderState.DELIVERED, 60, "the order delivered")
        QTest.qWait(300)
        self.shot("9-delivered")

    def _state(self) -> OrderState | None:
        page = self.window.orders_page
        row = page.model.row_of(self.order_id)
        return page.model.entry_at(row).order.state if row >= 0 else None


def supplier_accepts(server_url: str, window: MainWindow, order_id: str) -> None:
    """The supplier's Order Response (accepted), posted as the procurement office."""
    services = window.services
    entry = services.ordering.orders.entry(order_id)
    assert entry is not None and entry.order.server_id
    supplier = services.reference.supplier(entry.order.supplier_id)
    settings = services.ordering.settings.get(entry.order.unit_id)
    assert supplier is not None and settings is not None and settings.buyer is not None
    note = SUPPLIER_NOTE.get(entry.order.currency, SUPPLIER_NOTE["SEK"])
    answer = OrderAnswer(ResponseCode.ACCEPTED, datetime.now(UTC), note)
    buyer = buyer_party(settings.buyer)
    document = answer_xml(
        order_id, answer, seller_party(supplier), buyer, currency=entry.order.currency
    )
    token = requests.post(
        f"{server_url}/auth/token",
        json={"username": "procurement", "password": "demo"},
        timeout=10,
    ).json()["access_token"]
    response = requests.post(
        f"{server_url}/orders/{entry.order.server_id}/response",
        data=document,
        timeout=10,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/xml"},
    )
    response.raise_for_status()
