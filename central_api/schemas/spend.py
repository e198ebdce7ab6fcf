"""Response models mirroring ``desktop.domain.spend_report.SpendReport.to_json()`` (OpenAPI).

The route serves ``to_json()``; ``tests/central_api/test_spend_api.py`` checks that these
models describe exactly its keys.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

MONEY_PATTERN = r"^-?\d+(\.\d+)?$"


def _money(description: str = "Decimal amount as a string") -> Any:
    return Field(description=description, pattern=MONEY_PATTERN)


class FiguresOut(BaseModel):
    total: str = _money("Invoiced, excluding VAT")
    through_avrop: str = _money("Ordered in Avrop (e-commerce)")
    on_agreement_outside: str = _money("On an agreement, ordered outside Avrop")
    off_agreement: str = _money("Neither through Avrop nor on an agreement")
    on_agreement: str = _money("On an agreement, in or outside Avrop")
    savings_realised: str = _money("List price − agreement price on on-agreement purchases")
    savings_missed: str = _money("Estimated saving missed on covered off-agreement spend")
    invoices: int
    e_share: str | None = Field(description="E-handelsgrad, 0–1 with 4 decimals; null: no spend")
    compliance: str | None = Field(description="On-agreement share, 0–1; null: no spend")


class MonthOut(FiguresOut):
    month: str = Field(description="YYYY-MM", pattern=r"^\d{4}-\d{2}$")


class CategoryOut(FiguresOut):
    cpv: str = Field(description="8-digit CPV code")
    labels: dict[str, str] = Field(description="CPV label per language: sv, da, nb, en")


class SupplierSpendOut(FiguresOut):
    supplier_id: str
    name: str


class AgreementRefOut(BaseModel):
    id: str
    number: str
    name: str
    in_ecommerce: bool
    price_level: str = _money("Agreement price ÷ list price, e.g. 0.82")
    supplier_names: list[str]


class OffAgreementOut(BaseModel):
    supplier_id: str
    supplier_name: str
    cpv: str
    cpv_labels: dict[str, str]
    amount: str = _money()
    invoices: int
    agreement: AgreementRefOut | None = Field(description="The agreement that covered the need")
    missed_saving: str = _money()


class AccountBudgetOut(BaseModel):
    account: str
    name: str
    budget: str = _money()
    committed: str = _money("Orders placed, not yet invoiced")
    spent: str = _money("Invoiced from 1 January of the budget year to the end of the period")
    left: str = _money("budget − committed − spent")


class UnitComparisonOut(BaseModel):
    unit_id: str
    unit_name: str
    unit_kind: str
    figures: FiguresOut
    months: list[MonthOut]


class PurchaseOut(BaseModel):
    invoice_id: str
    unit_id: str
    invoice_date: date
    supplier_id: str
    supplier_name: str
    cpv: str
    account: str
    amount: str = _money("Invoiced, excluding VAT")
    through_avrop: bool
    agreement_id: str | None
    list_amount: str | None
    order_id: str | None
    description: str
    covered_by: str | None = Field(description="Off agreement: the agreement that covered it")
    missed_saving: str = _money("Off agreement: the saving missed, estimated")


class SpendReportOut(BaseModel):
    """A unit's spend figures for a period (definitions: README, "Spend figures")."""

    model_config = {"populate_by_name": True}

    unit_id: str
    unit_name: str
    from_: date = Field(alias="from")
    to: date
    as_of: date = Field(description="The newest invoice date the figures include")
    currency: str
    totals: FiguresOut
    months: list[MonthOut]
    categories: list[CategoryOut]
    suppliers: list[SupplierSpendOut]
    off_agreement: list[OffAgreementOut] = Field(description="Largest first")
    budget_year: int
    budgets: list[AccountBudgetOut]
    comparison: list[UnitComparisonOut] = Field(description="Every unit that bought something")
    purchases: list[PurchaseOut] = Field(description="The invoices behind the figures")
    agreements: list[AgreementRefOut] = Field(description="Every agreement the invoices name")
