"""The tables under the chart: other units, beside the agreements, categories,
suppliers, budget and months. Double-click (or Enter on) a row to see its invoices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QTableView, QTabWidget, QWidget

from desktop.domain.spend_drill import SpendFilter
from desktop.domain.spend_report import SpendReport, label_in
from desktop.ui.spend import format as fmt
from desktop.ui.spend.export_table import ExportTable
from desktop.ui.spend.models import SpendTableModel
from desktop.ui.spend.purchases_dialog import make_table_view, source_row
from desktop.ui.spend.tables import (
    budget_columns,
    category_columns,
    comparison_columns,
    language,
    month_columns,
    off_agreement_columns,
    supplier_columns,
)


@dataclass
class _Tab:
    key: str
    model: SpendTableModel[Any]
    view: QTableView
    title: Callable[[], str]
    drill: Callable[[Any], tuple[SpendFilter, str] | None]


class SpendTabs(QTabWidget):
    """``row_activated(filter, title)``: show the invoices behind the activated row."""

    row_activated = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spendTabs")
        self.setMinimumHeight(280)
        self.report: SpendReport | None = None
        self._tabs: list[_Tab] = []
        self._add(
            "comparison", comparison_columns(), lambda: self.tr("Other units"), self._drill_unit
        )
        self._add(
            "off_agreement",
            off_agreement_columns(),
            lambda: self.tr("Beside the agreements"),
            self._drill_off_agreement,
        )
        self._add(
            "categories",
            category_columns(),
            lambda: self.tr("Categories"),
            lambda c: (SpendFilter(cpv=c.cpv), label_in(c.labels, language()) or c.cpv),
        )
        self._add(
            "suppliers",
            supplier_columns(),
            lambda: self.tr("Suppliers"),
            lambda s: (SpendFilter(supplier_id=s.supplier_id), s.name),
        )
        self._add("budget", budget_columns(), self._budget_title, lambda _b: None)
        self._add(
            "months",
            month_columns(),
            lambda: self.tr("Months"),
            lambda m: (SpendFilter(month=m.month), fmt.month_name(m.month)),
        )
        self._retranslate()

    def _add(
        self,
        key: str,
        columns: list[Any],
        title: Callable[[], str],
        drill: Callable[[Any], tuple[SpendFilter, str] | None],
    ) -> None:
        model: SpendTableModel[Any] = SpendTableModel(columns, parent=self)
        view = make_table_view(model, self, f"{key}Table")
        view.activated.connect(lambda index, k=key: self._activated(k, index))
        tab = _Tab(key, model, view, title, drill)
        self._tabs.append(tab)
        self.addTab(view, "")

    def tab(self, key: str) -> _Tab:
        return next(t for t in self._tabs if t.key == key)

    def model(self, key: str) -> SpendTableModel[Any]:
        return self.tab(key).model

    def show_report(self, report: SpendReport) -> None:
        self.report = report
        currency = report.currency
        own = report.unit_id
        self.model("comparison").set_rows(report.comparison, currency, lambda u: u.unit_id == own)
        self.model("off_agreement").set_rows(report.off_agreement, currency)
        self.model("categories").set_rows(report.categories, currency)
        self.model("suppliers").set_rows(report.suppliers, currency)
        self.model("budget").set_rows(report.budgets, currency)
        self.model("months").set_rows(list(reversed(report.months)), currency)
        # The comparison by compliance, best first, so the unit sees where it stands.
        self.tab("comparison").view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self._retranslate()

    def current_export_table(self) -> ExportTable | None:
        if self.report is None:
            return None
        tab = self._tabs[self.currentIndex()]
        report = self.report
        period = f"{fmt.day(report.period_from)} – {fmt.day(report.period_to)}"
        notes = (report.unit_name, period)
        return tab.model.export_table(tab.title(), notes)

    def _activated(self, key: str, index: QModelIndex) -> None:
        tab = self.tab(key)
        row = tab.model.row_at(source_row(tab.view, index.row()))
        target = tab.drill(row)
        if target is not None:
            self.row_activated.emit(*target)

    def _drill_unit(self, unit: Any) -> tuple[SpendFilter, str] | None:
        # Only the unit's own invoices are here; other units publish figures only.
        if self.report is None or unit.unit_id != self.report.unit_id:
            return None
        return SpendFilter(), unit.unit_name

    def _drill_off_agreement(self, row: Any) -> tuple[SpendFilter, str]:
        wanted = SpendFilter(supplier_id=row.supplier_id, cpv=row.cpv, off_agreement=True)
        return wanted, f"{row.supplier_name} – {label_in(row.cpv_labels, language()) or row.cpv}"

    def _budget_title(self) -> str:
        year = self.report.budget_year if self.report else ""
        return self.tr("Budget %1").replace("%1", str(year)).strip()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for index, tab in enumerate(self._tabs):
            self.setTabText(index, tab.title())
            tab.view.setAccessibleName(tab.title())
        self.tabBar().setAccessibleName(self.tr("Tables of the spend figures"))
