"""Reading a :class:`SpendReport` further in the app: one month, the invoices behind a
figure, the largest supplier beside the agreements, all units together.

Everything here works on the report alone (the purchases in it carry their covering
agreement and missed saving), so it works offline on the cached figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.spend import ZERO, Figures, MonthFigures, Purchase, SpendKind, month_of
from desktop.domain.spend_figures import (
    by_category,
    by_supplier,
    figures_of,
    off_agreement,
    reassess,
)
from desktop.domain.spend_report import (
    AgreementRef,
    CategorySpend,
    OffAgreementSpend,
    SpendReport,
    SupplierSpend,
    UnitComparison,
)


def agreements_in(report: SpendReport) -> dict[str, AgreementRef]:
    """The agreements the report names: bought on, or covering purchases beside them."""
    named = {o.agreement.id: o.agreement for o in report.off_agreement if o.agreement}
    named.update({a.id: a for a in report.agreements})
    return named


def labels_in(report: SpendReport) -> dict[str, dict[str, str]]:
    """CPV code → labels per language, as the report carries them."""
    labels = {o.cpv: o.cpv_labels for o in report.off_agreement}
    labels.update({c.cpv: c.labels for c in report.categories})
    return labels


@dataclass(frozen=True)
class SpendFilter:
    """Which purchases are behind a figure (``None``: any)."""

    month: str | None = None
    cpv: str | None = None
    supplier_id: str | None = None
    kind: SpendKind | None = None
    covered_by: str | None = None
    off_agreement: bool = False  # only purchases beside the agreements

    def matches(self, purchase: Purchase) -> bool:
        return (
            (self.month is None or month_of(purchase.invoice_date) == self.month)
            and (self.cpv is None or purchase.cpv == self.cpv)
            and (self.supplier_id is None or purchase.supplier_id == self.supplier_id)
            and (self.kind is None or purchase.kind is self.kind)
            and (self.covered_by is None or purchase.covered_by == self.covered_by)
            and (not self.off_agreement or purchase.kind is SpendKind.OFF_AGREEMENT)
        )


def purchases_behind(report: SpendReport, wanted: SpendFilter) -> tuple[Purchase, ...]:
    """The invoices (and their orders) behind a figure, newest first."""
    chosen = [p for p in report.purchases if wanted.matches(p)]
    return tuple(sorted(chosen, key=lambda p: (p.invoice_date, p.invoice_id), reverse=True))


@dataclass(frozen=True)
class MonthSummary:
    """One month of a unit: what the monthly report shows."""

    month: str
    figures: Figures
    categories: tuple[CategorySpend, ...]
    suppliers: tuple[SupplierSpend, ...]
    off_agreement: tuple[OffAgreementSpend, ...]
    purchases: tuple[Purchase, ...]
    others: tuple[tuple[UnitComparison, Figures], ...]  # every unit's figures that month


def month_summary(report: SpendReport, month: str) -> MonthSummary:
    purchases = [p for p in report.purchases if month_of(p.invoice_date) == month]
    rows = reassess(purchases, agreements_in(report))
    labels = labels_in(report)
    others = []
    for unit in report.comparison:
        figures = next((m.figures for m in unit.months if m.month == month), Figures())
        others.append((unit, figures))
    return MonthSummary(
        month=month,
        figures=figures_of(rows),
        categories=by_category(rows, lambda cpv: dict(labels.get(cpv, {}))),
        suppliers=by_supplier(rows),
        off_agreement=off_agreement(rows, lambda cpv: dict(labels.get(cpv, {}))),
        purchases=tuple(sorted(purchases, key=lambda p: (p.invoice_date, p.invoice_id))),
        others=tuple(others),
    )


@dataclass(frozen=True)
class OffAgreementSupplier:
    """A supplier bought from beside the agreements, and the agreement that covered most
    of it (``None`` when no agreement covered any of it)."""

    supplier_id: str
    name: str
    amount: Decimal
    missed_saving: Decimal
    invoices: int
    agreement: AgreementRef | None


def off_agreement_suppliers(
    rows: Iterable[OffAgreementSpend],
) -> tuple[OffAgreementSupplier, ...]:
    """Spend beside the agreements per supplier, largest first."""
    grouped: dict[str, list[OffAgreementSpend]] = defaultdict(list)
    for row in rows:
        grouped[row.supplier_id].append(row)
    result = []
    for supplier_id, group in grouped.items():
        covered: dict[str, Decimal] = defaultdict(lambda: ZERO)
        refs: dict[str, AgreementRef] = {}
        for row in group:
            if row.agreement is not None:
                covered[row.agreement.id] += row.amount
                refs[row.agreement.id] = row.agreement
        best = max(sorted(covered), key=lambda a: covered[a], default=None)
        result.append(
            OffAgreementSupplier(
                supplier_id=supplier_id,
                name=group[0].supplier_name,
                amount=sum((r.amount for r in group), ZERO),
                missed_saving=sum((r.missed_saving for r in group), ZERO),
                invoices=sum(r.invoices for r in group),
                agreement=refs[best] if best else None,
            )
        )
    return tuple(sorted(result, key=lambda s: (-s.amount, s.supplier_id)))


def add_figures(a: Figures, b: Figures) -> Figures:
    return Figures(
        total=a.total + b.total,
        through_avrop=a.through_avrop + b.through_avrop,
        on_agreement_outside=a.on_agreement_outside + b.on_agreement_outside,
        off_agreement=a.off_agreement + b.off_agreement,
        on_agreement=a.on_agreement + b.on_agreement,
        savings_realised=a.savings_realised + b.savings_realised,
        savings_missed=a.savings_missed + b.savings_missed,
        invoices=a.invoices + b.invoices,
    )


def all_units(figures: Iterable[Figures]) -> Figures:
    """The figures of several units together (their shares weighted by spend)."""
    total = Figures()
    for item in figures:
        total = add_figures(total, item)
    return total


def trend(
    months: Iterable[MonthFigures], ratio: Callable[[Figures], Decimal | None], span: int = 3
) -> Decimal | None:
    """How a share moved over the period: its value over the last ``span`` months minus
    its value over the first ``span`` months (None when either has no spend)."""
    ordered = sorted(months, key=lambda m: m.month)
    if len(ordered) < 2 * span:
        return None
    first = ratio(all_units(m.figures for m in ordered[:span]))
    last = ratio(all_units(m.figures for m in ordered[-span:]))
    return None if first is None or last is None else last - first
