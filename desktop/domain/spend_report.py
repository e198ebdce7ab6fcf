"""The answer of ``GET /units/{id}/spend``: a unit's figures for a period, as JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain.spend import Figures, MonthFigures, Purchase
from desktop.domain.spend_wire import (
    opt_str,
    req_bool,
    req_date,
    req_dict,
    req_int,
    req_list,
    req_money,
    req_str,
    str_dict,
)
from desktop.domain.values import format_money


def label_in(labels: dict[str, str], language: str) -> str:
    """The label in ``language``, else English, else Swedish, else any."""
    for lang in (language, "en", "sv"):
        if labels.get(lang):
            return labels[lang]
    return next(iter(labels.values()), "")


@dataclass(frozen=True)
class CategorySpend:
    """Spend in one CPV category, with its labels per language (sv, da, nb, en)."""

    cpv: str
    labels: dict[str, str]
    figures: Figures

    def to_json(self) -> dict[str, Any]:
        return {"cpv": self.cpv, "labels": dict(self.labels), **self.figures.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CategorySpend:
        return cls(req_str(data, "cpv"), str_dict(data, "labels"), Figures.from_json(data))


@dataclass(frozen=True)
class SupplierSpend:
    """Spend with one supplier."""

    supplier_id: str
    name: str
    figures: Figures

    def to_json(self) -> dict[str, Any]:
        return {"supplier_id": self.supplier_id, "name": self.name, **self.figures.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SupplierSpend:
        return cls(req_str(data, "supplier_id"), req_str(data, "name"), Figures.from_json(data))


@dataclass(frozen=True)
class AgreementRef:
    """The agreement that covered a need, as a manager needs to see it."""

    id: str
    number: str  # the reference to quote
    name: str
    in_ecommerce: bool  # its items can be ordered in Avrop
    price_level: Decimal  # agreement price ÷ list price, e.g. 0.82
    supplier_names: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "name": self.name,
            "in_ecommerce": self.in_ecommerce,
            "price_level": format_money(self.price_level),
            "supplier_names": list(self.supplier_names),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AgreementRef:
        names = data.get("supplier_names", [])
        return cls(
            id=req_str(data, "id"),
            number=req_str(data, "number"),
            name=req_str(data, "name"),
            in_ecommerce=req_bool(data, "in_ecommerce"),
            price_level=req_money(data, "price_level"),
            supplier_names=tuple(str(n) for n in names) if isinstance(names, list) else (),
        )


@dataclass(frozen=True)
class OffAgreementSpend:
    """Spend beside the agreements with one supplier in one category, and what covered it."""

    supplier_id: str
    supplier_name: str
    cpv: str
    cpv_labels: dict[str, str]
    amount: Decimal
    invoices: int
    agreement: AgreementRef | None  # None: no agreement covered the need
    missed_saving: Decimal  # estimated; zero when no agreement covered it

    def to_json(self) -> dict[str, Any]:
        return {
            "supplier_id": self.supplier_id,
            "supplier_name": self.supplier_name,
            "cpv": self.cpv,
            "cpv_labels": dict(self.cpv_labels),
            "amount": format_money(self.amount),
            "invoices": self.invoices,
            "agreement": self.agreement.to_json() if self.agreement else None,
            "missed_saving": format_money(self.missed_saving),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OffAgreementSpend:
        agreement = data.get("agreement")
        return cls(
            supplier_id=req_str(data, "supplier_id"),
            supplier_name=req_str(data, "supplier_name"),
            cpv=req_str(data, "cpv"),
            cpv_labels=str_dict(data, "cpv_labels"),
            amount=req_money(data, "amount"),
            invoices=req_int(data, "invoices"),
            agreement=AgreementRef.from_json(agreement) if isinstance(agreement, dict) else None,
            missed_saving=req_money(data, "missed_saving"),
        )


@dataclass(frozen=True)
class AccountBudget:
    """A budget account of the unit for the budget year: budget, committed, spent."""

    account: str
    name: str
    budget: Decimal
    committed: Decimal  # orders placed, not yet invoiced
    spent: Decimal  # invoiced in the budget year up to the end of the period

    @property
    def left(self) -> Decimal:
        return self.budget - self.committed - self.spent

    def to_json(self) -> dict[str, Any]:
        return {
            "account": self.account,
            "name": self.name,
            "budget": format_money(self.budget),
            "committed": format_money(self.committed),
            "spent": format_money(self.spent),
            "left": format_money(self.left),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AccountBudget:
        return cls(
            account=req_str(data, "account"),
            name=req_str(data, "name"),
            budget=req_money(data, "budget"),
            committed=req_money(data, "committed"),
            spent=req_money(data, "spent"),
        )


@dataclass(frozen=True)
class UnitComparison:
    """Another unit's published figures (or the unit's own), for the comparison."""

    unit_id: str
    unit_name: str
    unit_kind: str
    figures: Figures
    months: tuple[MonthFigures, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "unit_id": self.unit_id,
            "unit_name": self.unit_name,
            "unit_kind": self.unit_kind,
            "figures": self.figures.to_json(),
            "months": [m.to_json() for m in self.months],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UnitComparison:
        return cls(
            unit_id=req_str(data, "unit_id"),
            unit_name=req_str(data, "unit_name"),
            unit_kind=req_str(data, "unit_kind"),
            figures=Figures.from_json(req_dict(data, "figures")),
            months=tuple(MonthFigures.from_json(m) for m in req_list(data, "months")),
        )


@dataclass(frozen=True)
class SpendReport:
    """All figures of one unit for one period, as the server computes them."""

    unit_id: str
    unit_name: str
    period_from: date
    period_to: date
    as_of: date  # the newest invoice date the figures include
    currency: str
    totals: Figures
    months: tuple[MonthFigures, ...]
    categories: tuple[CategorySpend, ...]
    suppliers: tuple[SupplierSpend, ...]
    off_agreement: tuple[OffAgreementSpend, ...]  # largest first
    budget_year: int
    budgets: tuple[AccountBudget, ...]
    comparison: tuple[UnitComparison, ...]  # every unit of the municipality, this one too
    purchases: tuple[Purchase, ...]  # the invoices behind the figures, for click-through
    agreements: tuple[AgreementRef, ...] = ()  # every agreement the purchases name

    def to_json(self) -> dict[str, Any]:
        return {
            "unit_id": self.unit_id,
            "unit_name": self.unit_name,
            "from": self.period_from.isoformat(),
            "to": self.period_to.isoformat(),
            "as_of": self.as_of.isoformat(),
            "currency": self.currency,
            "totals": self.totals.to_json(),
            "months": [m.to_json() for m in self.months],
            "categories": [c.to_json() for c in self.categories],
            "suppliers": [s.to_json() for s in self.suppliers],
            "off_agreement": [o.to_json() for o in self.off_agreement],
            "budget_year": self.budget_year,
            "budgets": [b.to_json() for b in self.budgets],
            "comparison": [c.to_json() for c in self.comparison],
            "purchases": [p.to_json() for p in self.purchases],
            "agreements": [a.to_json() for a in self.agreements],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SpendReport:
        return cls(
            unit_id=req_str(data, "unit_id"),
            unit_name=req_str(data, "unit_name"),
            period_from=req_date(data, "from"),
            period_to=req_date(data, "to"),
            as_of=req_date(data, "as_of"),
            currency=opt_str(data, "currency") or "SEK",
            totals=Figures.from_json(req_dict(data, "totals")),
            months=tuple(MonthFigures.from_json(m) for m in req_list(data, "months")),
            categories=tuple(CategorySpend.from_json(c) for c in req_list(data, "categories")),
            suppliers=tuple(SupplierSpend.from_json(s) for s in req_list(data, "suppliers")),
            off_agreement=tuple(
                OffAgreementSpend.from_json(o) for o in req_list(data, "off_agreement")
            ),
            budget_year=req_int(data, "budget_year"),
            budgets=tuple(AccountBudget.from_json(b) for b in req_list(data, "budgets")),
            comparison=tuple(UnitComparison.from_json(c) for c in req_list(data, "comparison")),
            purchases=tuple(Purchase.from_json(p) for p in req_list(data, "purchases")),
            agreements=tuple(AgreementRef.from_json(a) for a in req_list(data, "agreements")),
        )

    def agreement(self, agreement_id: str | None) -> AgreementRef | None:
        return next((a for a in self.agreements if a.id == agreement_id), None)

    def month(self, month: str) -> MonthFigures | None:
        return next((m for m in self.months if m.month == month), None)
