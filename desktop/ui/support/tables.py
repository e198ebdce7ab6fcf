"""Small read-only tables of the Support place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

WARN = QColor("#fdecea")


class ReadOnlyTable(QTableWidget):
    """A table of text rows; rows marked ``warn`` get a pale red background."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it

    def set_headers(self, headers: Sequence[str]) -> None:
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_rows(self, rows: Sequence[Sequence[str]], warn: Sequence[bool] = ()) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if r < len(warn) and warn[r]:
                    item.setBackground(QBrush(WARN))
                self.setItem(r, c, item)

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""
