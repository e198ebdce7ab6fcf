"""Putting a unit's :class:`SpendReport` together, and the comparison between units."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.spend import Purchase
from desktop.domain.spend_figures import (
    AgreementCover,
    Assessed,
    Budget,
    Labels,
    OpenOrder,
    account_budgets,
    assess,
    by_category,
    by_month,
    by_supplier,
    figures_of,
    in_period,
    off_agreement,
)
from desktop.domain.spend_report import AgreementRef, SpendReport, UnitComparison


@dataclass(frozen=True)
class UnitInfo:
    """What the comparison shows of a unit."""

    id: str
    name: str
    kind: str


def compare_units(
    units: Sequence[UnitInfo],
    purchases: Iterable[Purchase],
    covers: Sequence[AgreementCover],
    first: date,
    last: date,
) -> tuple[UnitComparison, ...]:
    """The published figures of every unit that bought something from ``first`` to ``last``."""
    per_unit: dict[str, list[Purchase]] = defaultdict(list)
    for purchase in in_period(purchases, first, last):
        per_unit[purchase.unit_id].append(purchase)
    result = []
    for unit in units:
        rows = assess(per_unit.get(unit.id, []), covers)
        if not rows:
            continue
        result.append(
            UnitComparison(
                unit.id, unit.name, unit.kind, figures_of(rows), by_month(rows, first, last)
            )
        )
    return tuple(result)


def compute_report(
    *,
    unit: UnitInfo,
    first: date,
    last: date,
    purchases: Iterable[Purchase],
    covers: Sequence[AgreementCover],
    budgets: Iterable[Budget],
    open_orders: Iterable[OpenOrder],
    labels: Labels,
    comparison: tuple[UnitComparison, ...] = (),
    as_of: date | None = None,
    currency: str = "SEK",
) -> SpendReport:
    """The unit's figures from ``first`` to ``last`` (inclusive).

    ``purchases`` are the unit's invoices; those outside the period only count towards
    the budget year (the year of ``last``), whose spending runs from 1 January to ``last``.
    ``as_of`` defaults to the newest invoice date in the period (or ``last`` if none).
    """
    own = [p for p in purchases if p.unit_id == unit.id]
    chosen = in_period(own, first, last)
    rows = assess(chosen, covers)
    if as_of is None:
        as_of = chosen[-1].invoice_date if chosen else last
    return SpendReport(
        unit_id=unit.id,
        unit_name=unit.name,
        period_from=first,
        period_to=last,
        as_of=as_of,
        currency=currency,
        totals=figures_of(rows),
        months=by_month(rows, first, last),
        categories=by_category(rows, labels),
        suppliers=by_supplier(rows),
        off_agreement=off_agreement(rows, labels),
        budget_year=last.year,
        budgets=account_budgets(
            [b for b in budgets if b.unit_id == unit.id],
            [o for o in open_orders if o.unit_id == unit.id],
            own,
            last.year,
            last,
        ),
        comparison=comparison,
        purchases=tuple(row.purchase for row in rows),
        agreements=_named_agreements(rows, covers),
    )


def _named_agreements(
    rows: Iterable[Assessed], covers: Sequence[AgreementCover]
) -> tuple[AgreementRef, ...]:
    """The agreements the purchases were bought on or missed, by id."""
    named: set[str] = set()
    for row in rows:
        named.update(a for a in (row.purchase.agreement_id, row.purchase.covered_by) if a)
    refs = {c.agreement.id: c.agreement for c in covers if c.agreement.id in named}
    return tuple(refs[a] for a in sorted(refs))
