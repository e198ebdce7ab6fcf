"""A unit's ordering settings from the central API: accounts, budgets and drop days.

Wire format of ``GET /units/{id}/order-settings``. The app keeps the last answer so
that placing an order offline still knows which account an agreement's purchases go
to, what is left of that account's budget, and on which days goods arrive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain.values import ValueFormatError, format_money, parse_money


def _weekdays(value: object, name: str) -> tuple[int, ...]:
    if not isinstance(value, list) or not all(
        isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in value
    ):
        raise ValueFormatError(name, value, "a list of weekdays 0-6")
    return tuple(sorted(set(value)))


def _closed_dates(value: object) -> dict[str, tuple[date, ...]]:
    if not isinstance(value, dict) or not all(isinstance(v, list) for v in value.values()):
        raise ValueFormatError("closed_dates", value, "an object of date lists")
    try:
        return {str(k): tuple(sorted(date.fromisoformat(d) for d in v)) for k, v in value.items()}
    except (TypeError, ValueError) as error:
        raise ValueFormatError("closed_dates", value, "ISO dates") from error


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValueFormatError(key, value, "a string")
    return value


@dataclass(frozen=True)
class Budget:
    """The unit's budget for its ordering account this year, as the server last said."""

    account: str
    amount: Decimal
    spent: Decimal  # orders the server knows of that still count
    currency: str = "SEK"
    pending: Decimal = Decimal("0")  # local orders the server has not confirmed yet

    @property
    def left(self) -> Decimal:
        return self.amount - self.spent - self.pending


@dataclass(frozen=True)
class AccountBudget:
    """This year's budget on one account of the unit and what is spent or committed."""

    account: str
    name: str
    amount: Decimal
    spent: Decimal

    def to_json(self) -> dict[str, Any]:
        return {
            "account": self.account,
            "name": self.name,
            "amount": format_money(self.amount),
            "spent": format_money(self.spent),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AccountBudget:
        return cls(
            _text(data, "account"),
            data.get("name") or "",
            parse_money(data.get("amount"), "amount"),
            parse_money(data.get("spent"), "spent"),
        )


@dataclass(frozen=True)
class BuyerParty:
    """The municipality as buyer: legal name and PEPPOL endpoint (e.g. org. no., 0007)."""

    name: str
    endpoint_id: str
    scheme: str
    country: str

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "endpoint_id": self.endpoint_id,
            "scheme": self.scheme,
            "country": self.country,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BuyerParty:
        return cls(
            _text(data, "name"),
            _text(data, "endpoint_id"),
            _text(data, "scheme"),
            _text(data, "country"),
        )


@dataclass(frozen=True)
class OrderSettings:
    """What the unit orders against: the account per agreement, budgets, drop days."""

    unit_id: str
    year: int
    default_account: str  # for purchases beside the agreements
    project: str | None = None
    currency: str = "SEK"
    accounts: tuple[AccountBudget, ...] = ()
    agreement_accounts: dict[str, str] = field(default_factory=dict)
    hub_drop_days: tuple[int, ...] = ()  # empty when the unit has no hub
    supplier_drop_days: dict[str, tuple[int, ...]] = field(default_factory=dict)
    buyer: BuyerParty | None = None  # the municipality, as the order's BuyerCustomerParty
    closed_dates: dict[str, tuple[date, ...]] = field(default_factory=dict)  # hub/supplier
    country: str = "SE"  # the municipality's country (ISO 3166-1), e.g. for public holidays

    def account_for(self, agreement_id: str | None) -> str:
        if agreement_id is None:
            return self.default_account
        return self.agreement_accounts.get(agreement_id, self.default_account)

    def budget(self, account: str, pending: Decimal = Decimal("0")) -> Budget | None:
        """The account's budget with ``pending`` (local unsent orders) taken off."""
        for item in self.accounts:
            if item.account == account:
                return Budget(account, item.amount, item.spent, self.currency, pending)
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "unit_id": self.unit_id,
            "year": self.year,
            "default_account": self.default_account,
            "project": self.project,
            "currency": self.currency,
            "accounts": [a.to_json() for a in self.accounts],
            "agreement_accounts": dict(self.agreement_accounts),
            "hub_drop_days": list(self.hub_drop_days),
            "supplier_drop_days": {k: list(v) for k, v in self.supplier_drop_days.items()},
            "buyer": self.buyer.to_json() if self.buyer else None,
            "closed_dates": {k: [d.isoformat() for d in v] for k, v in self.closed_dates.items()},
            "country": self.country,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OrderSettings:
        year = data.get("year")
        if not isinstance(year, int) or isinstance(year, bool):
            raise ValueFormatError("year", year, "a year")
        project = data.get("project")
        if project is not None and not isinstance(project, str):
            raise ValueFormatError("project", project, "a project or null")
        accounts = data.get("accounts") or []
        links = data.get("agreement_accounts") or {}
        suppliers = data.get("supplier_drop_days") or {}
        buyer = data.get("buyer")
        if not isinstance(accounts, list) or not isinstance(links, dict):
            raise ValueFormatError("accounts", accounts, "a list and an object")
        if not isinstance(suppliers, dict):
            raise ValueFormatError("supplier_drop_days", suppliers, "an object")
        return cls(
            unit_id=_text(data, "unit_id"),
            year=year,
            default_account=_text(data, "default_account"),
            project=project,
            currency=str(data.get("currency") or "SEK"),
            accounts=tuple(AccountBudget.from_json(a) for a in accounts),
            agreement_accounts={str(k): str(v) for k, v in links.items()},
            hub_drop_days=_weekdays(data.get("hub_drop_days") or [], "hub_drop_days"),
            supplier_drop_days={
                str(k): _weekdays(v, "supplier_drop_days") for k, v in suppliers.items()
            },
            buyer=BuyerParty.from_json(buyer) if isinstance(buyer, dict) else None,
            closed_dates=_closed_dates(data.get("closed_dates") or {}),
            country=str(data.get("country") or "SE"),
        )
