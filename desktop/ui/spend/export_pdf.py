"""The one-page monthly spend report of a unit, as PDF (QTextDocument on a QPdfWriter).

In the user's language (Qt translations, context ``MonthlyReport``) with money and dates
in their locale. The page holds the month's figures beside the twelve months', the
monthly chart, the other units that month, the largest purchases beside the agreements
with the agreement that covered them, and the budget so far. If it would not fit on one
page the text is set smaller until it does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from datetime import date
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.domain.spend import Figures
from desktop.domain.spend_drill import MonthSummary, month_summary
from desktop.domain.spend_report import SpendReport, label_in
from desktop.ui.shell.formats import money_text
from desktop.ui.spend import format as fmt
from desktop.ui.spend.tables import agreement_text, language

CHART_URL = QUrl("avrop://chart.png")
FONT_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)
TOP_OFF_AGREEMENT = 5
LAYOUT_DPI = 96  # QTextDocument lays out in 96-dpi pixels; print_ scales to the page
CHART_WIDTH = 660  # layout pixels: the page's width less a little

STYLE = """
h1 { font-size: 16pt; color: #1f4d3a; margin: 0; }
h2 { font-size: 10.5pt; color: #1f4d3a; margin-top: 10px; margin-bottom: 3px; }
p.unit { font-size: 12pt; font-weight: bold; margin: 2px 0 0 0; }
p.meta, p.note { color: #55656d; }
table.grid { border-collapse: collapse; }
tr.head th { background-color: #e8efeb; }
td, th { border-bottom: 1px solid #d3ddd8; }
"""


def html_table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], bold_rows: Set[int] = frozenset()
) -> str:
    """An HTML table: the first column left-aligned, the others (numbers) right."""

    def cell(tag: str, index: int, text: str) -> str:
        align = "left" if index == 0 else "right"
        return f'<{tag} align="{align}">{escape(text)}</{tag}>'

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = []
    for n, row in enumerate(rows):
        style = ' style="font-weight:bold"' if n in bold_rows else ""
        body.append(f"<tr{style}>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>")
    return (
        '<table width="100%" cellspacing="0" cellpadding="3" border="0" class="grid">'
        f"<tr class='head'>{head}</tr>{''.join(body)}</table>"
    )


class MonthlyReport(QObject):
    """The texts and layout of the monthly report (translated in its own context)."""

    def __init__(self, report: SpendReport, month: str, printed: date) -> None:
        super().__init__()
        self.report = report
        self.summary: MonthSummary = month_summary(report, month)
        self.printed = printed

    def title(self) -> str:
        return self.tr("Spend report")

    def _amount(self, value: Decimal) -> str:
        return money_text(value, self.report.currency, places=0)

    def _part(self, value: Figures, part: str) -> str:
        return self._amount(getattr(value, part))

    def figure_rows(self, month: Figures, year: Figures) -> list[list[str]]:
        m = self._part
        return [
            [self.tr("Spend"), m(month, "total"), m(year, "total")],
            [self.tr("Ordered through Avrop"), m(month, "through_avrop"), m(year, "through_avrop")],
            [self.tr("On agreement, outside Avrop"), m(month, "on_agreement_outside"),
             m(year, "on_agreement_outside")],
            [self.tr("Bought beside the agreements"), m(month, "off_agreement"),
             m(year, "off_agreement")],
            [self.tr("E-commerce share (e-handelsgrad)"), fmt.share(month.e_share),
             fmt.share(year.e_share)],
            [self.tr("Agreement compliance"), fmt.share(month.compliance),
             fmt.share(year.compliance)],
            [self.tr("Savings realised against list price"), m(month, "savings_realised"),
             m(year, "savings_realised")],
            [self.tr("Savings missed beside the agreements"), m(month, "savings_missed"),
             m(year, "savings_missed")],
        ]  # fmt: skip

    def html(self, chart: bool) -> str:
        """The report as HTML (``chart``: whether the chart image resource is there)."""
        report, summary, a = self.report, self.summary, self._amount
        month = fmt.month_name(summary.month)
        first, last = report.months[0].month, report.months[-1].month
        period = f"{fmt.month_name(first)} – {fmt.month_name(last)}"
        meta = (
            self.tr("Figures up to %1 · printed %2")
            .replace("%1", fmt.long_day(report.as_of))
            .replace("%2", fmt.long_day(self.printed))
        )
        parts = [
            f"<h1>{escape(self.title())} – {escape(month)}</h1>",
            f"<p class='unit'>{escape(report.unit_name)}</p>",
            f"<p class='meta'>{escape(meta)}</p>",
            self._heading(self.tr("The month and the last twelve months")),
            html_table(["", month, period], self.figure_rows(summary.figures, report.totals)),
        ]
        if chart:
            url = CHART_URL.toString()
            parts.append(f"<p align='center'><img src='{url}' width='{CHART_WIDTH}'></p>")
        others = sorted(summary.others, key=lambda o: -(o[1].compliance or 0))
        own = {i for i, (unit, _) in enumerate(others) if unit.unit_id == report.unit_id}
        parts.append(self._heading(self.tr("Compared with the other units this month")))
        parts.append(html_table(
            [self.tr("Unit"), self.tr("Spend"), self.tr("E-commerce share"),
             self.tr("Agreement compliance")],
            [[u.unit_name, a(f.total), fmt.share(f.e_share),
              fmt.share(f.compliance)] for u, f in others],
            own,
        ))  # fmt: skip
        parts.append(self._heading(self.tr("Largest purchases beside the agreements this month")))
        top = summary.off_agreement[:TOP_OFF_AGREEMENT]
        if top:
            parts.append(html_table(
                [self.tr("Supplier"), self.tr("Category"), self.tr("Amount"),
                 self.tr("Agreement that covers it")],
                [[o.supplier_name, label_in(o.cpv_labels, language()) or o.cpv,
                  a(o.amount), agreement_text(o.agreement)] for o in top],
            ))  # fmt: skip
        else:
            parts.append(f"<p>{escape(self.tr('Nothing was bought beside the agreements.'))}</p>")
        budget = self.tr("Budget %1 so far").replace("%1", str(report.budget_year))
        parts.append(self._heading(budget))
        parts.append(html_table(
            [self.tr("Account"), self.tr("Budget"), self.tr("Committed"), self.tr("Spent"),
             self.tr("Left")],
            [[f"{b.account} {b.name}", a(b.budget), a(b.committed), a(b.spent), a(b.left)]
             for b in report.budgets],
        ))  # fmt: skip
        note = self.tr(
            "E-commerce share: spend ordered in Avrop. Agreement compliance: spend on a "
            "framework agreement, in or outside Avrop. Savings missed: what buying beside the "
            "agreements cost, estimated with the price level of the agreement that covered it."
        )
        parts.append(f"<p class='note'>{escape(note)}</p>")
        return "".join(parts)

    @staticmethod
    def _heading(text: str) -> str:
        return f"<h2>{escape(text)}</h2>"


def write_month_pdf(
    report: SpendReport,
    month: str,
    path: Path,
    *,
    chart_image: QImage | None = None,
    printed: date | None = None,
) -> int:
    """Write the one-page report of ``month`` to ``path``; returns the page count (1)."""
    texts = MonthlyReport(report, month, printed or date.today())
    with_chart = chart_image is not None and not chart_image.isNull()
    html = texts.html(with_chart)
    for size in FONT_SIZES:
        writer = _writer(path, f"{texts.title()} {report.unit_name} {month}")
        document = QTextDocument()
        document.setDefaultStyleSheet(STYLE)
        font = QFont()
        font.setPointSizeF(size)
        document.setDefaultFont(font)
        if with_chart:
            document.addResource(QTextDocument.ResourceType.ImageResource, CHART_URL, chart_image)
        document.setHtml(html)
        inches = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
        document.setPageSize(QSizeF(inches.width() * LAYOUT_DPI, inches.height() * LAYOUT_DPI))
        if document.pageCount() == 1 or size == FONT_SIZES[-1]:
            document.print_(writer)
            del writer  # finishes the file
            return document.pageCount()
        del writer
    raise AssertionError("unreachable")


def _writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 12, 15, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Avrop")
    return writer
