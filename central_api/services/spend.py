"""A unit's spend figures from the invoices, budgets and open orders in the database.

The figures themselves are computed by ``desktop.domain.spend_compute`` (shared with
the app's tests); this module only loads the rows and the CPV labels.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import (
    AgreementPriceLevelRow,
    AgreementRow,
    BudgetRow,
    CommitmentRow,
    InvoiceRow,
    MunicipalityRow,
    SupplierRow,
    UnitRow,
)
from central_api.services.spend_orders import open_orders_of
from desktop.domain.demo_variants import currency_of_country
from desktop.domain.spend import Purchase
from desktop.domain.spend_compute import UnitInfo, compare_units, compute_report
from desktop.domain.spend_figures import AgreementCover, Budget, OpenOrder, price_levels
from desktop.domain.spend_report import AgreementRef, SpendReport

CPV_FILE = Path(__file__).resolve().parents[2] / "resources/standards/cpv/cpv_2008_nordic.csv"
LANGUAGES = ("sv", "da", "nb", "en")
NO_PRICE_LEVEL = Decimal("1")  # unknown: no saving can be estimated


@cache
def _cpv_labels() -> dict[str, dict[str, str]]:
    if not CPV_FILE.exists():
        return {}
    with CPV_FILE.open(encoding="utf-8", newline="") as handle:
        return {
            row["code"]: {lang: row[lang] for lang in LANGUAGES if row.get(lang)}
            for row in csv.DictReader(handle)
        }


def cpv_labels(code: str) -> dict[str, str]:
    """The CPV code's label in sv, da, nb and en (empty for an unknown code)."""
    return dict(_cpv_labels().get(code, {}))


def purchase_of(row: InvoiceRow) -> Purchase:
    return Purchase(
        invoice_id=row.id,
        unit_id=row.unit_id,
        invoice_date=row.invoice_date,
        supplier_id=row.supplier_id,
        supplier_name=row.supplier_name,
        cpv=row.cpv,
        account=row.account,
        amount=row.amount,
        through_avrop=row.through_avrop,
        agreement_id=row.agreement_id,
        list_amount=row.list_amount,
        order_id=row.order_id,
        description=row.description,
    )


def _purchases(session: Session, municipality_id: str, first: date, last: date) -> list[Purchase]:
    rows = session.scalars(
        select(InvoiceRow)
        .where(InvoiceRow.municipality_id == municipality_id)
        .where(InvoiceRow.invoice_date >= first, InvoiceRow.invoice_date <= last)
        .order_by(InvoiceRow.invoice_date, InvoiceRow.id)
    )
    return [purchase_of(row) for row in rows]


def agreement_covers(
    session: Session, municipality_id: str, purchases: Sequence[Purchase]
) -> list[AgreementCover]:
    """Every agreement of the municipality with its price level (the office's estimate,
    else the level of the purchases made on it, else 1: nothing estimated)."""
    stated = {
        row.agreement_id: row.price_level for row in session.scalars(select(AgreementPriceLevelRow))
    }
    observed = price_levels(purchases)
    query = select(SupplierRow.id, SupplierRow.name).where(
        SupplierRow.municipality_id == municipality_id
    )
    names = {supplier_id: name for supplier_id, name in session.execute(query)}
    covers = []
    for row in session.scalars(
        select(AgreementRow).where(AgreementRow.municipality_id == municipality_id)
    ):
        level = stated.get(row.id) or observed.get(row.id) or NO_PRICE_LEVEL
        suppliers = tuple(names.get(s.supplier_id, s.supplier_id) for s in row.suppliers)
        ref = AgreementRef(row.id, row.number, row.name, row.in_ecommerce, level, suppliers)
        codes = tuple(c.cpv_code for c in row.cpv_codes)
        covers.append(AgreementCover(ref, codes, row.valid_from, row.valid_to))
    return sorted(covers, key=lambda c: c.agreement.id)


def _budgets(session: Session, unit_id: str, year: int) -> list[Budget]:
    rows = session.scalars(
        select(BudgetRow).where(BudgetRow.unit_id == unit_id, BudgetRow.year == year)
    )
    return [Budget(r.unit_id, r.year, r.account, r.name, r.amount) for r in rows]


def _commitments(session: Session, unit_id: str) -> list[OpenOrder]:
    rows = session.scalars(select(CommitmentRow).where(CommitmentRow.unit_id == unit_id))
    history = [OpenOrder(r.order_id, r.unit_id, r.placed_on, r.account, r.amount) for r in rows]
    return history + open_orders_of(session, unit_id)


def spend_report(session: Session, unit: UnitRow, first: date, last: date) -> SpendReport:
    """The figures of ``unit`` from ``first`` to ``last``, with every unit's for comparison."""
    municipality_id = unit.municipality_id
    year_start = date(last.year, 1, 1)
    purchases = _purchases(session, municipality_id, min(first, year_start), last)
    covers = agreement_covers(session, municipality_id, purchases)
    units = session.scalars(
        select(UnitRow).where(UnitRow.municipality_id == municipality_id).order_by(UnitRow.id)
    )
    infos = [UnitInfo(u.id, u.name, u.kind) for u in units]
    comparison = compare_units(infos, purchases, covers, first, last)
    return compute_report(
        unit=UnitInfo(unit.id, unit.name, unit.kind),
        first=first,
        last=last,
        purchases=[p for p in purchases if p.unit_id == unit.id],
        covers=covers,
        budgets=_budgets(session, unit.id, last.year),
        open_orders=_commitments(session, unit.id),
        labels=cpv_labels,
        comparison=comparison,
        currency=_currency(session, municipality_id),
    )


def _currency(session: Session, municipality_id: str) -> str:
    town = session.get(MunicipalityRow, municipality_id)
    return currency_of_country(town.country) if town is not None else "SEK"
