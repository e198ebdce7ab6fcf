"""Item models of the Spend view: one generic table model, configured by columns.

Each column says how to read a value from a row and what kind of value it is (money,
share, date…); the model formats it in the user's locale for display, gives a raw key
for sorting (``SORT_ROLE``), and exports itself as an :class:`ExportTable` with the
values unformatted (exact decimals).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.ui.shell.formats import money_text
from desktop.ui.spend import format as fmt
from desktop.ui.spend.export_table import Cell, CellKind, ExportColumn, ExportTable

R = TypeVar("R")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NEGATIVE = QColor("#a8321c")
COLUMNS_CONTEXT = "SpendColumns"
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column: its English title (translated in context ``SpendColumns``), the kind of
    its values, and how to read the value of a row."""

    title: str
    kind: CellKind
    value: Callable[[R], Cell]
    places: int = 0  # decimals shown for money (exports keep every decimal)
    text: Callable[[Cell], str] | None = None  # how to show the value, when not as it is
    hint: str = ""  # the header's tooltip (English, translated in ``SpendColumns``)


def column_title(column: Column[Any]) -> str:
    return QCoreApplication.translate(COLUMNS_CONTEXT, column.title)


class SpendTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind (months, suppliers…) shown through ``columns``."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        currency: str = "",
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[R] = []
        self._currency = currency
        self._emphasised: Callable[[R], bool] = lambda _row: False

    # -- content ----------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[R],
        currency: str,
        emphasised: Callable[[R], bool] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._currency = currency
        self._emphasised = emphasised or (lambda _row: False)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    @property
    def columns(self) -> tuple[Column[R], ...]:
        return self._columns

    def export_table(self, title: str, notes: Sequence[str] = ()) -> ExportTable:
        columns = tuple(ExportColumn(column_title(c), c.kind) for c in self._columns)
        rows = tuple(tuple(c.value(r) for c in self._columns) for r in self._rows)
        return ExportTable(title, columns, rows, tuple(notes))

    # -- the model API ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(self._columns[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(self._columns[section])
        if role == Qt.ItemDataRole.ToolTipRole and self._columns[section].hint:
            return QCoreApplication.translate(COLUMNS_CONTEXT, self._columns[section].hint)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._columns)
        ):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(column, column.value(row))
        if role == SORT_ROLE:
            return sort_key(column.value(row), column.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.FontRole and self._emphasised(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            value = column.value(row)
            if column.kind is CellKind.MONEY and isinstance(value, Decimal) and value < 0:
                return NEGATIVE  # over budget: say it in red
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column.kind is CellKind.TEXT:
            value = column.value(row)
            return str(value) if value else None
        return None

    def display(self, column: Column[R], value: Cell) -> str:
        if value is None:
            return ""
        if column.text is not None:
            return column.text(value)
        if column.kind is CellKind.MONEY and isinstance(value, Decimal):
            return money_text(value, self._currency, column.places)
        if column.kind is CellKind.SHARE and isinstance(value, Decimal):
            return fmt.share(value)
        if isinstance(value, date):
            return fmt.day(value)
        if isinstance(value, int):
            return fmt.number(Decimal(value))
        return str(value)

    @staticmethod
    def _alignment(column: Column[Any]) -> int:
        if column.kind in (CellKind.MONEY, CellKind.SHARE, CellKind.INTEGER):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def sort_key(value: Cell, kind: CellKind = CellKind.TEXT) -> Any:
    """A key the proxy model can compare: numbers as float, dates as ISO text."""
    if value is None:
        return -1.0 if kind in (CellKind.MONEY, CellKind.SHARE, CellKind.INTEGER) else ""
    if isinstance(value, Decimal | int):
        return float(value)  # only for ordering rows; never shown or summed
    if isinstance(value, date):
        return value.isoformat()
    return str(value).casefold()
