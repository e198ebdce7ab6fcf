"""The Orders place: every order of the unit with its state, from the outbox to the door,
and what can be done with it now (change, cancel, approve, receive goods)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.order import FINAL_STATES, RECEIVABLE, SUPPLIER_CONFIRMED, OrderState
from desktop.domain.reference import Me, Role
from desktop.services.approval_context import ApprovalContext, approval_context
from desktop.storage.order_repo import OrderEntry
from desktop.ui.orders.approval_dialog import ApprovalDialog
from desktop.ui.orders.controller import OrdersController
from desktop.ui.orders.details import details_html
from desktop.ui.orders.document_view import DocumentDialog
from desktop.ui.orders.edit_dialog import OrderEditDialog
from desktop.ui.orders.model import OrderLinesModel, OrdersModel
from desktop.ui.orders.receipt_dialog import ReceiptDialog
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.flow_layout import FlowRow
from desktop.ui.shell.tasks import TaskManager

SHOW_ALL, SHOW_OPEN, SHOW_APPROVAL = range(3)


def _visible(entry: OrderEntry, choice: int) -> bool:
    state = entry.order.state
    if choice == SHOW_OPEN:
        return state not in FINAL_STATES
    if choice == SHOW_APPROVAL:
        return state is OrderState.AWAITING_APPROVAL
    return True


def _fit_columns(table: QTableView, stretch: int) -> None:
    """Numbers, dates and states whole; the one text column takes the rest."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class OrdersPage(QWidget):
    """A list of orders and the chosen order's details and actions."""

    outbox_count_changed = Signal(int)

    def __init__(
        self, tasks: TaskManager, controller: OrdersController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._controller = controller
        self._service = controller.service
        self._unit_id: str | None = None
        self.me: Me | None = None
        self._entries: list[OrderEntry] = []
        self._names: dict[str, str] = {}
        self._newest_next = False  # select the newest order on the next load
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        self._load = tasks.latest("orders-list")

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.filter = QComboBox(self)
        self.filter.setObjectName("ordersFilter")
        self.filter.activated.connect(lambda _i: self._fill())
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter)
        self.model = OrdersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("ordersTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _fit_columns(self.table, OrdersModel.SUPPLIER)
        self.table.verticalHeader().hide()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details = QTextBrowser(self)
        self.details.setObjectName("orderDetails")
        self.lines_model = OrderLinesModel(self)
        self.lines = QTableView(self)
        self.lines.setObjectName("orderLines")
        self.lines.setTabKeyNavigation(False)
        self.lines.setModel(self.lines_model)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _fit_columns(self.lines, OrderLinesModel.ITEM)
        self.lines.verticalHeader().hide()

        self.change_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.approve_button = QPushButton(self)
        self.receive_button = QPushButton(self)
        self.document_button = QPushButton(self)
        self._buttons = (
            *(self.change_button, self.cancel_button, self.approve_button),
            *(self.receive_button, self.document_button),
        )
        for name, button, slot in (
            ("changeOrder", self.change_button, self.change_selected),
            ("cancelOrder", self.cancel_button, self.cancel_selected),
            ("approveOrder", self.approve_button, self.decide_selected),
            ("receiveGoods", self.receive_button, self.receive_selected),
            ("showDocument", self.document_button, self.show_document),
        ):
            button.setObjectName(name)
            button.clicked.connect(slot)
        self.message = QLabel(self)
        self.message.setObjectName("ordersMessage")
        self.message.setWordWrap(True)

        top = FlowRow()  # the rows wrap when narrow (200 %) rather than scroll sideways
        top.add_group(self.title, grow=True)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        actions = FlowRow()
        for button in self._buttons:
            actions.addWidget(button)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.details, 1)
        detail_layout.addWidget(self.lines, 1)
        detail_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.filter, self.table)  # the filter first, then its orders
        self.setFocusProxy(self.table)
        controller.orders_changed.connect(self.reload)
        self._retranslate()
        self._show_entry(None)

    # -- data -----------------------------------------------------------------------------

    def set_unit(self, unit_id: str | None, me: Me | None = None) -> None:
        self.me = me or self.me
        if unit_id != self._unit_id:
            self._unit_id = unit_id
            self.reload()

    def reload(self) -> None:
        unit_id = self._unit_id
        if unit_id is None:
            return
        service = self._service

        def load() -> tuple[list[OrderEntry], dict[str, str]]:
            entries = service.entries([unit_id])
            ids = {e.order.supplier_id for e in entries}
            found = {i: service.reference.supplier(i) for i in ids}
            return entries, {i: s.name for i, s in found.items() if s is not None}

        self._load.run_db(
            load, self._loaded, lambda e: self.message.setText(message_for(e, server_words=True))
        )

    def _loaded(self, loaded: tuple[list[OrderEntry], dict[str, str]]) -> None:
        self._entries, self._names = loaded
        self._fill()

    def show_newest(self) -> None:
        """Reload and select the newest order (the one just placed)."""
        self._newest_next = True
        self.reload()

    def _fill(self) -> None:
        selected = None if self._newest_next else self.selected_entry()
        self._newest_next = False
        choice = self.filter.currentIndex()
        shown = [e for e in self._entries if _visible(e, choice)]
        self.model.set_entries(shown, self._names)
        row = self.model.row_of(selected.order.id) if selected else -1
        if row < 0 and shown:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show_entry(None)

    def selected_entry(self) -> OrderEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def select_order(self, order_id: str) -> bool:
        row = self.model.row_of(order_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        entry = self.selected_entry()
        self._show_entry(entry)
        if entry is not None and entry.unseen:
            service, order_id = self._service, entry.order.id
            self._tasks.run_db(lambda: service.mark_seen([order_id]), None)

    def _show_entry(self, entry: OrderEntry | None) -> None:
        order = entry.order if entry else None
        self.lines_model.set_lines(
            order.lines if order else [],
            order.currency if order else "",
            confirmed=order is not None and order.state in SUPPLIER_CONFIRMED,
        )
        for button in self._buttons:
            button.setEnabled(False)
        if entry is None:
            self.details.setHtml(html.escape(self.tr("No orders yet.")))
            return
        order = entry.order
        editable = order.editable and not (entry.outbox and entry.outbox.in_flight)
        self.change_button.setEnabled(editable)
        self.cancel_button.setEnabled(editable)
        is_manager = self.me is not None and self.me.role is Role.MANAGER
        others = self.me is not None and order.created_by != self.me.username  # never own
        waiting = order.state is OrderState.AWAITING_APPROVAL
        self.approve_button.setEnabled(is_manager and others and waiting)
        self.receive_button.setEnabled(order.state in RECEIVABLE)
        self.document_button.setEnabled(order.server_id is not None)
        self.details.setHtml(details_html(entry, self.model.supplier_name(entry.order.supplier_id)))

    # -- actions --------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self.message.setText(message_for(error, server_words=True))
        self.reload()

    def _done(self, text: str) -> Any:
        def handler(_result: object) -> None:
            self.message.setText(text)
            self.reload()
            self._controller.refresh_outbox_count()
            self._controller.refresh_approvals()
            self._controller.wake_sender()

        return handler

    def _open(self, dialog: QDialog, on_accept: Any) -> None:
        """Open ``dialog`` window-modal (not blocking); ``on_accept()`` when accepted."""
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def change_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        dialog = OrderEditDialog(entry.order, self)

        def save() -> None:
            service, order_id, quantities = self._service, entry.order.id, dialog.quantities()
            self._tasks.run_db(
                lambda: service.change_queued(order_id, quantities),
                self._done(self.tr("The order was changed and queued again.")),
                self._failed,
            )

        self._open(dialog, save)

    def cancel_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        service, order_id = self._service, entry.order.id
        self._tasks.run_db(
            lambda: service.cancel(order_id),
            self._done(self.tr("The order was cancelled. Nothing was sent.")),
            self._failed,
        )

    def decide_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        service, order = self._service, entry.order
        self._tasks.run_db(
            lambda: approval_context(service, order),
            lambda context: self._ask_decision(entry, context),
            self._failed,
        )

    def _ask_decision(self, entry: OrderEntry, context: ApprovalContext) -> None:
        supplier = self.model.supplier_name(entry.order.supplier_id)
        dialog = ApprovalDialog(entry.order, supplier, context, self)

        def decide() -> None:
            if dialog.approved is None:
                return
            approve, reason, order = dialog.approved, dialog.reason_text(), entry.order
            follow = self._controller.follow_up
            text = (
                self.tr("Approved: the order goes to the supplier.")
                if approve
                else self.tr("Declined. The orderer sees your reason.")
            )
            self._tasks.run_net(
                lambda: follow.decide(order, approve, reason), self._done(text), self._failed
            )

        self._open(dialog, decide)

    def receive_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        dialog = ReceiptDialog(entry.order, self)

        def save() -> None:
            received, note, order = dialog.received(), dialog.note.text(), entry.order
            if not received:
                return
            follow = self._controller.follow_up
            self._tasks.run_net(
                lambda: follow.receive(order, received, note),
                self._done(self.tr("Goods receipt saved.")),
                self._failed,
            )

        self._open(dialog, save)

    def show_document(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        follow, order = self._controller.follow_up, entry.order
        self._tasks.run_net(lambda: follow.document(order), self._show_xml, self._failed)

    def _show_xml(self, content: bytes) -> None:
        self._open(DocumentDialog(content, self), lambda: None)

    # -- texts ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.message.clear()  # it was written in the language before
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Orders"))
        self.filter_label.setText(self.tr("Sho&w:"))
        current = max(self.filter.currentIndex(), 0)
        self.filter.clear()
        self.filter.addItems(
            [self.tr("All orders"), self.tr("Open orders"), self.tr("Waiting for approval")]
        )
        self.filter.setCurrentIndex(current)
        self.filter.setAccessibleName(self.tr("Which orders to show"))
        self.filter.view().setAccessibleName(self.tr("Which orders to show"))
        self.model.retranslate()
        self.lines_model.retranslate()
        self.table.setAccessibleName(self.tr("Orders of the unit"))
        self.details.setAccessibleName(self.tr("Details of the chosen order"))
        self.lines.setAccessibleName(self.tr("Lines of the chosen order"))
        for button, text, name in (
            (self.change_button, self.tr("Chang&e…"), self.tr("Change the queued order")),
            (self.cancel_button, self.tr("Ca&ncel order"), self.tr("Cancel the queued order")),
            (self.approve_button, self.tr("&Approve or decline…"), self.tr("Approve or decline")),
            (self.receive_button, self.tr("&Receive goods…"), self.tr("Record goods received")),
            (self.document_button, self.tr("&Document"), self.tr("Show the PEPPOL document")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self._show_entry(self.selected_entry())


__all__ = ["OrdersPage"]
