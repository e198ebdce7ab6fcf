"""The local checks before an order is placed, each finding a plain-words ``Problem``.

They run on the cart split into one group per supplier; the budget is used up across
the groups in turn, so the third order of a cart sees what the first two take.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.domain.cart import SupplierGroup
from desktop.domain.order_delivery import DropDays
from desktop.domain.order_problems import Problem, Severity
from desktop.domain.order_settings import Budget, OrderSettings
from desktop.domain.reference import Agreement, Me, Role, Supplier, Unit
from desktop.domain.values import format_money

# Superusers order on behalf of the units they support; the order names them.
ORDERING_ROLES = frozenset({Role.ORDERER, Role.MANAGER, Role.SUPERUSER})


@dataclass(frozen=True)
class PlacingContext:
    """Everything the checks need besides the cart; all of it is in the local store."""

    today: date
    me: Me
    unit: Unit
    suppliers: Mapping[str, Supplier]
    agreements: Mapping[str, Agreement]
    settings: OrderSettings | None = None  # None: never fetched (offline since install)
    pending: Mapping[str, Decimal] = field(default_factory=dict)  # unsent, per account
    drop_days: Mapping[str, DropDays] = field(default_factory=dict)  # per supplier
    requested_date: date | None = None
    off_agreement_reason: str | None = None


def check_orderer(me: Me, unit: Unit) -> list[Problem]:
    found: list[Problem] = []
    if me.role not in ORDERING_ROLES or unit.id not in me.unit_ids:
        found.append(Problem("not_orderer_for_unit", {"unit": unit.name, "user": me.username}))
    elif not me.certified:
        found.append(Problem("not_certified", {"user": me.username}))
    elif me.role is Role.SUPERUSER:
        found.append(
            Problem(
                "ordering_on_behalf",
                {"unit": unit.name, "user": me.display_name},
                Severity.WARNING,
            )
        )
    return found


def check_group(group: SupplierGroup, ctx: PlacingContext) -> list[Problem]:
    """What blocks or qualifies the order for one supplier, budget not included."""
    found: list[Problem] = []
    if not group.lines:
        return [Problem("order_empty")]
    supplier = ctx.suppliers.get(group.supplier_id)
    if supplier is None:
        found.append(Problem("supplier_unknown", {"supplier": group.supplier_id}))
    elif not supplier.in_ecommerce:
        found.append(Problem("supplier_not_in_ecommerce", {"supplier": supplier.name}))
    found.extend(_check_agreement(group, ctx, supplier))
    for line in group.lines:
        found.extend(line.problems())
    if len(group.currencies) > 1:
        found.append(Problem("mixed_currency", {"currencies": ", ".join(sorted(group.currencies))}))
    total = group.total
    if supplier is not None and total < supplier.min_order_amount:
        found.append(
            Problem(
                "supplier_minimum_not_reached",
                {
                    "supplier": supplier.name,
                    "minimum": format_money(supplier.min_order_amount),
                    "total": format_money(total),
                    "missing": format_money(supplier.min_order_amount - total),
                    "currency": group.currency,
                },
            )
        )
    found.extend(_check_date(ctx, ctx.drop_days.get(group.supplier_id)))
    if total > ctx.unit.approval_limit:
        found.append(
            Problem(
                "needs_approval",
                {
                    "limit": format_money(ctx.unit.approval_limit),
                    "total": format_money(total),
                    "currency": group.currency,
                },
                Severity.APPROVAL,
            )
        )
    return found


def _check_agreement(
    group: SupplierGroup, ctx: PlacingContext, supplier: Supplier | None
) -> list[Problem]:
    if group.agreement_id is None:
        if not (ctx.off_agreement_reason or "").strip():
            return [Problem("off_agreement_reason_missing")]
        return []
    agreement = ctx.agreements.get(group.agreement_id)
    if agreement is None:
        return [Problem("agreement_unknown", {"agreement": group.agreement_id})]
    names = {"agreement": agreement.name, "number": agreement.number}
    if ctx.today < agreement.valid_from:
        return [
            Problem("agreement_not_yet_valid", {**names, "from": agreement.valid_from.isoformat()})
        ]
    if agreement.valid_to is not None and ctx.today > agreement.valid_to:
        return [Problem("agreement_expired", {**names, "to": agreement.valid_to.isoformat()})]
    if supplier is not None and supplier.id not in agreement.supplier_ids:
        return [Problem("supplier_not_on_agreement", {**names, "supplier": supplier.name})]
    return []


def _check_date(ctx: PlacingContext, drop_days: DropDays | None) -> list[Problem]:
    day = ctx.requested_date
    if day is None:
        return []
    if day < ctx.today:
        return [Problem("requested_date_past", {"date": day.isoformat()})]
    if drop_days is not None and not drop_days.allows(day, ctx.today):
        return [Problem("requested_date_not_drop_day", {"date": day.isoformat()}, Severity.WARNING)]
    return []


def check_budget(total: Decimal, budget: Budget | None, already: Decimal) -> list[Problem]:
    """Warn when ``total`` (after ``already`` taken by earlier orders) exceeds the budget."""
    if budget is None:
        return [Problem("budget_unknown", {}, Severity.WARNING)]
    left = budget.left - already
    if total <= left:
        return []
    return [
        Problem(
            "budget_exceeded",
            {
                "account": budget.account,
                "left": format_money(left),
                "total": format_money(total),
                "over": format_money(total - left),
                "currency": budget.currency,
            },
            Severity.WARNING,
        )
    ]


def budget_for(group: SupplierGroup, ctx: PlacingContext) -> Budget | None:
    """The budget of the account the group's purchases are coded to."""
    if ctx.settings is None:
        return None  # check_cart says the settings are missing
    account = ctx.settings.account_for(group.agreement_id)
    return ctx.settings.budget(account, ctx.pending.get(account, Decimal("0")))


def check_cart(groups: Sequence[SupplierGroup], ctx: PlacingContext) -> list[list[Problem]]:
    """The problems of each group (in order), with the orderer and budget checks included."""
    who = check_orderer(ctx.me, ctx.unit)
    if ctx.settings is None:
        who.append(Problem("order_settings_missing", {"unit": ctx.unit.name}))
    results: list[list[Problem]] = []
    used: dict[str, Decimal] = {}
    for group in groups:
        budget = budget_for(group, ctx)
        already = used.get(budget.account, Decimal("0")) if budget else Decimal("0")
        money = check_budget(group.total, budget, already) if ctx.settings else []
        problems = [*who, *check_group(group, ctx), *money]
        if budget is not None:
            used[budget.account] = already + group.total
        results.append(problems)
    return results
