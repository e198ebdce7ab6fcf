"""Segregation of duties: who may approve an order over the unit's approval limit.

No one approves their own order. The unit's other managers approve; when the unit has
no manager besides the person who placed the order, the procurement office does.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.authz import Principal
from central_api.errors import forbidden
from central_api.models import OrderRow, UserRow, UserUnitRow
from desktop.domain.order import OrderState
from desktop.domain.reference import Role


def approvers_of(session: Session, row: OrderRow) -> list[UserRow]:
    """The active users who may decide ``row``: other managers of its unit, else the
    procurement office of its municipality (never the person who placed it)."""
    managers = session.scalars(
        select(UserRow)
        .join(UserUnitRow, UserUnitRow.user_id == UserRow.id)
        .where(
            UserUnitRow.unit_id == row.unit_id,
            UserRow.role == Role.MANAGER.value,
            UserRow.active.is_(True),
            UserRow.id != row.created_by,
        )
        .order_by(UserRow.display_name)
    ).all()
    if managers:
        return list(managers)
    office = session.scalars(
        select(UserRow)
        .where(
            UserRow.municipality_id == row.municipality_id,
            UserRow.role == Role.PROCUREMENT.value,
            UserRow.active.is_(True),
            UserRow.id != row.created_by,
        )
        .order_by(UserRow.display_name)
    ).all()
    return list(office)


def approver_names(session: Session, row: OrderRow) -> tuple[str, ...]:
    """Who may approve ``row`` now (display names); empty unless it awaits approval."""
    if row.state != OrderState.AWAITING_APPROVAL.value:
        return ()
    return tuple(user.display_name for user in approvers_of(session, row))


def check_may_approve(session: Session, principal: Principal, row: OrderRow) -> None:
    """403 unless ``principal`` is one of the order's approvers (never its orderer)."""
    if row.created_by == principal.user_id:
        raise forbidden("No one approves their own order", "order_id")
    if principal.role not in (Role.MANAGER, Role.PROCUREMENT):
        raise forbidden("Only the unit's manager approves orders")
    allowed: Sequence[int] = [user.id for user in approvers_of(session, row)]
    if principal.user_id not in allowed:
        raise forbidden(
            "Another manager of the unit approves this order (else the procurement office)",
            "order_id",
        )
