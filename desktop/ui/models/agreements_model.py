"""Table model of framework agreements: number, name, call-off kind, valid to, e-commerce."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.reference import Agreement, CallOffMethod

_CALL_OFF: dict[CallOffMethod, str] = {
    CallOffMethod.DIRECT: QT_TRANSLATE_NOOP("AgreementsModel", "Order directly"),
    CallOffMethod.RANKED: QT_TRANSLATE_NOOP("AgreementsModel", "Ranked suppliers, in order"),
    CallOffMethod.MINI_COMPETITION: QT_TRANSLATE_NOOP(
        "AgreementsModel", "Mini-competition: ask the procurement office"
    ),
}

AGREEMENT_ROLE = Qt.ItemDataRole.UserRole + 1
INACTIVE_COLOUR = "#7a868c"  # rows of agreements not valid today

_Index = QModelIndex | QPersistentModelIndex


def _date_text(day: date) -> str:
    """``day`` in the UI language's short date format."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def call_off_text(method: CallOffMethod) -> str:
    """The translated name of a call-off method."""
    return QCoreApplication.translate("AgreementsModel", _CALL_OFF[method])


class AgreementsModel(QAbstractTableModel):
    """Read-only rows of :class:`Agreement`; the view's filter reloads it from the store."""

    NUMBER, NAME, CALL_OFF, VALID_TO, IN_ECOMMERCE = range(5)
    COLUMN_COUNT = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Agreement] = []
        self._today = date.today()

    # -- data -------------------------------------------------------------------------

    def set_agreements(self, agreements: Sequence[Agreement], today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(agreements)
        self._today = today or date.today()
        self.endResetModel()

    def agreement_at(self, row: int) -> Agreement:
        return self._rows[row]

    def agreements(self) -> list[Agreement]:
        return list(self._rows)

    def retranslate(self) -> None:
        """Refresh the texts after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            )

    # -- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        agreement = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(agreement, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(agreement, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.VALID_TO,
            self.IN_ECOMMERCE,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not agreement.is_valid_on(self._today):
            return QBrush(QColor(INACTIVE_COLOUR))
        if role == AGREEMENT_ROLE:
            return agreement
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Number"),
            self.tr("Agreement"),
            self.tr("How to order"),
            self.tr("Valid to"),
            self.tr("In Avrop"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- helpers ----------------------------------------------------------------------

    def _display(self, agreement: Agreement, column: int) -> str | None:
        if column == self.NUMBER:
            return agreement.number
        if column == self.NAME:
            return agreement.name
        if column == self.CALL_OFF:
            return call_off_text(agreement.call_off)
        if column == self.VALID_TO:
            if agreement.valid_from > self._today:
                return self.tr("Starts %1").replace("%1", _date_text(agreement.valid_from))
            if agreement.valid_to is None:
                return self.tr("Until further notice")
            text = _date_text(agreement.valid_to)
            if agreement.valid_to < self._today:
                return self.tr("%1 (expired)").replace("%1", text)
            return text
        if column == self.IN_ECOMMERCE:
            return self.tr("Yes") if agreement.in_ecommerce else self.tr("No, call or e-mail")
        return None

    def _tooltip(self, agreement: Agreement, column: int) -> str | None:
        if not agreement.is_valid_on(self._today):
            if agreement.valid_from > self._today:
                return self.tr("This agreement is not valid yet.")
            return self.tr("This agreement has expired. Do not order under it.")
        if column == self.NAME and agreement.description:
            return agreement.description
        if column == self.CALL_OFF:
            return call_off_text(agreement.call_off)
        return None
