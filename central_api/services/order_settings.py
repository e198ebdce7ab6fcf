"""``GET /units/{id}/order-settings``: what a unit orders against this year.

Spent on an account = this year's invoices on it + open commitments from before Avrop
+ this year's Avrop orders that still count (not declined, rejected).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import (
    AgreementAccountRow,
    AgreementRow,
    BudgetRow,
    ClosedDayRow,
    CommitmentRow,
    DeliveryDaysRow,
    InvoiceRow,
    MunicipalityRow,
    OrderRow,
    SupplierRow,
    UnitOrderSettingsRow,
    UnitRow,
)
from desktop.domain.demo_variants import currency_of_country
from desktop.domain.order import OrderState
from desktop.domain.order_settings import AccountBudget, BuyerParty, OrderSettings

DEFAULT_ACCOUNT = "6420"  # consumables, when the municipality set nothing for the unit
NOT_COUNTING = (OrderState.DECLINED.value, OrderState.REJECTED.value, OrderState.REFUSED.value)


def parse_weekdays(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(d) for d in text.split(",") if d.strip().isdigit()} & set(range(7))))


def spent_by_account(session: Session, unit_id: str, year: int) -> dict[str, Decimal]:
    spent: dict[str, Decimal] = defaultdict(Decimal)
    first, last = date(year, 1, 1), date(year, 12, 31)
    invoices = session.execute(
        select(InvoiceRow.account, InvoiceRow.amount).where(
            InvoiceRow.unit_id == unit_id,
            InvoiceRow.invoice_date >= first,
            InvoiceRow.invoice_date <= last,
        )
    )
    for account, amount in invoices:
        spent[account] += amount
    for account, amount in session.execute(
        select(CommitmentRow.account, CommitmentRow.amount).where(CommitmentRow.unit_id == unit_id)
    ):
        spent[account] += amount
    start = datetime.combine(first, time.min, tzinfo=UTC)
    orders = session.execute(
        select(OrderRow.account, OrderRow.total).where(
            OrderRow.unit_id == unit_id,
            OrderRow.created_at >= start,
            OrderRow.state.not_in(NOT_COUNTING),
        )
    )
    for account, total in orders:
        spent[account] += total
    return dict(spent)


def order_settings(session: Session, unit: UnitRow, today: date) -> OrderSettings:
    own = session.get(UnitOrderSettingsRow, unit.id)
    links = session.execute(
        select(AgreementAccountRow.agreement_id, AgreementAccountRow.account)
        .join(AgreementRow, AgreementRow.id == AgreementAccountRow.agreement_id)
        .where(AgreementRow.municipality_id == unit.municipality_id)
    )
    spent = spent_by_account(session, unit.id, today.year)
    budgets = session.scalars(
        select(BudgetRow)
        .where(BudgetRow.unit_id == unit.id, BudgetRow.year == today.year)
        .order_by(BudgetRow.account)
    )
    accounts = tuple(
        AccountBudget(b.account, b.name, b.amount, spent.get(b.account, Decimal("0.00")))
        for b in budgets
    )
    supplier_days = {
        row.party_id: parse_weekdays(row.weekdays)
        for row in session.scalars(
            select(DeliveryDaysRow)
            .join(SupplierRow, SupplierRow.id == DeliveryDaysRow.party_id)
            .where(SupplierRow.municipality_id == unit.municipality_id)
        )
    }
    closed = closed_dates(session, [unit.hub_id or "", *supplier_days], today)
    hub_row = session.get(DeliveryDaysRow, unit.hub_id) if unit.hub_id else None
    hub_days = parse_weekdays(hub_row.weekdays) if hub_row else ()
    town = session.get(MunicipalityRow, unit.municipality_id)
    buyer = (
        BuyerParty(town.name, town.org_number.replace("-", ""), town.org_scheme, town.country)
        if town is not None
        else None
    )
    return OrderSettings(
        unit_id=unit.id,
        year=today.year,
        default_account=own.default_account if own else DEFAULT_ACCOUNT,
        project=own.project if own else None,
        currency=currency_of_country(town.country) if town is not None else "SEK",
        country=town.country if town is not None else "SE",
        accounts=accounts,
        agreement_accounts={agreement: account for agreement, account in links},
        hub_drop_days=hub_days,
        supplier_drop_days=supplier_days,
        buyer=buyer,
        closed_dates=closed,
    )


def closed_dates(
    session: Session, party_ids: list[str], today: date
) -> dict[str, tuple[date, ...]]:
    """The hub's and suppliers' closed days from ``today`` on, per party."""
    found: dict[str, list[date]] = defaultdict(list)
    rows = session.scalars(
        select(ClosedDayRow)
        .where(ClosedDayRow.party_id.in_(party_ids), ClosedDayRow.day >= today)
        .order_by(ClosedDayRow.party_id, ClosedDayRow.day)
    )
    for row in rows:
        found[row.party_id].append(row.day)
    return {party: tuple(days) for party, days in found.items()}
