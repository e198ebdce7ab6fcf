"""The Find results table: a lazy view whose short columns are sized from typical values,
and whose rows repaint only themselves (``ResultsTable``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.ui.find.result_texts import sample_texts
from desktop.ui.find.results_model import FindResultsModel


class ResultsTable(QTableView):
    """A table whose viewport fills its own background (the table's, from the style sheet).

    The style sheet draws the table's rounded frame and background on the table itself and
    turns the viewport's own fill off: the viewport is then see-through, so each repaint of
    the rows (every scroll step, every page of rows arriving) first repainted the page, the
    splitter and the frame under it, and a scroll could not move the drawn rows (only the
    rows scrolled in are drawn when the viewport is opaque). The fill is put back after
    every polish (a style change turns it off again). ``painted`` once rows were drawn."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Made here, so PySide knows its type: the viewport Qt makes, asked for from
        # Python, has PySide set up every widget class's enums to find it (~6 ms of the
        # start-up's first paint).
        self._viewport = QWidget()
        self._viewport.setObjectName("qt_scrollarea_viewport")  # as Qt's own
        self._viewport.setBackgroundRole(QPalette.ColorRole.Base)
        self._viewport.setForegroundRole(QPalette.ColorRole.Text)
        self.setViewport(self._viewport)
        self.ensurePolished()  # the style sheet's polish first, then the fill
        self._fill_viewport()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            self._fill_viewport()

    def _fill_viewport(self) -> None:
        self._viewport.setAutoFillBackground(True)


def build_results_table(model: FindResultsModel, parent: QWidget) -> ResultsTable:
    """A read-only, single-row-selection table over ``model``; the item name stretches."""
    table = ResultsTable(parent)
    table.setObjectName("findResults")
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    # Two lines a row: long item names wrap, the compare price goes under the price.
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(FindResultsModel.NAME, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    header.setMinimumSectionSize(60)
    # The supplier (and how many more offer the product) is under the item's name,
    # which gets the room; the column stays for a screen reader's row and the model.
    table.setColumnHidden(FindResultsModel.SUPPLIER, True)
    table.setColumnHidden(FindResultsModel.SAVES, True)  # in the agreement column
    table.setColumnHidden(FindResultsModel.COMPARE, True)  # under the price
    return table


def fit_result_columns(table: QTableView, model: FindResultsModel) -> None:
    """Room for the header and a typical value of each short column (in this language);
    the item name takes the rest. Never measured over the rows: the model is lazy."""
    table.ensurePolished()  # the style sheet's font, not the default one
    bold = QFont(table.font())
    bold.setBold(True)
    plain, strong = QFontMetrics(table.font()), QFontMetrics(bold)
    table.verticalHeader().setDefaultSectionSize(2 * plain.lineSpacing() + 10)
    for column, sample in sample_texts().items():
        header = str(
            model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        )
        width = max(
            strong.horizontalAdvance(header) + 24,
            max(strong.horizontalAdvance(t) for t in sample) + 16,
            max(plain.horizontalAdvance(t) for t in sample) + 16,
        )
        table.setColumnWidth(column, width)
