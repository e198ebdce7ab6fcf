"""The other suppliers' offers of the chosen product, one step away in the item pane.

A search shows one row per product on an agreement: its best offer (the highest-ranked
supplier of a ranked cascade, else the cheapest per content unit). The item pane lists
every supplier's offer of it, best first, with what each costs more than the best; a
click (or Enter) on one shows that offer in the pane, where "Add to cart" adds it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reference import CallOffMethod
from desktop.storage.catalogue_views import ItemRow
from desktop.ui.find.results_model import compare_text, price_text
from desktop.ui.find.texts import percent_text
from desktop.ui.shell.formats import money_text
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.ui.find.view import FindView

_Index = QModelIndex | QPersistentModelIndex
_HEADER = QT_TRANSLATE_NOOP("OffersModel", "Offer")
_FIRST = QT_TRANSLATE_NOOP("OffersModel", "First choice")
_DEARER = QT_TRANSLATE_NOOP("OffersModel", "%1 (%2) dearer")
_CHEAPER = QT_TRANSLATE_NOOP("OffersModel", "%1 (%2) cheaper")
_SAME = QT_TRANSLATE_NOOP("OffersModel", "Same price")


def _tr(text: str) -> str:
    return QCoreApplication.translate("OffersModel", text)


def _comparable(row: ItemRow) -> Decimal | None:
    """The price per content unit (per orderable unit without a content)."""
    unit = row.unit_price
    if unit is None or not row.content_quantity:
        return unit
    return unit / row.content_quantity


def difference_text(row: ItemRow, first: ItemRow) -> str:
    """What ``row`` costs more (or less) than the first offer, for the same amount."""
    mine, best = _comparable(row), _comparable(first)
    if row.item_id == first.item_id:
        return _tr(_FIRST)
    if mine is None or best is None or not best:
        return ""
    amount = (mine - best) * (row.content_quantity or Decimal(1))
    percent = (abs(mine - best) * 100 / best).quantize(Decimal("0.1"))
    money = money_text(abs(amount).quantize(Decimal("0.01")), row.currency)
    if amount > 0:
        return _tr(_DEARER).replace("%1", money).replace("%2", percent_text(percent))
    if amount < 0:
        return _tr(_CHEAPER).replace("%1", money).replace("%2", percent_text(percent))
    return _tr(_SAME)


def offer_text(row: ItemRow, first: ItemRow) -> str:
    """Supplier; price (and per content unit); what it costs against the first offer."""
    compare = compare_text(row)
    price = f"{price_text(row)} · {compare}" if compare else price_text(row)
    return f"{row.supplier_name}\n{price}\n{difference_text(row, first)}"


class OffersModel(QAbstractTableModel):
    """Every supplier's offer of one product, best first; the one shown in bold. One
    column of three lines (supplier, price, against the first): the pane is narrow."""

    OFFER = 0
    COLUMN_COUNT = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offers: list[ItemRow] = []
        self._shown: int | None = None

    def set_offers(self, offers: list[ItemRow], shown: int | None) -> None:
        self.beginResetModel()
        self._offers = list(offers)
        self._shown = shown
        self.endResetModel()

    def offer(self, row: int) -> ItemRow | None:
        return self._offers[row] if 0 <= row < len(self._offers) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._offers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < self.COLUMN_COUNT
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return _tr(_HEADER)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._offers):
            return None
        row = self._offers[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return offer_text(row, self._offers[0])
        if role == Qt.ItemDataRole.FontRole and row.item_id == self._shown:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.name
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._offers:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._offers) - 1, self.COLUMN_COUNT - 1)
            )


class OffersPanel(QWidget):
    """A heading and the offers table; hidden when one supplier alone offers the item."""

    offer_chosen = Signal(object)  # item id (object: ids do not fit a C int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemOffersPanel")
        self.heading = QLabel(self)
        self.heading.setObjectName("itemOffersHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.model = OffersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("itemOffers")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().hide()  # the heading above says what the list is
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._chosen)
        self.table.clicked.connect(self._chosen)
        self.heading.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self._call_off: str | None = None
        self._retranslate()
        self.hide()

    def show_offers(self, offers: list[ItemRow], shown: int | None) -> None:
        """List ``offers`` (best first) with ``shown`` in bold; hide below two."""
        self.model.set_offers(offers if len(offers) > 1 else [], shown)
        self._call_off = offers[0].call_off if offers else None
        self.setVisible(len(offers) > 1)
        lines = self.table.verticalHeader()
        lines.setDefaultSectionSize(3 * self.fontMetrics().lineSpacing() + 10)
        self.table.setFixedHeight(lines.defaultSectionSize() * min(len(offers), 4) + 4)
        self._retranslate()

    def _chosen(self, index: QModelIndex) -> None:
        offer = self.model.offer(index.row())
        if offer is not None:
            self.offer_chosen.emit(offer.item_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        count = self.model.rowCount()
        if self._call_off == CallOffMethod.RANKED.value:
            text = self.tr(
                "Offered by %n supplier(s) on this agreement, in the agreement's rank "
                "order: order from the first unless it cannot deliver.",
                "",
                count,
            )
        else:
            text = self.tr(
                "Offered by %n supplier(s) on this agreement, cheapest first. "
                "Choose one to see it here and add it.",
                "",
                count,
            )
        self.heading.setText(text)
        self.table.setAccessibleName(self.tr("Suppliers' offers"))
        self.model.retranslate()


class FindOffers(QObject):
    """Lists the shown item's offers in the item pane; a chosen offer is shown there."""

    def __init__(self, view: FindView) -> None:
        super().__init__(view)
        self.view = view
        self._offers = view.tasks.latest("find-offers")
        view.item_shown.connect(self._load)
        view.pane.offers.offer_chosen.connect(self.show_offer)

    def _load(self, detail: Any) -> None:
        panel = self.view.pane.offers
        if detail is None:
            panel.show_offers([], None)
            return
        service, item_id = self.view.service, int(detail.item_id)
        self._offers.run_db(
            lambda: service.offers(item_id), lambda rows: panel.show_offers(rows, item_id)
        )

    def show_offer(self, item_id: int) -> None:
        """Show one offer in the item pane (its "Add to cart" then adds that one)."""
        view, service, language = self.view, self.view.service, self.view.language
        view._item.run_db(lambda: service.item(item_id, language), view._show_item)
