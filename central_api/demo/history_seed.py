"""Seed step: the demo's purchase history, budgets, open commitments and price levels."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from central_api.demo.generator import DemoData
from central_api.demo.history import History, generate_history
from central_api.models import AgreementPriceLevelRow, BudgetRow, CommitmentRow, InvoiceRow
from desktop.domain.spend import Purchase
from desktop.domain.spend_figures import Budget, OpenOrder


def seed_spend_history(session: Session, data: DemoData) -> None:
    """The ``SEED_STEPS`` step: twelve months of history around ``data.today``."""
    history = generate_history(data.units, data.agreements, data.suppliers, data.today)
    write_history(session, data.municipality.id, history)


def write_history(session: Session, municipality_id: str, history: History) -> None:
    session.add_all(invoice_rows(municipality_id, history.purchases))
    session.add_all(budget_rows(history.budgets))
    session.add_all(commitment_rows(history.commitments))
    session.add_all(
        AgreementPriceLevelRow(agreement_id=agreement_id, price_level=level)
        for agreement_id, level in sorted(history.price_levels.items())
    )
    session.flush()


def invoice_rows(municipality_id: str, purchases: Iterable[Purchase]) -> list[InvoiceRow]:
    return [
        InvoiceRow(
            id=p.invoice_id,
            municipality_id=municipality_id,
            unit_id=p.unit_id,
            invoice_date=p.invoice_date,
            supplier_id=p.supplier_id,
            supplier_name=p.supplier_name,
            cpv=p.cpv,
            account=p.account,
            amount=p.amount,
            list_amount=p.list_amount,
            through_avrop=p.through_avrop,
            agreement_id=p.agreement_id,
            order_id=p.order_id,
            description=p.description,
        )
        for p in purchases
    ]


def budget_rows(budgets: Iterable[Budget]) -> list[BudgetRow]:
    return [
        BudgetRow(unit_id=b.unit_id, year=b.year, account=b.account, name=b.name, amount=b.amount)
        for b in budgets
    ]


def commitment_rows(orders: Iterable[OpenOrder]) -> list[CommitmentRow]:
    return [
        CommitmentRow(
            order_id=o.order_id,
            unit_id=o.unit_id,
            placed_on=o.placed_on,
            account=o.account,
            amount=o.amount,
        )
        for o in orders
    ]
