"""Click-through: the invoices (and the orders behind them) that make up a figure."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.spend import Purchase
from desktop.domain.spend_drill import SpendFilter, agreements_in, purchases_behind
from desktop.domain.spend_report import SpendReport
from desktop.ui.shell.formats import money_text
from desktop.ui.spend.export_actions import TableExporter
from desktop.ui.spend.models import SORT_ROLE, SpendTableModel
from desktop.ui.spend.tables import purchase_columns

MAX_COLUMN_WIDTH = 300


def make_table_view(model: SpendTableModel[object], parent: QWidget, name: str) -> QTableView:
    """A sortable, read-only table over ``model`` (through a proxy) for the Spend view."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    view.setModel(proxy)
    # No sort column at first: the rows keep the model's order (largest first, newest first).
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSortIndicatorShown(True)
    proxy.modelReset.connect(lambda: fit_columns(view))
    return view


def fit_columns(view: QTableView, widest: int = MAX_COLUMN_WIDTH) -> None:
    """Columns as wide as their contents, but none wider than ``widest`` pixels (long
    category names are cut; the tooltip shows them whole)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for section in range(header.count()):
        if header.sectionSize(section) > widest:
            header.resizeSection(section, widest)


def source_row(view: QTableView, row: int) -> int:
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    return proxy.mapToSource(proxy.index(row, 0)).row()


class PurchasesDialog(QDialog):
    """The invoices behind one figure, newest first, with their total; exportable."""

    def __init__(
        self,
        report: SpendReport,
        wanted: SpendFilter,
        title: str,
        exporter: TableExporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("spendPurchasesDialog")
        self.purchases = purchases_behind(report, wanted)
        agreements = agreements_in(report)
        self.model: SpendTableModel[Purchase] = SpendTableModel(
            purchase_columns(agreements), report.currency, self
        )
        self.model.set_rows(self.purchases, report.currency)
        self.setWindowTitle(title)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        total = sum((p.amount for p in self.purchases), Decimal(0))
        self.summary = QLabel(self)
        self.summary.setObjectName("purchasesSummary")
        self.summary.setText(
            self.tr("%n invoice(s), together %1 (excluding VAT).", "", len(self.purchases)).replace(
                "%1", money_text(total, report.currency, places=2)
            )
        )
        self.view = make_table_view(self.model, self, "purchasesTable")  # type: ignore[arg-type]
        self.view.setAccessibleName(title)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the list of invoices"))
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportPurchases")
        self.export_button.setAccessibleName(self.tr("Export these invoices to Excel or CSV"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._exporter = exporter
        self._title = title
        self.export_button.clicked.connect(self._export)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1000, 520)

    def _export(self) -> None:
        self._exporter.ask_and_export(self.model.export_table(self._title), self)
