"""The Cart place: what the unit is about to order, checked in plain words, placed as one
order per supplier, safely, even without a network."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.order_problems import Severity
from desktop.services.ordering import CartReview, GroupReview, OrderService, PlaceResult
from desktop.ui.cart.model import CartModel
from desktop.ui.shell.changes import Change, ChangeBus, Changes
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.formats import fit_default_button, money_text, problem_text
from desktop.ui.shell.tasks import TaskManager

_COLOURS = {Severity.BLOCKING: "#b3261e", Severity.WARNING: "#8a5300", Severity.APPROVAL: "#1f5fa8"}


def date_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class CartPage(QWidget):
    """Lines of the chosen unit's cart, the orders they become, and the Place button.

    ``placed(count)`` is emitted after orders were written to the outbox, and announced
    on ``changes`` (cart, orders, outbox). A cart change announced there by others (Find
    added a line) reloads the page and fills in ``reason_for_cart(unit_id)``: the reason
    given in Find for buying beside an agreement, which travels with the order.
    """

    placed = Signal(int)

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

        form = QFormLayout()
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.place_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 3)
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
            self.message.clear()  # about another unit's cart
            self.reload()

    def _changed(self, changes: Changes) -> None:
        if Change.CART not in changes or changes.placed or not changes.for_unit(self._unit_id):
            return
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
        self.place_button.setText(
            self.tr("&Place the order")
            if count <= 1
            else self.tr("&Place %1 orders").replace("%1", str(count))
        )
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
        self.review.setHtml(self._review_html(review))
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

    def _review_html(self, review: CartReview) -> str:
        parts = [
            "<p>"
            + html.escape(
                (
                    self.tr("One order. Total %1.")
                    if len(review.groups) == 1
                    else self.tr("%2 orders, one per supplier. Total %1.")
                )
                .replace("%1", f"{money_text(review.total)} {review.groups[0].group.currency}")
                .replace("%2", str(len(review.groups)))
            )
            + "</p>"
        ]
        for item in review.groups:
            parts.append(self._group_html(item))
        return "".join(parts)

    def _group_html(self, item: GroupReview) -> str:
        name = item.supplier.name if item.supplier else item.group.supplier_id
        agreement = item.agreement.name if item.agreement else self.tr("beside the agreements")
        head = self.tr("%1 — %2 — %3 %4").replace("%1", name).replace("%2", agreement)
        head = head.replace("%3", money_text(item.group.total)).replace("%4", item.group.currency)
        lines = [f"<h3>{html.escape(head)}</h3>"]
        if item.budget is not None:
            budget = self.tr("Account %1: %2 %3 left of the budget before this order.")
            budget = budget.replace("%1", item.budget.account).replace(
                "%2", money_text(item.budget.left)
            )
            lines.append(f"<p>{html.escape(budget.replace('%3', item.budget.currency))}</p>")
        if item.problems:
            lines.append("<ul>")
            for problem in item.problems:
                colour = _COLOURS[problem.severity]
                text = html.escape(problem_text(problem))
                lines.append(f'<li style="color:{colour}">{text}</li>')
            lines.append("</ul>")
        else:
            lines.append(f"<p>{html.escape(self.tr('Ready to place.'))}</p>")
        return "".join(lines)

    # -- actions --------------------------------------------------------------------------

    def _save_quantity(self, supplier_id: str, item_id: str, quantity: Any) -> None:
        unit_id = self._unit_id
        if unit_id is None:
            return
        service = self._service
        self._tasks.run_db(
            lambda: service.set_quantity(unit_id, supplier_id, item_id, quantity),
            lambda _cart: self.reload(),
            self._failed,
        )

    def _quantity_refused(self, typed: str) -> None:
        self.message.setText(self.tr("“%1” is not a quantity. Type a number.").replace("%1", typed))

    def _remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._unit_id is None:
            return
        line = self.model.line_at(rows[0].row())
        unit_id, service = self._unit_id, self._service
        self._tasks.run_db(
            lambda: service.remove(unit_id, line.supplier_id, line.seller_item_id),
            lambda _cart: self.reload(),
            self._failed,
        )

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
        if count:
            self.note.clear()
            self.reason.clear()
            placed = (
                self.tr("The order is placed.")
                if count == 1
                else self.tr("%1 orders are placed.").replace("%1", str(count))
            )
            kept = (
                self.tr(
                    "It is saved on this computer and sent as soon as the server can be "
                    "reached; follow it under Orders."
                )
                if count == 1
                else self.tr(
                    "They are saved on this computer and sent as soon as the server can be "
                    "reached; follow them under Orders."
                )
            )
            self.message.setText(placed + " " + kept)
            self.placed.emit(count)
            if self._changes is not None:
                self._changes.announce(
                    Change.CART, Change.ORDERS, Change.OUTBOX, unit_id=self._unit_id, placed=count
                )
        else:
            self.message.setText(self.tr("Nothing was placed: fix what the list above says."))
        self.reload()

    # -- texts ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.message.clear()  # it was written in the language before
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
