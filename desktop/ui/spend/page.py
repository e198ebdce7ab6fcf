"""The Spend place: a unit's figures for managers, superusers and the procurement office.

Shows the cached figures at once (saying how old they are), then asks the server for
newer ones in the background; offline it keeps showing the cached ones with a notice.
Every table exports to CSV or Excel; a month exports as a one-page PDF or a workbook.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reference import Me, Unit
from desktop.domain.spend import SpendKind
from desktop.domain.spend_access import may_see_spend, spend_units
from desktop.domain.spend_drill import SpendFilter
from desktop.domain.spend_report import SpendReport
from desktop.remote.spend_sync import SpendRefresh, SpendSync
from desktop.storage.reference_repo import ReferenceRepository
from desktop.storage.spend_cache import CachedSpend
from desktop.ui.shell.errors import message_for
from desktop.ui.shell.flow_layout import FlowRow
from desktop.ui.shell.places import Place, place_name
from desktop.ui.shell.tasks import TaskManager, is_network_error
from desktop.ui.spend import format as fmt
from desktop.ui.spend.cards import SpendHeadline
from desktop.ui.spend.chart import SpendChart, SpendChartModel
from desktop.ui.spend.export_actions import TableExporter, export_table
from desktop.ui.spend.month_export import MonthExporter
from desktop.ui.spend.purchases_dialog import PurchasesDialog
from desktop.ui.spend.status import SpendStatus
from desktop.ui.spend.tables import kind_name
from desktop.ui.spend.tabs import SpendTabs

PAGE_STYLE = """
QLabel#spendMessage { font-size: 12pt; color: #55656d; }
"""


class SpendPage(QWidget):
    """The Spend place. ``reload()`` reads the user and units; ``show_unit`` a unit.

    ``notice(text)``: a line for the status bar (an export was saved, or failed).
    """

    notice = Signal(str)

    def __init__(
        self,
        tasks: TaskManager,
        spend: SpendSync,
        reference: ReferenceRepository,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("spendPage")
        self.setStyleSheet(PAGE_STYLE)
        self.tasks = tasks
        self.spend = spend
        self.reference = reference
        self.me: Me | None = None
        self.units: list[Unit] = []
        self.figures: CachedSpend | None = None
        self.offline = False
        self.unit_id: str | None = None
        self._loaded = False

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.unit_label = QLabel(self)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("spendUnitPicker")
        self.unit_combo.setMinimumWidth(260)
        self.unit_label.setBuddy(self.unit_combo)
        self.unit_combo.currentIndexChanged.connect(self._unit_picked)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("spendRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        top = FlowRow()  # the rows wrap when narrow (200 %) rather than scroll sideways
        top.add_group(self.title, grow=True)
        top.add_group(self.unit_label, self.unit_combo)
        top.addWidget(self.refresh_button)

        self.status_area = SpendStatus(self)
        self.freshness = self.status_area.freshness
        self.offline_notice = self.status_area.offline_notice
        self.message = QLabel(self)
        self.message.setObjectName("spendMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.exporter = TableExporter(self._name_parts, self._notify, self)
        self.headline = SpendHeadline(self)
        self.headline.show_off_agreement.connect(self._show_supplier_off_agreement)
        self.chart_model = SpendChartModel(self)
        self.chart = SpendChart(self.chart_model, self)
        self.chart.bar_clicked.connect(self._bar_clicked)
        self.chart_caption = QLabel(self)
        self.chart_caption.setObjectName("hint")
        self.chart_caption.setWordWrap(True)
        self.tabs = SpendTabs(self)
        self.tabs.row_activated.connect(self._show_purchases)
        self.month_exporter = MonthExporter(self.exporter, self)
        self.export_table_button = QPushButton(self)
        self.export_table_button.setObjectName("exportTable")
        self.export_table_button.clicked.connect(self._export_current_table)
        bottom = FlowRow()
        bottom.add_group(self.export_table_button, grow=True)
        bottom.addWidget(self.month_exporter)

        self.content = QWidget(self)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(10)
        content.addWidget(self.headline)
        content.addWidget(self.chart_caption)
        content.addWidget(self.chart)
        content.addWidget(self.tabs, 1)
        content.addLayout(bottom)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.status_area)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self._scroll = scroll
        self._retranslate()
        self._show_state()

    # -- loading ----------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Read the user and the units from the store, then show the first unit."""
        self._loaded = True
        reference = self.reference
        self.tasks.latest("spend-context").run_db(
            lambda: (reference.me(), reference.units()), self._context_loaded
        )

    def _context_loaded(self, context: tuple[Me | None, list[Unit]]) -> None:
        self.set_context(*context)

    def set_context(self, me: Me | None, units: Sequence[Unit]) -> None:
        self.me = me
        self.units = spend_units(me, units) if me is not None else []
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for unit in self.units:
            self.unit_combo.addItem(unit.name, unit.id)
        self.unit_combo.blockSignals(False)
        self.unit_combo.setVisible(len(self.units) > 1)
        self.unit_label.setVisible(len(self.units) > 1)
        if self.units:
            wanted = self.unit_id if self.unit_id in {u.id for u in self.units} else None
            self.show_unit(wanted or self.units[0].id)
        else:
            self._show_state()

    def follow_unit(self, unit_id: str) -> None:
        """The main window's unit changed: show it here too, if it is one of ours."""
        if unit_id in {u.id for u in self.units} and unit_id != self.unit_id:
            self.show_unit(unit_id)

    def show_unit(self, unit_id: str) -> None:
        self.unit_id = unit_id
        index = self.unit_combo.findData(unit_id)
        if index >= 0 and index != self.unit_combo.currentIndex():
            self.unit_combo.blockSignals(True)
            self.unit_combo.setCurrentIndex(index)
            self.unit_combo.blockSignals(False)
        self.figures, self.offline = None, False
        self._show_state(self.tr("Opening the figures…"))
        spend = self.spend
        self.tasks.latest("spend-cached").run_db(
            lambda: spend.cached(unit_id), lambda cached: self._cached_loaded(unit_id, cached)
        )

    def _cached_loaded(self, unit_id: str, cached: CachedSpend | None) -> None:
        if unit_id != self.unit_id:
            return
        if cached is not None:
            self.show_figures(cached)
        self.refresh()

    def refresh(self) -> None:
        """Ask the server for the newest figures of the unit shown (in the background)."""
        unit_id = self.unit_id
        if unit_id is None:
            return
        if self.figures is None:
            self._show_state(self.tr("Fetching the figures from the server…"))
        self.refresh_button.setEnabled(False)
        spend = self.spend
        self.tasks.latest("spend-refresh").run_net(
            lambda: spend.refresh(unit_id),
            lambda result: self._refreshed(unit_id, result),
            lambda error: self._refresh_failed(unit_id, error),
        )

    def _refreshed(self, unit_id: str, result: SpendRefresh) -> None:
        self.refresh_button.setEnabled(True)
        if unit_id == self.unit_id:
            self.offline = False
            self.show_figures(result.figures)

    def _refresh_failed(self, unit_id: str, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        if unit_id != self.unit_id:
            return
        if is_network_error(error):
            self.offline = True
            self._show_state(
                self.tr(
                    "You are offline and there are no figures of this unit on "
                    "this computer yet. Connect to the network and update."
                )
            )
        else:
            self._show_state(message_for(error))
        if self.figures is not None:
            self._show_freshness()

    # -- showing ----------------------------------------------------------------------

    @property
    def report(self) -> SpendReport | None:
        return self.figures.report if self.figures else None

    def show_figures(self, figures: CachedSpend) -> None:
        self.figures = figures
        report = figures.report
        self.headline.show_report(report)
        self.chart_model.set_months(report.months, report.currency)
        self.tabs.show_report(report)
        self.month_exporter.set_report(report)
        self._show_state()
        self._show_freshness()

    def _show_state(self, message: str | None = None) -> None:
        has_figures = self.figures is not None
        if message is None and not has_figures:
            if self.me is not None and not may_see_spend(self.me):
                message = self.tr(
                    "Spend figures are for unit managers, superusers and the "
                    "procurement office. Ask your manager for them."
                )
            elif self._loaded and not self.units:
                message = self.tr("There is no unit whose figures you may see.")
        self.message.setText(message or "")
        self.message.setVisible(bool(message) and not has_figures)
        self._scroll.setVisible(has_figures)
        self.status_area.show_figures(self.figures, self.offline)
        self.export_table_button.setEnabled(has_figures)

    def _show_freshness(self) -> None:
        self.status_area.show_figures(self.figures, self.offline)

    # -- click-through and export -----------------------------------------------------

    def _bar_clicked(self, month: str, kind: SpendKind) -> None:
        title = f"{fmt.month_name(month)} – {kind_name(kind)}"
        self._show_purchases(SpendFilter(month=month, kind=kind), title)

    def _show_supplier_off_agreement(self, supplier_id: str) -> None:
        name = next(
            (
                o.supplier_name
                for o in (self.report.off_agreement if self.report else ())
                if o.supplier_id == supplier_id
            ),
            supplier_id,
        )
        title = self.tr("%1 – bought beside the agreements").replace("%1", name)
        self._show_purchases(SpendFilter(supplier_id=supplier_id, off_agreement=True), title)

    def _show_purchases(self, wanted: SpendFilter, title: str) -> PurchasesDialog | None:
        if self.report is None:
            return None
        dialog = PurchasesDialog(self.report, wanted, title, self.exporter, self)
        dialog.setModal(False)
        dialog.show()
        self.last_dialog = dialog
        return dialog

    def _export_current_table(self) -> None:
        table = self.tabs.current_export_table()
        if table is not None:
            self.exporter.ask_and_export(table, self)

    def export_current_table(self, path: Path) -> Path | None:
        """Save the table of the open tab to ``path`` (``.csv`` or ``.xlsx``)."""
        table = self.tabs.current_export_table()
        if table is None:
            return None
        return export_table(table, path)

    def _name_parts(self) -> list[str]:
        report = self.report
        return [report.unit_name] if report else []

    def _notify(self, text: str) -> None:
        self.notice.emit(text)

    # -- texts ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(place_name(Place.SPEND))  # as the side list calls it
        self.unit_label.setText(self.tr("&Unit:"))
        self.unit_combo.setAccessibleName(self.tr("Unit whose figures are shown"))
        self.refresh_button.setText(self.tr("U&pdate figures"))
        self.refresh_button.setAccessibleName(self.tr("Update the figures from the server"))
        self.export_table_button.setText(self.tr("&Export table…"))
        self.export_table_button.setAccessibleName(
            self.tr("Export the table shown to Excel or CSV")
        )
        self.unit_combo.view().setAccessibleName(self.tr("Unit whose figures are shown"))
        self.chart_caption.setText(
            self.tr(
                "Spend per month. Green: ordered in Avrop. Blue: on an agreement, "
                "ordered outside Avrop. Orange: bought beside the agreements. Click a "
                "bar to see the invoices."
            )
        )
        if self.figures is not None:
            self.show_figures(self.figures)
        else:
            self._show_state()

    def _unit_picked(self, _index: int) -> None:
        data = self.unit_combo.currentData()
        if data and data != self.unit_id:
            self.show_unit(str(data))
