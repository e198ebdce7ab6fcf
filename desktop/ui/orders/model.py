"""Table models of the Orders place: the orders, and one order's lines (old and new)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.domain.order import Order, OrderLine
from desktop.storage.order_repo import OrderEntry
from desktop.ui.orders.texts import state_hint, state_text
from desktop.ui.shell.formats import money_text, quantity_text, unit_text
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

_ORDER_HEADERS = (
    QT_TRANSLATE_NOOP("OrdersModel", "Order"),
    QT_TRANSLATE_NOOP("OrdersModel", "Supplier"),
    QT_TRANSLATE_NOOP("OrdersModel", "Placed"),
    QT_TRANSLATE_NOOP("OrdersModel", "Status"),
    QT_TRANSLATE_NOOP("OrdersModel", "Total"),
    QT_TRANSLATE_NOOP("OrdersModel", "Orderer"),
)
_LINE_HEADERS = (
    QT_TRANSLATE_NOOP("OrdersModel", "Item"),
    QT_TRANSLATE_NOOP("OrdersModel", "Ordered"),
    QT_TRANSLATE_NOOP("OrdersModel", "Confirmed"),
    QT_TRANSLATE_NOOP("OrdersModel", "Unit"),
    QT_TRANSLATE_NOOP("OrdersModel", "Price"),
    QT_TRANSLATE_NOOP("OrdersModel", "Received"),
)


def order_label(order: Order) -> str:
    """The order's number once the server gave one, else the start of its local id."""
    return order.number or order.id[:8]


def _when(order: Order) -> str:
    stamp = QDateTime.fromSecsSinceEpoch(int(order.created_at.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class OrdersModel(QAbstractTableModel):
    """Rows of :class:`OrderEntry`, newest first; unseen changes in bold."""

    NUMBER, SUPPLIER, PLACED, STATE, TOTAL, ORDERER = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OrderEntry] = []
        self._suppliers: dict[str, str] = {}

    def set_entries(self, entries: Sequence[OrderEntry], suppliers: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self._suppliers = dict(suppliers)
        self.endResetModel()

    def entry_at(self, row: int) -> OrderEntry:
        return self._rows[row]

    def row_of(self, order_id: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.order.id == order_id), -1)

    def supplier_name(self, supplier_id: str) -> str:
        return self._suppliers.get(supplier_id, supplier_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_ORDER_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if (
            horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_ORDER_HEADERS)
        ):
            return QCoreApplication.translate("OrdersModel", _ORDER_HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        order, column = entry.order, index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.FontRole and entry.unseen:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATE:
            return state_hint(order.state) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == self.NUMBER:
            return order_label(order)
        if column == self.SUPPLIER:
            return self.supplier_name(order.supplier_id)
        if column == self.PLACED:
            return _when(order)
        if column == self.STATE:
            return state_text(order.state)
        if column == self.TOTAL:
            return money_text(order.total, order.currency)
        if column == self.ORDERER:
            return order.placed_by_name or order.created_by
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_ORDER_HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 5))


class OrderLinesModel(QAbstractTableModel):
    """One order's lines: what was ordered, what the supplier confirmed, what arrived.

    A changed line shows the old and the new value ("10 → 6").
    """

    ITEM, ORDERED, CONFIRMED, UNIT, PRICE, RECEIVED = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[OrderLine] = []
        self._currency = ""
        self._confirmed = False

    def set_lines(self, lines: Sequence[OrderLine], currency: str, *, confirmed: bool) -> None:
        """The lines of an order in ``currency``; the Confirmed column is filled in only
        when the supplier ``confirmed`` them."""
        self.beginResetModel()
        self._lines = list(lines)
        self._currency = currency
        self._confirmed = confirmed
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_LINE_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_LINE_HEADERS):
            return QCoreApplication.translate("OrdersModel", _LINE_HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if (
            role == Qt.ItemDataRole.FontRole
            and line.is_changed
            and column
            in (
                self.ITEM,
                self.CONFIRMED,
                self.PRICE,
            )
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == self.ITEM:
            return _item_text(line)
        if column == self.ORDERED:
            return quantity_text(line.quantity)
        if column == self.CONFIRMED:
            if not self._confirmed:
                return ""
            if line.changed_quantity is None:
                return quantity_text(line.quantity)
            return f"{quantity_text(line.quantity)} → {quantity_text(line.changed_quantity)}"
        if column == self.UNIT:
            return unit_text(line.unit_code)  # "pack", not the code "XPK"
        if column == self.PRICE:
            if line.changed_price is None:
                return money_text(line.price, self._currency)
            new = money_text(line.changed_price, self._currency)
            return f"{money_text(line.price, self._currency)} → {new}"
        if column == self.RECEIVED:
            return quantity_text(line.received_quantity)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_LINE_HEADERS) - 1)


def _item_text(line: OrderLine) -> str:
    """The item; when the supplier substitutes another, "ordered → substitute (its id)"."""
    if not (line.substitute_item_id or line.substitute_name):
        return line.name
    new = line.substitute_name or line.substitute_item_id
    if line.substitute_item_id and line.substitute_name:
        new = f"{line.substitute_name} ({line.substitute_item_id})"
    return (
        QCoreApplication.translate("OrdersModel", "%1 → substituted by %2")
        .replace("%1", line.name)
        .replace("%2", new)
    )
