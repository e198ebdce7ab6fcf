"""Table model of a unit's cart: item, supplier, quantity (editable), unit, price, amount."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.cart import Cart, CartLine
from desktop.domain.quantity import parse_quantity, typed_quantity_problem
from desktop.ui.shell.formats import money_text, quantity_text, unit_text
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
LINE_ROLE = Qt.ItemDataRole.UserRole + 1

_HEADERS = (
    QT_TRANSLATE_NOOP("CartModel", "Item"),
    QT_TRANSLATE_NOOP("CartModel", "Supplier"),
    QT_TRANSLATE_NOOP("CartModel", "Quantity"),
    QT_TRANSLATE_NOOP("CartModel", "Unit"),
    QT_TRANSLATE_NOOP("CartModel", "Price"),
    QT_TRANSLATE_NOOP("CartModel", "Amount"),
)


class CartModel(QAbstractTableModel):
    """The lines of one cart. Editing a quantity emits ``quantity_edited`` (the page saves
    it through the service, off the UI thread) or ``quantity_refused`` with the reason."""

    ITEM, SUPPLIER, QUANTITY, UNIT, PRICE, AMOUNT = range(6)
    quantity_edited = Signal(str, str, object)  # supplier id, item id, Decimal
    quantity_refused = Signal(object)  # the Problem: why the typed text is no quantity

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[CartLine] = []
        self._suppliers: dict[str, str] = {}

    def set_cart(self, cart: Cart, supplier_names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._lines = list(cart.lines)
        self._suppliers = dict(supplier_names)
        self.endResetModel()

    def line_at(self, row: int) -> CartLine:
        return self._lines[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate("CartModel", _HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.QUANTITY:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.QUANTITY,
            self.PRICE,
            self.AMOUNT,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole and column == self.QUANTITY:
            return quantity_text(line.quantity)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == self.ITEM:
            return line.name
        if column == self.SUPPLIER:
            return self._suppliers.get(line.supplier_id, line.supplier_id)
        if column == self.QUANTITY:
            return quantity_text(line.quantity)
        if column == self.UNIT:
            return unit_text(line.unit_code)  # "pack", not the code "XPK"
        if column == self.PRICE:
            return money_text(line.price, line.currency)
        if column == self.AMOUNT:
            return money_text(line.amount, line.currency)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.QUANTITY:
            return False
        line = self._lines[index.row()]
        problem = typed_quantity_problem(str(value), line.rule, line.name)
        quantity = parse_quantity(str(value))
        if problem is not None or quantity is None:
            self.quantity_refused.emit(problem)
            return False
        if quantity == line.quantity:
            return False
        self.quantity_edited.emit(line.supplier_id, line.seller_item_id, Decimal(quantity))
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
