"""The Cart place: what the unit is about to order, checked in plain words, placed as one
order per supplier, safely, even without a network."""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cart import CartLine
from desktop.domain.order_problems import Problem
from desktop.services.ordering import CartReview, OrderService, PlaceResult
from desktop.ui.cart.confirmation import PlacedDialog, date_text
from desktop.ui.cart.model import CartModel
from desktop.ui.cart.review_html import review_html
from desktop.ui.cart.undo_bar import RemovedBar
from desktop.ui.shell.changes import Change, ChangeBus, Changes
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.flow_layout import FlowRow
from desktop.ui.shell.formats import fit_default_button, problem_text
from desktop.ui.shell.tasks import TaskManager


class CartPage(QWidget):
    """Lines of the chosen unit's cart, the orders they become, and the Place button.

    ``placed(count)`` is emitted after orders were written to the outbox, and announced
    on ``changes`` (cart, orders, outbox). A cart change announced there by others (Find
    added a line) reloads the page and fills in ``reason_for_cart(unit_id)``: the reason
    given in Find for buying beside an agreement, which travels with the order.
    """

    placed = Signal(int)
    follow_orders = Signal()  # the confirmation's "Show in Orders"
    count_changed = Signal(int)  # lines in the shown unit's cart, for the Cart entry

    def __init__(
        self,
        tasks: TaskManager,
        service: OrderService,
        parent: QWidget | None = None,
        *,
        changes: ChangeBus | None = None,
        reason_for_cart: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._service = service
        self._changes = changes
        self._reason_for_cart = reason_for_cart
        if changes is not None:
            changes.changed.connect(self._changed)
        self._unit_id: str | None = None
        self._review: CartReview | None = None
        self._load = tasks.latest("cart-review")

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)  # "Cart for <a long unit name>" wraps at 200 %
        self.model = CartModel(self)
        self.model.quantity_edited.connect(self._save_quantity)
        self.model.quantity_refused.connect(self._quantity_refused)
        self.table = QTableView(self)
        self.table.setObjectName("cartTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CartModel.ITEM, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeFromCart")
        self.remove_button.clicked.connect(self._remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._remove_selected)

        self.review = QTextBrowser(self)
        self.review.setObjectName("cartReview")
        self.review.setOpenLinks(False)
        self.delivery = QLabel(self)
        self.delivery.setObjectName("cartDelivery")
        self.delivery.setWordWrap(True)
        self.date_combo = QComboBox(self)
        self.date_combo.setObjectName("requestedDate")
        self.date_combo.activated.connect(lambda _i: self.reload())
        self.note = QLineEdit(self)
        self.note.setObjectName("orderNote")
        self.note.setMaxLength(500)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("offAgreementReason")
        self.reason.setMaxLength(1000)
        self.reason.editingFinished.connect(self.reload)
        self.place_button = QPushButton(self)
        self.place_button.setObjectName("placeOrders")
        self.place_button.setDefault(True)
        self.place_button.clicked.connect(self.place)
        self.message = QLabel(self)
        self.message.setObjectName("cartMessage")
        self.message.setWordWrap(True)
        self.quantity_problem = QLabel(self)  # next to the table, in the colour of a problem
        self.quantity_problem.setObjectName("quantityProblem")
        self.quantity_problem.setWordWrap(True)
        self.quantity_problem.setStyleSheet("color: #b3261e")
        self.quantity_problem.hide()
        self.removed_bar = RemovedBar(self)
        self.removed_bar.undo.connect(self._restore)
        self.confirmation: PlacedDialog | None = None

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # label above when narrow
        self.date_label, self.note_label, self.reason_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        self.date_label.setBuddy(self.date_combo)
        self.note_label.setBuddy(self.note)
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.date_label, self.date_combo)
        form.addRow(self.note_label, self.note)
        form.addRow(self.reason_label, self.reason)
        buttons = FlowRow()  # wraps when narrow (200 %)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.place_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.quantity_problem)
        layout.addWidget(self.removed_bar)
        layout.addWidget(self.review, 2)
        layout.addWidget(self.delivery)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self._retranslate()
        self._show(None)

    # -- data -----------------------------------------------------------------------------

    def set_unit(self, unit_id: str | None) -> None:
        if unit_id != self._unit_id:
            self._unit_id = unit_id
            self.date_combo.clear()
            self._clear_moment()  # messages about another unit's cart
            self.reload()

    def _changed(self, changes: Changes) -> None:
        if Change.ORDERS in changes and self.confirmation is not None:
            self._number_confirmation(self.confirmation)
        if Change.CART not in changes or changes.placed or not changes.for_unit(self._unit_id):
            return
        self.message.clear()  # what it said was about the cart before this change
        self.reload()
        unit_id, reason_for_cart = self._unit_id, self._reason_for_cart
        if unit_id is None or reason_for_cart is None:
            return

        def fill(reason: str | None) -> None:
            if reason and not self.reason.text().strip():
                self.reason.setText(reason)

        self._tasks.run_db(lambda: reason_for_cart(unit_id), fill)

    def reload(self) -> None:
        unit_id = self._unit_id
        if unit_id is None:
            return
        requested = self.date_combo.currentData()
        reason = self.reason.text().strip() or None
        service = self._service
        self._load.run_db(
            lambda: _review_with_names(service, unit_id, requested, reason),
            self._loaded,
            self._failed,
        )

    def _loaded(self, loaded: tuple[CartReview, dict[str, str]]) -> None:
        review, names = loaded
        if review.unit.id != self._unit_id:
            return
        self.model.set_cart(review.cart, names)
        self._show(review)
        self.count_changed.emit(len(review.cart.lines))

    def _failed(self, error: BaseException) -> None:
        self.message.setText(message_for(error, server_words=True))

    def _show(self, review: CartReview | None) -> None:
        self._review = review
        empty = review is None or review.cart.is_empty
        self.title.setText(
            self.tr("Cart for %1").replace("%1", review.unit.name) if review else self.tr("Cart")
        )
        self.remove_button.setEnabled(not empty)
        self.place_button.setEnabled(review is not None and review.can_place)
        count = len(review.groups) if review else 0
        self.place_button.setText(self.tr("&Place %n order(s)", "", max(count, 1)))
        fit_default_button(self.place_button)
        for widget in (self.date_label, self.date_combo, self.note_label, self.note):
            widget.setVisible(not empty)
        if review is None or empty:
            self.review.setHtml(
                html.escape(self.tr("The cart is empty. Find items and add them here."))
            )
            self.delivery.clear()
            self.reason.hide()
            self.reason_label.hide()
            return
        total = self.tr("%n order(s), one per supplier. Total %1.", "", len(review.groups))
        self.review.setHtml(review_html(review, total))
        self.review.setAccessibleDescription(self.review.toPlainText())
        self._fill_dates(review)
        d = review.delivery
        if d.via_hub:
            text = self.tr("Delivered to %1 (transshipment hub), for %2.")
            text = text.replace("%1", d.location_name).replace("%2", d.recipient_name)
        else:
            text = self.tr("Delivered to %1, %2.").replace("%1", d.recipient_name)
            text = text.replace("%2", d.recipient_address.street)
        self.delivery.setText(text)
        needs_reason = any(g.group.agreement_id is None for g in review.groups)
        self.reason.setVisible(needs_reason)
        self.reason_label.setVisible(needs_reason)

    def _fill_dates(self, review: CartReview) -> None:
        current = self.date_combo.currentData()
        self.date_combo.blockSignals(True)
        self.date_combo.clear()
        self.date_combo.addItem(self.tr("Next delivery day"), None)
        for day in review.drop_dates:
            self.date_combo.addItem(date_text(day), day)
        index = self.date_combo.findData(current) if current else 0
        self.date_combo.setCurrentIndex(max(index, 0))
        self.date_combo.blockSignals(False)

    # -- actions --------------------------------------------------------------------------

    def _save_quantity(self, supplier_id: str, item_id: str, quantity: Any) -> None:
        unit_id = self._unit_id
        if unit_id is None:
            return
        service = self._service
        self._clear_moment()
        self._tasks.run_db(
            lambda: service.set_quantity(unit_id, supplier_id, item_id, quantity),
            lambda _cart: self._edited(),
            self._failed,
        )

    def _quantity_refused(self, problem: Problem) -> None:
        """Say why next to the table; the line keeps its quantity."""
        self.quantity_problem.setText(problem_text(problem))
        self.quantity_problem.show()
        self.table.setAccessibleDescription(problem_text(problem))

    def _edited(self) -> None:
        if self._changes is not None:
            self._changes.announce(Change.CART, unit_id=self._unit_id)  # e.g. the cart count
        self.reload()

    def _clear_moment(self) -> None:
        """Forget the messages of the moment before: a refused quantity, a removal."""
        self.message.clear()
        self.quantity_problem.clear()
        self.quantity_problem.hide()
        self.removed_bar.forget()

    def _remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._unit_id is None:
            return
        line = self.model.line_at(rows[0].row())
        unit_id, service = self._unit_id, self._service
        self._clear_moment()

        def removed(_cart: object) -> None:
            self.removed_bar.removed(line)
            self._edited()

        self._tasks.run_db(
            lambda: service.remove(unit_id, line.supplier_id, line.seller_item_id),
            removed,
            self._failed,
        )

    def _restore(self, line: CartLine) -> None:
        unit_id, service = self._unit_id, self._service
        if unit_id is None:
            return
        self._tasks.run_db(lambda: service.restore(unit_id, line), lambda _c: self._edited())

    def place(self) -> None:
        unit_id = self._unit_id
        if unit_id is None or self._review is None or not self._review.can_place:
            return
        requested = self.date_combo.currentData()
        note, reason = self.note.text(), self.reason.text().strip() or None
        service = self._service
        self.place_button.setEnabled(False)
        self._tasks.run_db(
            lambda: service.place(unit_id, requested, note, reason), self._placed, self._failed
        )

    def _placed(self, result: PlaceResult) -> None:
        count = len(result.placed)
        self._clear_moment()
        if count:
            self.note.clear()
            self.reason.clear()
            self.placed.emit(count)
            if self._changes is not None:
                self._changes.announce(
                    Change.CART, Change.ORDERS, Change.OUTBOX, unit_id=self._unit_id, placed=count
                )
            self.confirmation = PlacedDialog(result, self)
            self.confirmation.follow.connect(self.follow_orders)
            self.confirmation.finished.connect(self.confirmation.deleteLater)
            self.confirmation.open()
        else:
            self.message.setText(self.tr("Nothing was placed: fix what the list above says."))
        self.reload()

    def _number_confirmation(self, dialog: PlacedDialog) -> None:
        """The confirmation shows the server's order numbers once the orders are sent."""
        service, unit_id = self._service, self._unit_id

        def show(entries: list[Any]) -> None:
            with contextlib.suppress(RuntimeError):  # the dialog was closed and deleted
                if dialog is self.confirmation and dialog.isVisible():
                    dialog.show_numbers({e.order.id: e.order.label for e in entries})

        self._tasks.run_db(lambda: service.entries([unit_id] if unit_id else None) or [], show)

    # -- texts ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._clear_moment()  # it was written in the language before
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.model.retranslate()
        self.table.setAccessibleName(self.tr("Items in the cart"))
        self.table.setAccessibleDescription(
            self.tr("Type a new quantity to change it; Delete removes the item.")
        )
        self.remove_button.setText(self.tr("&Remove item"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected item from the cart"))
        self.review.setAccessibleName(self.tr("Orders to be placed and what to check"))
        self.date_label.setText(self.tr("&Delivery date:"))
        self.date_combo.setAccessibleName(self.tr("Requested delivery date"))
        self.date_combo.view().setAccessibleName(self.tr("Requested delivery date"))
        self.note_label.setText(self.tr("No&te to the supplier:"))
        self.note.setAccessibleName(self.tr("Note to the supplier"))
        self.reason_label.setText(self.tr("&Why beside the agreements:"))
        self.reason.setAccessibleName(self.tr("Reason for buying beside the agreements"))
        self.place_button.setAccessibleName(self.tr("Place the orders"))
        self._show(self._review)


def _review_with_names(
    service: OrderService, unit_id: str, requested: date | None, reason: str | None
) -> tuple[CartReview, dict[str, str]]:
    review = service.review(unit_id, requested, reason)
    names = {g.group.supplier_id: g.supplier.name for g in review.groups if g.supplier}
    return review, names


__all__ = ["CartPage"]
