"""Exporting one month: the one-page PDF report and an Excel workbook of the month."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from desktop.domain.spend import Figures
from desktop.domain.spend_drill import agreements_in, month_summary
from desktop.domain.spend_report import SpendReport
from desktop.ui.shell.flow_layout import FlowRow
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.spend import format as fmt
from desktop.ui.spend.chart import chart_image
from desktop.ui.spend.export_actions import TableExporter, file_name
from desktop.ui.spend.export_pdf import write_month_pdf
from desktop.ui.spend.export_table import CellKind, ExportColumn, ExportTable
from desktop.ui.spend.export_xlsx import write_xlsx
from desktop.ui.spend.models import Column, SpendTableModel
from desktop.ui.spend.tables import (
    KIND_NAMES,
    category_columns,
    off_agreement_columns,
    purchase_columns,
    supplier_columns,
)

C = "SpendColumns"


def _t(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _m(text: str) -> str:
    return QCoreApplication.translate("SpendMonthExport", text)


def summary_table(title: str, rows: list[tuple[str, Figures]]) -> ExportTable:
    """Headline figures, one row per period (the month, the twelve months, units)."""
    columns = (
        ExportColumn(_t(QT_TRANSLATE_NOOP("SpendColumns", "Period")), CellKind.TEXT),
        ExportColumn(_t(QT_TRANSLATE_NOOP("SpendColumns", "Spend")), CellKind.MONEY),
        *(ExportColumn(_t(name), CellKind.MONEY) for name in KIND_NAMES.values()),
        ExportColumn(_t(QT_TRANSLATE_NOOP("SpendColumns", "E-commerce share")), CellKind.SHARE),
        ExportColumn(_t(QT_TRANSLATE_NOOP("SpendColumns", "Agreement compliance")), CellKind.SHARE),
        ExportColumn(_t(QT_TRANSLATE_NOOP("SpendColumns", "Savings realised")), CellKind.MONEY),
        ExportColumn(_t(QT_TRANSLATE_NOOP("SpendColumns", "Savings missed")), CellKind.MONEY),
        ExportColumn(_t(QT_TRANSLATE_NOOP("SpendColumns", "Invoices")), CellKind.INTEGER),
    )
    cells = tuple(
        (
            label,
            f.total,
            f.through_avrop,
            f.on_agreement_outside,
            f.off_agreement,
            f.e_share,
            f.compliance,
            f.savings_realised,
            f.savings_missed,
            f.invoices,
        )
        for label, f in rows
    )
    return ExportTable(title, columns, cells)


def month_tables(report: SpendReport, month: str) -> list[ExportTable]:
    """The sheets of the month's workbook."""
    summary = month_summary(report, month)
    name = fmt.month_name(month)
    period = f"{fmt.month_name(report.months[0].month)} – {fmt.month_name(report.months[-1].month)}"
    tables = [
        summary_table(
            _m(QT_TRANSLATE_NOOP("SpendMonthExport", "Summary")),
            [(name, summary.figures), (period, report.totals)],
        ),
        summary_table(
            _m(QT_TRANSLATE_NOOP("SpendMonthExport", "Other units")),
            [(unit.unit_name, figures) for unit, figures in summary.others],
        ),
    ]

    def table(title: str, columns: Sequence[Column[Any]], rows: Sequence[Any]) -> ExportTable:
        model: SpendTableModel[Any] = SpendTableModel(columns, report.currency)
        model.set_rows(rows, report.currency)
        return model.export_table(_m(title))

    tables += [
        table(
            QT_TRANSLATE_NOOP("SpendMonthExport", "Beside the agreements"),
            off_agreement_columns(),
            summary.off_agreement,
        ),
        table(
            QT_TRANSLATE_NOOP("SpendMonthExport", "Categories"),
            category_columns(),
            summary.categories,
        ),
        table(
            QT_TRANSLATE_NOOP("SpendMonthExport", "Suppliers"),
            supplier_columns(),
            summary.suppliers,
        ),
        table(
            QT_TRANSLATE_NOOP("SpendMonthExport", "Invoices"),
            purchase_columns(agreements_in(report)),
            summary.purchases,
        ),
    ]
    return tables


class MonthExporter(QWidget):
    """Month picker with "Monthly report (PDF)…" and "Month to Excel…"."""

    def __init__(self, exporter: TableExporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exporter = exporter
        self.report: SpendReport | None = None
        self.label = QLabel(self)
        self.month_combo = QComboBox(self)
        self.month_combo.setObjectName("reportMonth")
        self.month_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.month_combo)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("exportMonthPdf")
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.setObjectName("exportMonthXlsx")
        self.xlsx_button.clicked.connect(self._ask_xlsx)
        row = FlowRow(self)  # wraps when narrow (200 %)
        row.add_group(self.label, self.month_combo)
        row.addWidget(self.pdf_button)
        row.addWidget(self.xlsx_button)
        self.retranslate()

    def set_report(self, report: SpendReport) -> None:
        self.report = report
        chosen = self.month_combo.currentData()
        self.month_combo.clear()
        for month in reversed(report.months):
            self.month_combo.addItem(fmt.month_name(month.month), month.month)
        index = self.month_combo.findData(chosen)
        self.month_combo.setCurrentIndex(max(index, 0))

    def month(self) -> str | None:
        data = self.month_combo.currentData()
        return str(data) if data else None

    def export_pdf(self, path: Path, month: str | None = None) -> int:
        """Write the month's one-page report to ``path``; its page count."""
        report, chosen = self._chosen(month)
        image = chart_image(report.months, report.currency)
        return write_month_pdf(report, chosen, path, chart_image=image)

    def export_xlsx(self, path: Path, month: str | None = None) -> Path:
        report, chosen = self._chosen(month)
        return write_xlsx(month_tables(report, chosen), path)

    def _chosen(self, month: str | None) -> tuple[SpendReport, str]:
        if self.report is None:
            raise ValueError("no figures to export")
        chosen = month or self.month() or self.report.months[-1].month
        return self.report, chosen

    def _suggested(self, suffix: str) -> str:
        report, month = self._chosen(None)
        return file_name(report.unit_name, self.tr("spend"), month) + suffix

    def _ask_pdf(self) -> None:
        if self.report is None:
            return
        path = self.exporter.ask_path(self, self._suggested(".pdf"), self.tr("PDF (*.pdf)"))
        if path is not None:
            self.exporter.save(lambda: (self.export_pdf(path), path)[1], self)

    def _ask_xlsx(self) -> None:
        if self.report is None:
            return
        filters = self.tr("Excel workbook (*.xlsx)")
        path = self.exporter.ask_path(self, self._suggested(".xlsx"), filters)
        if path is not None:
            self.exporter.save(lambda: self.export_xlsx(path), self)

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Month:"))
        self.month_combo.setAccessibleName(self.tr("Month to export"))
        self.month_combo.view().setAccessibleName(self.tr("Month to export"))
        self.pdf_button.setText(self.tr("Monthly report (&PDF)…"))
        self.pdf_button.setAccessibleName(self.tr("Save the month's one-page report as PDF"))
        self.xlsx_button.setText(self.tr("Month to E&xcel…"))
        self.xlsx_button.setAccessibleName(self.tr("Save the month's tables as an Excel workbook"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.report is not None:
                self.set_report(self.report)
        super().changeEvent(event)
