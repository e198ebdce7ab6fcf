"""Spend figures of a unit: the purchases behind them and the figures themselves.

The definitions (README, "Spend figures: definitions") in one place:

- **spend** is what was invoiced, excluding VAT, on the invoice date;
- **through Avrop** (e-commerce) is spend on orders placed in Avrop; *e-handelsgrad* is
  through-Avrop spend ÷ spend;
- **on agreement** is spend with a supplier of a framework agreement that was valid on
  the invoice date, in or outside e-commerce; *compliance* is on-agreement spend ÷ spend;
- **off agreement** is the rest: neither through Avrop nor on an agreement;
- **savings realised** is list price − agreement price on on-agreement purchases;
- **savings missed** is the estimate for off-agreement spend in a category an agreement
  covered: amount × (1 − that agreement's price level), rounded per invoice.

These classes are also the JSON wire shapes (``to_json``/``from_json``); money travels as
a decimal string, dates ISO 8601, months ``YYYY-MM``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from desktop.domain.spend_wire import (
    money_or_none,
    opt_money,
    opt_str,
    req_bool,
    req_date,
    req_int,
    req_money,
    req_str,
)
from desktop.domain.values import ValueFormatError, format_money

ZERO = Decimal("0")
CENT = Decimal("0.01")
SHARE_STEP = Decimal("0.0001")  # shares are ratios with four decimals: 0.6234 = 62.34 %


class SpendKind(StrEnum):
    """The three parts a month's spend splits into (they add up to the spend)."""

    THROUGH_AVROP = "through_avrop"  # ordered in Avrop (e-commerce)
    ON_AGREEMENT_OUTSIDE = "on_agreement_outside"  # called off an agreement, outside Avrop
    OFF_AGREEMENT = "off_agreement"  # beside the agreements


def share(part: Decimal, whole: Decimal) -> Decimal | None:
    """``part / whole`` rounded half up to four decimals; None when there is no spend."""
    if whole <= ZERO:
        return None
    return (part / whole).quantize(SHARE_STEP, rounding=ROUND_HALF_UP)


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def month_of(day: date) -> str:
    """The month key ``YYYY-MM`` of ``day``."""
    return f"{day.year:04d}-{day.month:02d}"


def month_start(month: str) -> date:
    try:
        year, number = (int(p) for p in month.split("-"))
        return date(year, number, 1)
    except ValueError as exc:
        raise ValueFormatError("month", month, "a month YYYY-MM") from exc


def month_end(month: str) -> date:
    start = month_start(month)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def months_between(first: date, last: date) -> tuple[str, ...]:
    """Every month key from ``first``'s month to ``last``'s month, inclusive."""
    months: list[str] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def add_months(day: date, count: int) -> date:
    """The first day of the month ``count`` months after ``day``'s month (negative: before)."""
    index = day.year * 12 + day.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Purchase:
    """One invoice of a unit, coded to one account and one category (CPV)."""

    invoice_id: str
    unit_id: str
    invoice_date: date
    supplier_id: str
    supplier_name: str
    cpv: str  # 8-digit CPV code of what was bought
    account: str  # the account of the accounting string
    amount: Decimal  # invoiced, excluding VAT
    through_avrop: bool  # ordered in Avrop
    agreement_id: str | None = None  # the agreement it was bought on, if any
    list_amount: Decimal | None = None  # the same goods at the supplier's list price
    order_id: str | None = None  # the order behind the invoice, when there was one
    description: str = ""
    # Filled in by the computation for purchases beside the agreements: the agreement
    # that covered the need, and the saving missed by not using it.
    covered_by: str | None = None
    missed_saving: Decimal = ZERO

    @property
    def on_agreement(self) -> bool:
        return self.agreement_id is not None

    @property
    def kind(self) -> SpendKind:
        if self.through_avrop:
            return SpendKind.THROUGH_AVROP
        if self.on_agreement:
            return SpendKind.ON_AGREEMENT_OUTSIDE
        return SpendKind.OFF_AGREEMENT

    @property
    def saving(self) -> Decimal:
        """Savings realised: list price − agreement price, on on-agreement purchases."""
        if not self.on_agreement or self.list_amount is None:
            return ZERO
        return self.list_amount - self.amount

    def to_json(self) -> dict[str, Any]:
        return {
            "invoice_id": self.invoice_id,
            "unit_id": self.unit_id,
            "invoice_date": self.invoice_date.isoformat(),
            "supplier_id": self.supplier_id,
            "supplier_name": self.supplier_name,
            "cpv": self.cpv,
            "account": self.account,
            "amount": format_money(self.amount),
            "through_avrop": self.through_avrop,
            "agreement_id": self.agreement_id,
            "list_amount": money_or_none(self.list_amount),
            "order_id": self.order_id,
            "description": self.description,
            "covered_by": self.covered_by,
            "missed_saving": format_money(self.missed_saving),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Purchase:
        return cls(
            invoice_id=req_str(data, "invoice_id"),
            unit_id=req_str(data, "unit_id"),
            invoice_date=req_date(data, "invoice_date"),
            supplier_id=req_str(data, "supplier_id"),
            supplier_name=req_str(data, "supplier_name"),
            cpv=req_str(data, "cpv"),
            account=req_str(data, "account"),
            amount=req_money(data, "amount"),
            through_avrop=req_bool(data, "through_avrop"),
            agreement_id=opt_str(data, "agreement_id"),
            list_amount=opt_money(data, "list_amount"),
            order_id=opt_str(data, "order_id"),
            description=opt_str(data, "description") or "",
            covered_by=opt_str(data, "covered_by"),
            missed_saving=opt_money(data, "missed_saving") or ZERO,
        )


@dataclass(frozen=True)
class Figures:
    """Spend and its shares for a period, a month, a category or a supplier."""

    total: Decimal = ZERO
    through_avrop: Decimal = ZERO
    on_agreement_outside: Decimal = ZERO
    off_agreement: Decimal = ZERO
    on_agreement: Decimal = ZERO  # every purchase on an agreement, in or outside Avrop
    savings_realised: Decimal = ZERO
    savings_missed: Decimal = ZERO
    invoices: int = 0

    @property
    def e_share(self) -> Decimal | None:
        """E-handelsgrad: through-Avrop spend ÷ spend."""
        return share(self.through_avrop, self.total)

    @property
    def compliance(self) -> Decimal | None:
        """Agreement compliance: on-agreement spend ÷ spend."""
        return share(self.on_agreement, self.total)

    def part(self, kind: SpendKind) -> Decimal:
        return {
            SpendKind.THROUGH_AVROP: self.through_avrop,
            SpendKind.ON_AGREEMENT_OUTSIDE: self.on_agreement_outside,
            SpendKind.OFF_AGREEMENT: self.off_agreement,
        }[kind]

    def plus(self, purchase: Purchase, missed: Decimal = ZERO) -> Figures:
        """These figures with ``purchase`` (and its estimated missed saving) added."""
        kind = purchase.kind
        return Figures(
            total=self.total + purchase.amount,
            through_avrop=self.through_avrop
            + (purchase.amount if kind is SpendKind.THROUGH_AVROP else ZERO),
            on_agreement_outside=self.on_agreement_outside
            + (purchase.amount if kind is SpendKind.ON_AGREEMENT_OUTSIDE else ZERO),
            off_agreement=self.off_agreement
            + (purchase.amount if kind is SpendKind.OFF_AGREEMENT else ZERO),
            on_agreement=self.on_agreement + (purchase.amount if purchase.on_agreement else ZERO),
            savings_realised=self.savings_realised + purchase.saving,
            savings_missed=self.savings_missed + missed,
            invoices=self.invoices + 1,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "total": format_money(self.total),
            "through_avrop": format_money(self.through_avrop),
            "on_agreement_outside": format_money(self.on_agreement_outside),
            "off_agreement": format_money(self.off_agreement),
            "on_agreement": format_money(self.on_agreement),
            "savings_realised": format_money(self.savings_realised),
            "savings_missed": format_money(self.savings_missed),
            "invoices": self.invoices,
            # Derived, sent for readers that do not compute them; from_json recomputes.
            "e_share": money_or_none(self.e_share),
            "compliance": money_or_none(self.compliance),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figures:
        return cls(
            total=req_money(data, "total"),
            through_avrop=req_money(data, "through_avrop"),
            on_agreement_outside=req_money(data, "on_agreement_outside"),
            off_agreement=req_money(data, "off_agreement"),
            on_agreement=req_money(data, "on_agreement"),
            savings_realised=req_money(data, "savings_realised"),
            savings_missed=req_money(data, "savings_missed"),
            invoices=req_int(data, "invoices"),
        )


@dataclass(frozen=True)
class MonthFigures:
    """The figures of one calendar month."""

    month: str  # YYYY-MM
    figures: Figures

    def to_json(self) -> dict[str, Any]:
        return {"month": self.month, **self.figures.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MonthFigures:
        month = req_str(data, "month")
        month_start(month)  # validates the form
        return cls(month, Figures.from_json(data))
