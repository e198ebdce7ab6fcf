"""Computing a unit's spend figures from its invoices (shared by the server and tests).

Pure functions over :class:`~desktop.domain.spend.Purchase` rows; the definitions are in
``desktop/domain/spend.py`` and the README. Every amount is a ``Decimal``; sums are
exact, shares are rounded half up to four decimals, a missed saving to whole cents per
invoice before it is summed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from desktop.domain.spend import (
    ZERO,
    Figures,
    MonthFigures,
    Purchase,
    SpendKind,
    cents,
    month_of,
    months_between,
    share,
)
from desktop.domain.spend_report import (
    AccountBudget,
    AgreementRef,
    CategorySpend,
    OffAgreementSpend,
    SupplierSpend,
)

ONE = Decimal("1")
Labels = Callable[[str], dict[str, str]]


def cpv_prefix(code: str) -> str:
    """The significant digits of a CPV code: ``15000000`` → ``15``, ``30192700`` → ``301927``."""
    stripped = code.rstrip("0")
    return stripped if len(stripped) >= 2 else code[:2]


def cpv_covers(scope: str, code: str) -> bool:
    """Whether an agreement scoped to CPV ``scope`` covers a purchase in CPV ``code``."""
    return code.startswith(cpv_prefix(scope))


@dataclass(frozen=True)
class AgreementCover:
    """An agreement with what it covers and when, to find the one a purchase missed."""

    agreement: AgreementRef
    cpv_codes: tuple[str, ...]
    valid_from: date
    valid_to: date | None

    def specificity(self, cpv: str, day: date) -> int:
        """How closely it covers ``cpv`` on ``day`` (length of the prefix), 0 if not."""
        if day < self.valid_from or (self.valid_to is not None and day > self.valid_to):
            return 0
        return max((len(cpv_prefix(s)) for s in self.cpv_codes if cpv_covers(s, cpv)), default=0)


@dataclass(frozen=True)
class Budget:
    """A unit's budget on one account for one calendar year."""

    unit_id: str
    year: int
    account: str
    name: str
    amount: Decimal


@dataclass(frozen=True)
class OpenOrder:
    """An order placed and not yet invoiced: committed money."""

    order_id: str
    unit_id: str
    placed_on: date
    account: str
    amount: Decimal


@dataclass(frozen=True)
class Assessed:
    """A purchase with the agreement that covered it (when off agreement) and the miss."""

    purchase: Purchase
    agreement: AgreementRef | None
    missed: Decimal


def covering_agreement(
    covers: Sequence[AgreementCover], cpv: str, day: date
) -> AgreementCover | None:
    """The most specific agreement valid on ``day`` whose scope covers ``cpv``."""
    best: AgreementCover | None = None
    best_level = 0
    for cover in covers:
        level = cover.specificity(cpv, day)
        if not level:
            continue
        # Most specific first; among equals the lowest price level, then the lowest id.
        if (
            best is None
            or level > best_level
            or (level == best_level and _cheaper_or_first(cover, best))
        ):
            best, best_level = cover, level
    return best


def _cheaper_or_first(cover: AgreementCover, best: AgreementCover) -> bool:
    a, b = cover.agreement, best.agreement
    return (a.price_level, a.id) < (b.price_level, b.id)


def assess(purchases: Iterable[Purchase], covers: Sequence[AgreementCover]) -> list[Assessed]:
    """Each purchase with its covering agreement and missed saving (off agreement only);
    the purchase itself carries them too (``covered_by``, ``missed_saving``)."""
    result: list[Assessed] = []
    for purchase in purchases:
        if purchase.kind is not SpendKind.OFF_AGREEMENT:
            result.append(Assessed(replace(purchase, covered_by=None, missed_saving=ZERO),
                                   None, ZERO))  # fmt: skip
            continue
        cover = covering_agreement(covers, purchase.cpv, purchase.invoice_date)
        if cover is None:
            result.append(Assessed(replace(purchase, covered_by=None, missed_saving=ZERO),
                                   None, ZERO))  # fmt: skip
            continue
        ref = cover.agreement
        missed = max(ZERO, cents(purchase.amount * (ONE - ref.price_level)))
        assessed = replace(purchase, covered_by=ref.id, missed_saving=missed)
        result.append(Assessed(assessed, ref, missed))
    return result


def reassess(purchases: Iterable[Purchase], agreements: dict[str, AgreementRef]) -> list[Assessed]:
    """Rows of purchases assessed before (they carry ``covered_by``/``missed_saving``)."""
    return [
        Assessed(p, agreements.get(p.covered_by) if p.covered_by else None, p.missed_saving)
        for p in purchases
    ]


def figures_of(rows: Iterable[Assessed]) -> Figures:
    figures = Figures()
    for row in rows:
        figures = figures.plus(row.purchase, row.missed)
    return figures


def by_month(rows: Iterable[Assessed], first: date, last: date) -> tuple[MonthFigures, ...]:
    """Figures per month from ``first``'s month to ``last``'s, empty months included."""
    grouped: dict[str, list[Assessed]] = defaultdict(list)
    for row in rows:
        grouped[month_of(row.purchase.invoice_date)].append(row)
    return tuple(MonthFigures(m, figures_of(grouped[m])) for m in months_between(first, last))


def by_category(rows: Iterable[Assessed], labels: Labels) -> tuple[CategorySpend, ...]:
    """Figures per CPV category, largest spend first."""
    grouped: dict[str, list[Assessed]] = defaultdict(list)
    for row in rows:
        grouped[row.purchase.cpv].append(row)
    items = [CategorySpend(cpv, labels(cpv), figures_of(g)) for cpv, g in grouped.items()]
    return tuple(sorted(items, key=lambda c: (-c.figures.total, c.cpv)))


def by_supplier(rows: Iterable[Assessed]) -> tuple[SupplierSpend, ...]:
    """Figures per supplier, largest spend first."""
    grouped: dict[str, list[Assessed]] = defaultdict(list)
    names: dict[str, str] = {}
    for row in rows:
        grouped[row.purchase.supplier_id].append(row)
        names[row.purchase.supplier_id] = row.purchase.supplier_name
    items = [SupplierSpend(sid, names[sid], figures_of(g)) for sid, g in grouped.items()]
    return tuple(sorted(items, key=lambda s: (-s.figures.total, s.supplier_id)))


def off_agreement(rows: Iterable[Assessed], labels: Labels) -> tuple[OffAgreementSpend, ...]:
    """Off-agreement spend per supplier, category and covering agreement, largest first."""
    grouped: dict[tuple[str, str, str | None], list[Assessed]] = defaultdict(list)
    for row in rows:
        if row.purchase.kind is SpendKind.OFF_AGREEMENT:
            agreement_id = row.agreement.id if row.agreement else None
            grouped[(row.purchase.supplier_id, row.purchase.cpv, agreement_id)].append(row)
    items = []
    for (supplier_id, cpv, _), group in grouped.items():
        agreement = group[0].agreement
        items.append(
            OffAgreementSpend(
                supplier_id=supplier_id,
                supplier_name=group[0].purchase.supplier_name,
                cpv=cpv,
                cpv_labels=labels(cpv),
                amount=sum((r.purchase.amount for r in group), ZERO),
                invoices=len(group),
                agreement=agreement,
                missed_saving=sum((r.missed for r in group), ZERO),
            )
        )
    return tuple(sorted(items, key=lambda o: (-o.amount, o.supplier_id, o.cpv)))


def account_budgets(
    budgets: Iterable[Budget],
    open_orders: Iterable[OpenOrder],
    purchases: Iterable[Purchase],
    year: int,
    up_to: date,
) -> tuple[AccountBudget, ...]:
    """Per account of ``year``: budget, committed (open orders) and spent (1 Jan–``up_to``)."""
    amounts: dict[str, Decimal] = defaultdict(lambda: ZERO)
    names: dict[str, str] = {}
    for budget in budgets:
        if budget.year == year:
            amounts[budget.account] += budget.amount
            names[budget.account] = budget.name
    committed: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for order in open_orders:
        committed[order.account] += order.amount
    spent: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for purchase in purchases:
        if purchase.invoice_date.year == year and purchase.invoice_date <= up_to:
            spent[purchase.account] += purchase.amount
    accounts = sorted(set(amounts) | set(committed) | set(spent))
    return tuple(
        AccountBudget(a, names.get(a, a), amounts[a], committed[a], spent[a]) for a in accounts
    )


def price_levels(purchases: Iterable[Purchase]) -> dict[str, Decimal]:
    """Each agreement's price level: Σ amount ÷ Σ list amount of its purchases."""
    paid: dict[str, Decimal] = defaultdict(lambda: ZERO)
    listed: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for p in purchases:
        if p.agreement_id is not None and p.list_amount is not None:
            paid[p.agreement_id] += p.amount
            listed[p.agreement_id] += p.list_amount
    levels: dict[str, Decimal] = {}
    for agreement_id, total in listed.items():
        level = share(paid[agreement_id], total)
        if level is not None:
            levels[agreement_id] = level
    return levels


def in_period(purchases: Iterable[Purchase], first: date, last: date) -> list[Purchase]:
    """The purchases invoiced from ``first`` to ``last`` inclusive, oldest first."""
    chosen = [p for p in purchases if first <= p.invoice_date <= last]
    return sorted(chosen, key=lambda p: (p.invoice_date, p.invoice_id))
