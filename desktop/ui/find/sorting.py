"""The order of the Find results: best match (the search's ranking, one row per product
with its best offer first), price, unit price, supplier or saving.

Another order than the best match fetches every id of the result and orders them in
SQL (``SearchResult.ordered``, off the UI thread); the model still holds ids only and
loads the rows drawn. The order holds for the next searches until changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel

from desktop.storage.search_sort import ResultOrder

if TYPE_CHECKING:
    from desktop.services.find import FindAnswer
    from desktop.ui.find.view import FindView
    from desktop.ui.shell.flow_layout import FlowRow


class FindSorting(QObject):
    """A "Sort by" box at the foot of the results; re-orders the shown result."""

    ordered = Signal()  # a result is shown in another order than the best match

    def __init__(self, view: FindView, row: FlowRow) -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(view)
        self.combo = QComboBox(view)
        self.combo.setObjectName("findSort")
        self.combo.setSizeAdjustPolicy(  # long order names elide rather than widen the page
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        self.label.setBuddy(self.combo)
        for order in ResultOrder:
            self.combo.addItem("", order.value)
        row.add_group(self.label, self.combo)
        self._ordering = view.tasks.latest("find-order")
        self.ordered_answer: Any = None  # the answer shown in another order, if any
        self.combo.currentIndexChanged.connect(lambda _i: self.apply())
        view.searched.connect(lambda _answer: self._searched())
        view.installEventFilter(self)
        self._retranslate()

    @property
    def order(self) -> ResultOrder:
        return ResultOrder(self.combo.currentData())

    def _searched(self) -> None:
        if self.order is not ResultOrder.RELEVANCE:
            self.apply()

    def apply(self) -> None:
        """Show the current answer in the chosen order (the best match: search again)."""
        view, order = self.view, self.order
        answer = view.answer
        if answer is None:
            return
        if order is ResultOrder.RELEVANCE:
            view.run_search()
            return
        result = answer.result
        self._ordering.run_db(lambda: result.ordered(order), lambda ids: self._show(answer, ids))

    def _show(self, answer: FindAnswer, ids: list[int]) -> None:
        view = self.view
        if view.answer is not answer:
            return  # a newer search came meanwhile; it is ordered on its own
        news = answer.new_agreements
        view.model.set_result(ids, complete=True, today=view.today(), new_agreements=news)
        if ids:
            view.table.selectRow(0)
        self.ordered_answer = answer
        self.ordered.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.label.setText(self.tr("Sort &by:"))
        texts = {
            ResultOrder.RELEVANCE: self.tr("Best match, best offer first"),
            ResultOrder.PRICE: self.tr("Price, lowest first"),
            ResultOrder.UNIT_PRICE: self.tr("Unit price (per kg, litre, piece), lowest first"),
            ResultOrder.SUPPLIER: self.tr("Supplier, A to Z"),
            ResultOrder.SAVING: self.tr("Saving against the list price, largest first"),
        }
        for index in range(self.combo.count()):
            self.combo.setItemText(index, texts[ResultOrder(self.combo.itemData(index))])
        self.combo.setAccessibleName(self.tr("Sort the results by"))
        self.combo.view().setAccessibleName(self.tr("Sort the results by"))
        self.combo.setToolTip(
            self.tr(
                "The saving is how much below the supplier's list price the agreement "
                "price is. The best match shows each product once, with the first choice "
                "among its suppliers' offers."
            )
        )
