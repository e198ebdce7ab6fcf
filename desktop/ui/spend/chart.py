"""The monthly chart: spend split into through Avrop / on agreement outside / beside.

:class:`SpendChartModel` is a table (a row per month, a column per part); the view
builds a stacked bar series from it whenever it resets. Clicking a bar asks for the
invoices behind that part of that month.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QCursor, QImage, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.domain.spend import MonthFigures, SpendKind
from desktop.ui.shell.formats import money_text
from desktop.ui.spend import format as fmt
from desktop.ui.spend.tables import kind_name

PARTS: tuple[SpendKind, ...] = (
    SpendKind.THROUGH_AVROP,
    SpendKind.ON_AGREEMENT_OUTSIDE,
    SpendKind.OFF_AGREEMENT,
)
COLOURS = {
    SpendKind.THROUGH_AVROP: QColor("#1f7a55"),  # Avrop's green
    SpendKind.ON_AGREEMENT_OUTSIDE: QColor("#3b7ca3"),  # calm blue
    SpendKind.OFF_AGREEMENT: QColor("#b35a12"),  # orange: look here
}  # each 3:1 or more against the white chart (WCAG 1.4.11)
PATTERNS = {  # never colour alone (WCAG 1.4.1): the legend shows the pattern too
    SpendKind.THROUGH_AVROP: Qt.BrushStyle.SolidPattern,
    SpendKind.ON_AGREEMENT_OUTSIDE: Qt.BrushStyle.BDiagPattern,
    SpendKind.OFF_AGREEMENT: Qt.BrushStyle.DiagCrossPattern,
}
AMOUNT_ROLE = Qt.ItemDataRole.UserRole + 2  # the exact Decimal behind a bar
AnyIndex = QModelIndex | QPersistentModelIndex


class SpendChartModel(QAbstractTableModel):
    """Months × parts. ``DisplayRole`` is the amount as a number for drawing only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._months: list[MonthFigures] = []
        self.currency = ""

    def set_months(self, months: Sequence[MonthFigures], currency: str) -> None:
        self.beginResetModel()
        self._months = list(months)
        self.currency = currency
        self.endResetModel()

    def month_at(self, row: int) -> str:
        return self._months[row].month

    def amount(self, row: int, kind: SpendKind) -> Decimal:
        return self._months[row].figures.part(kind)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._months)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PARTS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self._months) and 0 <= index.column() < len(PARTS)
        ):
            return None
        value = self.amount(index.row(), PARTS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return float(value)  # the chart draws floats; figures stay Decimal
        if role == AMOUNT_ROLE:
            return str(value)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(index.row(), PARTS[index.column()])
        return None

    def describe(self, row: int, kind: SpendKind) -> str:
        return f"{fmt.month_name(self.month_at(row))} – {kind_name(kind)}: " + money_text(
            self.amount(row, kind), self.currency, places=0
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(PARTS):
            return kind_name(PARTS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._months):
            return fmt.month_name(self._months[section].month, short=True)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled


class SpendChart(QChartView):
    """The stacked monthly bars. ``bar_clicked(month, kind)`` when a bar is clicked."""

    bar_clicked = Signal(str, object)

    def __init__(self, model: SpendChartModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.series = QStackedBarSeries()
        self.series.setBarWidth(0.7)
        self.months_axis = QBarCategoryAxis()
        self.amount_axis = QValueAxis()
        self.amount_axis.setLabelFormat("%.0f")
        self.amount_axis.setTickCount(5)
        chart = QChart()
        chart.addSeries(self.series)
        chart.addAxis(self.months_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.amount_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.months_axis)
        self.series.attachAxis(self.amount_axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(8)
        chart.setLocalizeNumbers(True)  # "40 000" / "40,000" on the amount axis, not "40000"
        chart.layout().setContentsMargins(0, 0, 0, 0)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.series.clicked.connect(self._clicked)
        self.series.hovered.connect(self._hovered)
        model.modelReset.connect(self.refresh)
        self.refresh()

    def kind_of(self, bar_set: QBarSet) -> SpendKind:
        return PARTS[self.series.barSets().index(bar_set)]

    def refresh(self) -> None:
        """Rebuild the bars and axes from the model (after it changed)."""
        self.series.clear()  # deletes the old bar sets
        rows = range(self.model.rowCount())
        for column, kind in enumerate(PARTS):
            bar_set = QBarSet(kind_name(kind))
            bar_set.setBrush(QBrush(COLOURS[kind], PATTERNS[kind]))
            bar_set.setBorderColor(COLOURS[kind])
            bar_set.append([self.model.data(self.model.index(r, column)) for r in rows])
            self.series.append(bar_set)
        self.months_axis.clear()
        self.months_axis.append(
            [self.model.headerData(r, Qt.Orientation.Vertical) or "" for r in rows]
        )
        top = max((float(sum(self.model.amount(r, k) for k in PARTS)) for r in rows), default=0.0)
        self.amount_axis.setRange(0.0, max(top * 1.08, 1.0))
        self.amount_axis.applyNiceNumbers()
        self.chart().setLocale(QLocale())  # the language's locale, also after a switch
        self.amount_axis.setTitleText(self.model.currency)  # the report's currency code
        self.setAccessibleName(
            QCoreApplication.translate("SpendChart", "Spend per month, split by how it was bought")
        )

    def _clicked(self, index: int, bar_set: QBarSet) -> None:
        if 0 <= index < self.model.rowCount():
            self.bar_clicked.emit(self.model.month_at(index), self.kind_of(bar_set))

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if status and 0 <= index < self.model.rowCount():
            QToolTip.showText(QCursor.pos(), self.model.describe(index, self.kind_of(bar_set)))
        else:
            QToolTip.hideText()


def chart_image(
    months: Sequence[MonthFigures], currency: str, width: int = 900, height: int = 340
) -> QImage:
    """The chart of ``months`` drawn off screen (for the PDF report)."""
    model = SpendChartModel()
    view = SpendChart(model)
    model.set_months(months, currency)
    view.resize(width, height)
    image = view.grab().toImage()
    view.deleteLater()
    return image
