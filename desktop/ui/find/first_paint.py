"""The Find page's first paint: the last query's results, the search box focused,
before the services exist.

``desktop.ui.shell.startup`` shows this window straight after the ``QApplication``,
over ``QuickStore`` (the app's own search on a plain ``sqlite3`` connection), while the
services, the sign-in and the other pages are built. Typing searches at once (on a
worker thread, newest wins). When the main window is up it takes the typed text over
(``hand_over``) and this window closes. Imports PySide6 and the results table only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.storage.catalogue_views import ItemRow
from desktop.ui.find.results_model import FindResultsModel
from desktop.ui.find.results_table import build_results_table, fit_result_columns

if TYPE_CHECKING:
    from desktop.storage.quick_store import Found, QuickSearcher

TYPE_DELAY_MS = 120  # as the Find page


class _Delivery(QObject):
    """Carries the searcher's answers to the UI thread (queued signals)."""

    found = Signal(object)  # Found
    rows = Signal(object, object)  # the model's callback, the rows


class FirstFindPage(QWidget):
    """A window with the Find page's search box and results, over the quick store.

    ``results_shown(text)`` once the rows of a search are drawn.
    """

    results_shown = Signal(str)
    closed = Signal()  # by the user, before the main window took over: quit

    def __init__(
        self,
        searcher: QuickSearcher,
        last_query: str,
        first: Found | Callable[[], Found | None] | None,
        parent: QWidget | None = None,
    ) -> None:
        """``first``: the last query's answer, or what gives it (called once the widgets
        are made: the early search's SQLite reads run beside them, not beside a wait)."""
        super().__init__(parent)
        self.setObjectName("firstFindPage")
        self._delivery = _Delivery(self)
        self._searcher = searcher
        self.searched_text: str | None = None
        self.drawn_text: str | None = None  # whose rows were drawn (``results_shown``)
        self._handed_over = False
        self.search_label = QLabel(self)
        self.search_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("firstFindSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(44)
        self.search_edit.setStyleSheet("font-size: 14pt;")
        self.search_label.setBuddy(self.search_edit)
        self.model = FindResultsModel(self._load_rows, self)
        self.table = build_results_table(self.model, self)
        self.table.setObjectName("firstFindResults")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 8)
        layout.setSpacing(10)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPE_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.table.painted.connect(self._painted)
        self._delivery.found.connect(self._show_found)
        self._delivery.rows.connect(self._show_rows)
        searcher.on_found = self._delivery.found.emit
        searcher.on_rows = self._delivery.rows.emit
        self.search_edit.setText(last_query)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self.run_search)
        self.setFocusProxy(self.search_edit)
        self.resize(1280, 720)
        self._retranslate()
        found = first() if callable(first) else first
        if found is not None and found.text == last_query:
            self._show_found(found)  # found before the window: shown with its first paint
        else:
            self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        self.count_label.setText(self.tr("Searching…"))
        self._searcher.search(self.search_edit.text())

    def _show_found(self, found: Found) -> None:
        if found.text != self.search_edit.text():
            return  # a newer search is on its way
        self.searched_text = found.text
        # Its rows, loaded with it, are drawn with the next paint (no paint of
        # placeholders first, no second paint).
        self.model.set_result(found.ids, complete=True, rows=found.rows)
        self.count_label.setText("" if found.ids else self.tr("Nothing found."))
        if not found.ids:
            self._shown(found.text)

    def _painted(self) -> None:
        """Rows drawn: ``results_shown`` once the paint is done (when the app is idle
        again: the start-up's worker, started then, does not hold up this paint)."""
        text = self.searched_text
        if text is not None and text != self.drawn_text and self.model.loaded_rows() > 0:
            self.drawn_text = text
            QTimer.singleShot(0, lambda: self._shown(text))

    def _shown(self, text: str) -> None:
        self.drawn_text = text
        self.results_shown.emit(text)

    def _load_rows(self, ids: list[int], done: Callable[[list[ItemRow]], None]) -> None:
        self._searcher.rows(ids, done)

    def _show_rows(self, done: Callable[[list[ItemRow]], None], rows: list[ItemRow]) -> None:
        done(rows)  # the model drops the rows of an older search itself

    def hand_over(self, edit: QLineEdit) -> None:
        """Give ``edit`` (the full Find page's box) the text and cursor typed here."""
        self._handed_over = True
        edit.setText(self.search_edit.text())
        edit.setCursorPosition(self.search_edit.cursorPosition())

    def stop(self) -> None:
        """Stop the worker (its connection belongs to the caller)."""
        self._timer.stop()
        self._searcher.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._handed_over:
            self.closed.emit()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Avrop"))
        self.search_label.setText(self.tr("What do you &need?"))
        self.search_edit.setPlaceholderText(self.tr("Type a word, e.g. coffee, bread, nappies"))
        self.search_edit.setAccessibleName(self.tr("What do you need"))
        self.table.setAccessibleName(self.tr("Items found"))
        self.model.retranslate()
        fit_result_columns(self.table, self.model)
