"""Order again: one button beside the chosen order's actions that puts its lines, still in
the catalogue, in the unit's cart at today's prices, and says what is gone or dearer.

Kept apart from the Orders page: ``ReorderAction(page, …)`` adds its button to the row of
the page's action buttons and follows the page's selection."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services.reorder import ReorderResult, ReorderService
from desktop.ui.orders.page import OrdersPage
from desktop.ui.shell.changes import Change, ChangeBus
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.formats import money_text
from desktop.ui.shell.tasks import TaskManager


class ReorderAction(QObject):
    """The "Order again" button of the Orders page and the summary it shows."""

    def __init__(
        self, page: OrdersPage, tasks: TaskManager, service: ReorderService, changes: ChangeBus
    ) -> None:
        super().__init__(page)
        self._page, self._tasks, self._service, self._changes = page, tasks, service, changes
        self.dialog: ReorderSummary | None = None
        self.button = QPushButton(page)
        self.button.setObjectName("orderAgain")
        self.button.clicked.connect(self.order_again)
        _add_beside(page.receive_button, self.button)
        page.table.selectionModel().selectionChanged.connect(self._follow)
        page.installEventFilter(self)
        self._retranslate()
        self._follow()

    def _follow(self, *_args: object) -> None:
        entry = self._page.selected_entry()
        self.button.setEnabled(entry is not None and bool(entry.order.lines))

    def order_again(self) -> None:
        entry = self._page.selected_entry()
        if entry is None:
            return
        service, order_id = self._service, entry.order.id
        self.button.setEnabled(False)
        self._tasks.run_db(lambda: service.reorder(order_id), self._done, self._failed)

    def _done(self, result: ReorderResult) -> None:
        self._follow()
        if result.added:
            self._changes.announce(Change.CART, unit_id=result.unit_id)
        self.dialog = ReorderSummary(result, self._page)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _failed(self, error: BaseException) -> None:
        self._follow()
        self._page.message.setText(message_for(error, server_words=True))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.button.setText(self.tr("Order aga&in"))
        self.button.setAccessibleName(self.tr("Put this order's items in the cart again"))


class ReorderSummary(QDialog):
    """What went into the cart, what is gone, what costs something else now."""

    def __init__(self, result: ReorderResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reorderSummary")
        self.setWindowTitle(self.tr("Order again"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("reorderText")
        self.text.setHtml(self._html(result))
        self.text.setAccessibleName(self.tr("What was put in the cart"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close this summary"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def _html(self, result: ReorderResult) -> str:
        added = self.tr("%n item(s) put in the cart at today's prices.", "", len(result.added))
        parts = [f"<p>{html.escape(added)}</p>"]
        if result.changed:
            parts.append(f"<p>{html.escape(self.tr('The price has changed:'))}</p><ul>")
            for change in result.changed:
                text = self.tr("%1: was %2, now %3").replace("%1", change.name)
                text = text.replace("%2", money_text(change.was, change.currency))
                text = text.replace("%3", money_text(change.now, change.currency))
                parts.append(f"<li>{html.escape(text)}</li>")
            parts.append("</ul>")
        gone = [*result.gone, *(name for name, _error in result.refused)]
        if gone:
            head = self.tr("No longer in the catalogue, or not orderable as before:")
            parts.append(f"<p>{html.escape(head)}</p><ul>")
            parts.extend(f"<li>{html.escape(name)}</li>" for name in gone)
            parts.append("</ul>")
        return "".join(parts)


def _add_beside(anchor: QWidget, button: QPushButton) -> None:
    """Put ``button`` right after ``anchor`` in the row that holds it, else under it."""
    parent = anchor.parentWidget()
    top = parent.layout() if parent is not None else None
    row = _row_of(top, anchor) if top is not None else None
    if row is not None:
        row.insertWidget(row.indexOf(anchor) + 1, button)
    elif isinstance(top, QBoxLayout):
        top.addWidget(button)


def _row_of(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        if child is not None:
            found = _row_of(child, widget)
            if found is not None:
                return found
    return None
