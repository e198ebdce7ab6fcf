"""The current result row, followed by the item pane without rebuilding it at every step.

A row picked after a rest is shown at once; while the current row moves quickly (Page
Down or an arrow key held, each step within ``REST_MS`` of the last), the rows passed
are not loaded: the row the moving stops on is, ``REST_MS`` after the last step. The
pane (and the page around it) is then not repainted for every row scrolled past.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QTableView

REST_MS = 150


class CurrentRowFollower(QObject):
    """Calls ``show(row)`` for the table's current row: at once after a rest, else once
    the row has stopped moving."""

    def __init__(self, table: QTableView, show: Callable[[int], None]) -> None:
        super().__init__(table)
        self._table, self._show = table, show
        self._last_step = -1.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REST_MS)
        self._timer.timeout.connect(self._stopped)
        table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._moved(cur))

    def _moved(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        now = time.monotonic()
        quick = now - self._last_step < REST_MS / 1000
        self._last_step = now
        if quick:
            self._timer.start()  # the row it stops on, once it has
            return
        self._timer.stop()
        self._show(current.row())

    def show_now(self) -> None:
        """Show the row held back (if any) without waiting for the rest."""
        if self._timer.isActive():
            self._timer.stop()
            self._stopped()

    def _stopped(self) -> None:
        current = self._table.currentIndex()
        if current.isValid():
            self._show(current.row())
