"""The columns of each table in the Spend view (titles translated in ``SpendColumns``)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.spend import MonthFigures, Purchase, SpendKind
from desktop.domain.spend_drill import trend
from desktop.domain.spend_report import (
    AccountBudget,
    AgreementRef,
    CategorySpend,
    OffAgreementSpend,
    SupplierSpend,
    UnitComparison,
    label_in,
)
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, language_from_locale
from desktop.ui.spend import format as fmt
from desktop.ui.spend.export_table import Cell, CellKind
from desktop.ui.spend.models import Column

C = "SpendColumns"
MONEY, SHARE, TEXT, DATE, INTEGER = (
    CellKind.MONEY,
    CellKind.SHARE,
    CellKind.TEXT,
    CellKind.DATE,
    CellKind.INTEGER,
)

KIND_NAMES = {
    SpendKind.THROUGH_AVROP: QT_TRANSLATE_NOOP("SpendColumns", "Through Avrop"),
    SpendKind.ON_AGREEMENT_OUTSIDE: QT_TRANSLATE_NOOP(
        "SpendColumns", "On agreement, outside Avrop"
    ),
    SpendKind.OFF_AGREEMENT: QT_TRANSLATE_NOOP("SpendColumns", "Beside the agreements"),
}


def kind_name(kind: SpendKind) -> str:
    return QCoreApplication.translate(C, KIND_NAMES[kind])


def language() -> str:
    return language_from_locale(QLocale())


def agreement_text(agreement: AgreementRef | None) -> str:
    if agreement is None:
        return QCoreApplication.translate("SpendColumns", "None yet – ask the procurement office")
    return f"{agreement.number} {agreement.name}"


def month_columns() -> list[Column[MonthFigures]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Month"),
            TEXT,
            lambda m: m.month,
            text=lambda v: fmt.month_name(str(v)),
        ),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Spend"), MONEY, lambda m: m.figures.total),
        Column(KIND_NAMES[SpendKind.THROUGH_AVROP], MONEY, lambda m: m.figures.through_avrop),
        Column(
            KIND_NAMES[SpendKind.ON_AGREEMENT_OUTSIDE],
            MONEY,
            lambda m: m.figures.on_agreement_outside,
        ),
        Column(KIND_NAMES[SpendKind.OFF_AGREEMENT], MONEY, lambda m: m.figures.off_agreement),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "E-commerce share"),
            SHARE,
            lambda m: m.figures.e_share,
        ),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Agreement compliance"),
            SHARE,
            lambda m: m.figures.compliance,
        ),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Savings realised"),
            MONEY,
            lambda m: m.figures.savings_realised,
        ),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Savings missed"),
            MONEY,
            lambda m: m.figures.savings_missed,
        ),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Invoices"), INTEGER, lambda m: m.figures.invoices
        ),
    ]


def category_columns() -> list[Column[CategorySpend]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Category"),
            TEXT,
            lambda c: label_in(c.labels, language()) or c.cpv,
        ),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "CPV"), TEXT, lambda c: c.cpv),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Spend"), MONEY, lambda c: c.figures.total),
        Column(KIND_NAMES[SpendKind.THROUGH_AVROP], MONEY, lambda c: c.figures.through_avrop),
        Column(KIND_NAMES[SpendKind.OFF_AGREEMENT], MONEY, lambda c: c.figures.off_agreement),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Agreement compliance"),
            SHARE,
            lambda c: c.figures.compliance,
        ),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Savings missed"),
            MONEY,
            lambda c: c.figures.savings_missed,
        ),
    ]


def supplier_columns() -> list[Column[SupplierSpend]]:
    return [
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Supplier"), TEXT, lambda s: s.name),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Spend"), MONEY, lambda s: s.figures.total),
        Column(KIND_NAMES[SpendKind.THROUGH_AVROP], MONEY, lambda s: s.figures.through_avrop),
        Column(
            KIND_NAMES[SpendKind.ON_AGREEMENT_OUTSIDE],
            MONEY,
            lambda s: s.figures.on_agreement_outside,
        ),
        Column(KIND_NAMES[SpendKind.OFF_AGREEMENT], MONEY, lambda s: s.figures.off_agreement),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Invoices"), INTEGER, lambda s: s.figures.invoices
        ),
    ]


def off_agreement_columns() -> list[Column[OffAgreementSpend]]:
    return [
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Supplier"), TEXT, lambda o: o.supplier_name),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Category"),
            TEXT,
            lambda o: label_in(o.cpv_labels, language()) or o.cpv,
        ),
        Column(
            KIND_NAMES[SpendKind.OFF_AGREEMENT],
            MONEY,
            lambda o: o.amount,
            hint=QT_TRANSLATE_NOOP("SpendColumns", "Bought beside the agreements"),
        ),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Agreement that covers it"),
            TEXT,
            lambda o: agreement_text(o.agreement),
        ),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Saving missed"), MONEY, lambda o: o.missed_saving
        ),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Invoices"), INTEGER, lambda o: o.invoices),
    ]


def comparison_columns() -> list[Column[UnitComparison]]:
    return [
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Unit"), TEXT, lambda u: u.unit_name),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Spend"), MONEY, lambda u: u.figures.total),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "E-commerce share"),
            SHARE,
            lambda u: u.figures.e_share,
        ),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Agreement compliance"),
            SHARE,
            lambda u: u.figures.compliance,
        ),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Compliance trend"),
            SHARE,
            lambda u: trend(u.months, lambda f: f.compliance),
            text=points,
            hint=QT_TRANSLATE_NOOP(
                "SpendColumns",
                "Agreement compliance of the last three months against the first three",
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Savings realised"),
            MONEY,
            lambda u: u.figures.savings_realised,
        ),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Savings missed"),
            MONEY,
            lambda u: u.figures.savings_missed,
        ),
    ]


def points(value: Cell) -> str:
    """A change of a share in percentage points with an arrow: ``▲ 12,3 p.e.``."""
    if not isinstance(value, Decimal):
        return ""
    arrow = "▲" if value > 0 else "▼" if value < 0 else "="
    unit = QCoreApplication.translate("SpendColumns", "pp")
    return f"{arrow} {fmt.number(abs(value) * 100, 1)}{fmt.NBSP}{unit}"


def budget_columns() -> list[Column[AccountBudget]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Account"), TEXT, lambda b: f"{b.account} {b.name}"
        ),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Budget"), MONEY, lambda b: b.budget),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Committed"),
            MONEY,
            lambda b: b.committed,
            hint=QT_TRANSLATE_NOOP("SpendColumns", "Ordered, not yet invoiced"),
        ),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Spent"), MONEY, lambda b: b.spent),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Left"), MONEY, lambda b: b.left),
    ]


def purchase_columns(agreements: Mapping[str, AgreementRef]) -> list[Column[Purchase]]:
    def how(p: Purchase) -> str:
        return kind_name(p.kind)

    def on(p: Purchase) -> str:
        key = p.agreement_id or p.covered_by
        ref = agreements.get(key) if key else None
        if ref is None:
            return ""
        text = f"{ref.number} {ref.name}"
        if p.agreement_id is None:
            return QCoreApplication.translate("SpendColumns", "Covered by %1").replace("%1", text)
        return text

    return [
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Invoice date"), DATE, lambda p: p.invoice_date),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Supplier"), TEXT, lambda p: p.supplier_name),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "What"), TEXT, lambda p: p.description),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "How it was bought"), TEXT, how),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Agreement"), TEXT, on),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Order"), TEXT, lambda p: p.order_id or ""),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Invoice"), TEXT, lambda p: p.invoice_id),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Account"), TEXT, lambda p: p.account),
        Column(QT_TRANSLATE_NOOP("SpendColumns", "Amount"), MONEY, lambda p: p.amount, places=2),
        Column(
            QT_TRANSLATE_NOOP("SpendColumns", "Saving missed"),
            MONEY,
            lambda p: p.missed_saving if p.covered_by else None,
            places=2,
        ),
    ]
