"""The headline of the Spend view: five figures and the largest supplier beside the
agreements, with the agreement that would have covered it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.spend import Figures
from desktop.domain.spend_drill import OffAgreementSupplier, all_units, off_agreement_suppliers
from desktop.domain.spend_report import SpendReport
from desktop.ui.shell.flow_layout import FlowRow
from desktop.ui.shell.formats import money_text
from desktop.ui.spend import format as fmt

MAX_SUPPLIER_NAMES = 3
CARD_STYLE = """
QFrame#spendCard { background: #ffffff; border: 1px solid #d3ddd8; border-radius: 10px; }
QLabel#cardCaption { color: #55656d; font-size: 10pt; }
QLabel#cardValue { font-size: 17pt; font-weight: 600; color: #1f4d3a; }
QLabel#cardNote { color: #55656d; font-size: 9.5pt; }
QFrame#offAgreementCallout { background: #fdf1e6; border: 1px solid #efc9a4; border-radius: 10px; }
"""


class Card(QFrame):
    """One headline figure: what it is, the number, and a line of context."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spendCard")
        self.caption = QLabel(self)
        self.caption.setObjectName("cardCaption")
        self.caption.setWordWrap(True)
        self.value = QLabel(self)
        self.value.setObjectName("cardValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setObjectName("cardNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setMinimumWidth(120)
        self.setAccessibleName(name)

    def show_figure(self, caption: str, value: str, note: str) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleDescription(f"{caption}: {value}. {note}")


class SpendHeadline(QWidget):
    """Cards and the call-out; ``show_off_agreement`` asks for that supplier's invoices."""

    show_off_agreement = Signal(str)  # supplier id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CARD_STYLE)
        self.spend = Card("spend", self)
        self.e_share = Card("e_share", self)
        self.compliance = Card("compliance", self)
        self.realised = Card("savings_realised", self)
        self.missed = Card("savings_missed", self)
        grid = FlowRow(spacing=10)  # one row of cards, more rows when narrow (200 %)
        for card in (self.spend, self.e_share, self.compliance, self.realised, self.missed):
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            grid.addWidget(card)
        self.callout = QFrame(self)
        self.callout.setObjectName("offAgreementCallout")
        self.callout_text = QLabel(self.callout)
        self.callout_text.setObjectName("offAgreementText")
        self.callout_text.setWordWrap(True)
        self.callout_text.setTextFormat(Qt.TextFormat.RichText)
        self.callout_button = QPushButton(self.callout)
        self.callout_button.setObjectName("offAgreementInvoices")
        self.callout_button.clicked.connect(self._show_invoices)
        self.callout_button.setAccessibleName(self.tr("Show invoices"))
        row = QHBoxLayout(self.callout)
        row.setContentsMargins(14, 8, 14, 8)
        row.addWidget(self.callout_text, 1)
        row.addWidget(self.callout_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(grid)
        layout.addWidget(self.callout)
        self.largest: OffAgreementSupplier | None = None

    def show_report(self, report: SpendReport) -> None:
        totals, currency = report.totals, report.currency
        everyone = all_units(c.figures for c in report.comparison)
        rank_e = _rank(report, lambda f: f.e_share)
        rank_c = _rank(report, lambda f: f.compliance)
        self.spend.show_figure(
            self.tr("Spend, 12 months"),
            money_text(totals.total, currency, places=0),
            self.tr("%Ln invoice(s)", "", totals.invoices),
        )
        self.e_share.show_figure(
            self.tr("E-commerce share"),
            fmt.share(totals.e_share),
            self.tr("All units: %1 · place %2 of %3")
            .replace("%1", fmt.share(everyone.e_share))
            .replace("%2", str(rank_e[0]))
            .replace("%3", str(rank_e[1])),
        )
        self.compliance.show_figure(
            self.tr("Agreement compliance"),
            fmt.share(totals.compliance),
            self.tr("All units: %1 · place %2 of %3")
            .replace("%1", fmt.share(everyone.compliance))
            .replace("%2", str(rank_c[0]))
            .replace("%3", str(rank_c[1])),
        )
        self.realised.show_figure(
            self.tr("Savings realised"),
            money_text(totals.savings_realised, currency, places=0),
            self.tr("Agreement prices against list prices"),
        )
        self.missed.show_figure(
            self.tr("Savings missed"),
            money_text(totals.savings_missed, currency, places=0),
            self.tr("Bought beside an agreement that covered it"),
        )
        suppliers = off_agreement_suppliers(report.off_agreement)
        self.largest = suppliers[0] if suppliers else None
        self.callout.setVisible(self.largest is not None)
        if self.largest is not None:
            self.callout_text.setText(self._callout(self.largest, currency))
            self.callout_button.setText(self.tr("Show invoices"))
            self.callout_button.setAccessibleName(
                self.tr("Show the invoices of %1 beside the agreements").replace(
                    "%1", self.largest.name
                )
            )
            self.callout.setAccessibleName(self.callout_text.text())

    def _callout(self, largest: OffAgreementSupplier, currency: str) -> str:
        head = self.tr("Largest supplier beside the agreements: <b>%1</b>, %2.")
        text = head.replace("%1", escape(largest.name)).replace(
            "%2", money_text(largest.amount, currency, places=0)
        )
        agreement = largest.agreement
        if agreement is None:
            return text + " " + self.tr("No agreement covers it yet: ask the procurement office.")
        cover = self.tr("Agreement that covers it: <b>%1 %2</b>").replace(
            "%1", escape(agreement.number)
        )
        cover = cover.replace("%2", escape(agreement.name))
        if agreement.supplier_names:
            names = list(agreement.supplier_names[:MAX_SUPPLIER_NAMES])
            if len(agreement.supplier_names) > MAX_SUPPLIER_NAMES:
                names.append("…")
            cover += " (" + escape(", ".join(names)) + ")"
        if agreement.in_ecommerce:
            cover += " – " + self.tr("order it in Avrop")
        missed = self.tr("Estimated saving missed: %1.").replace(
            "%1", money_text(largest.missed_saving, currency, places=0)
        )
        return f"{text}<br>{cover}. {missed}"

    def _show_invoices(self) -> None:
        if self.largest is not None:
            self.show_off_agreement.emit(self.largest.supplier_id)


def _rank(report: SpendReport, key: Callable[[Figures], Decimal | None]) -> tuple[int, int]:
    """The unit's place (1 = best) among the compared units by ``key``, and how many."""
    values = [(key(c.figures) or Decimal(0), c.unit_id) for c in report.comparison]
    ordered = sorted(values, key=lambda v: v[0], reverse=True)
    place = next((i for i, v in enumerate(ordered, 1) if v[1] == report.unit_id), len(ordered))
    return place, len(ordered)
