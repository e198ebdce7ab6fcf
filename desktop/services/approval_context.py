"""What a manager needs beside the order to decide on it: the unit's approval limit and
what is left on the account the order is coded to (as the last sync said); and how many
orders wait for a decision."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.order import Order, OrderState
from desktop.domain.order_settings import Budget
from desktop.domain.reference import Role
from desktop.services.ordering import OrderService


@dataclass(frozen=True)
class ApprovalContext:
    """``limit`` is None when the unit is not in the store; ``budget`` when the unit's
    order settings or the account's budget are not."""

    limit: Decimal | None
    budget: Budget | None


def approval_context(service: OrderService, order: Order) -> ApprovalContext:
    """The context of ``order`` from the local store (call from the database thread)."""
    unit = service.reference.unit(order.unit_id)
    settings = service.settings.get(order.unit_id)
    budget = settings.budget(order.accounting.account) if settings is not None else None
    return ApprovalContext(unit.approval_limit if unit is not None else None, budget)


def approvals_waiting(service: OrderService) -> int:
    """How many orders wait for the signed-in manager's decision (never their own)."""
    me = service.reference.me()
    if me is None or me.role is not Role.MANAGER:
        return 0
    return sum(
        1
        for entry in service.entries()
        if entry.order.state is OrderState.AWAITING_APPROVAL
        and entry.order.created_by != me.username
    )
