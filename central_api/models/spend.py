"""What the spend figures are computed from: invoices, budgets, open commitments.

An invoice row is one supplier invoice of a unit, coded to one account and one CPV
category (the demo's invoices are single-category; a real import splits per line).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central_api.models.base import Base, Money


class InvoiceRow(Base):
    """A supplier invoice of a unit (amounts excluding VAT)."""

    __tablename__ = "spend_invoices"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipalities.id"), index=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    invoice_date: Mapped[date] = mapped_column(Date, index=True)
    supplier_id: Mapped[str] = mapped_column(String(64))
    supplier_name: Mapped[str] = mapped_column(String(200))
    cpv: Mapped[str] = mapped_column(String(10))
    account: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Money())
    list_amount: Mapped[Decimal | None] = mapped_column(Money())
    through_avrop: Mapped[bool] = mapped_column(Boolean)
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreements.id"))
    order_id: Mapped[str | None] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text)


class BudgetRow(Base):
    """A unit's budget on one account for one calendar year."""

    __tablename__ = "spend_budgets"

    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Money())


class CommitmentRow(Base):
    """An order placed and not yet invoiced, from before Avrop kept the orders itself."""

    __tablename__ = "spend_commitments"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    placed_on: Mapped[date] = mapped_column(Date)
    account: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Money())


class AgreementPriceLevelRow(Base):
    """The office's estimate of an agreement's prices against list price (e.g. 0.82)."""

    __tablename__ = "spend_agreement_price_levels"

    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True
    )
    price_level: Mapped[Decimal] = mapped_column(Money())
