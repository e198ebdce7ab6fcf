"""Orders as the API serves them (the shared wire form ``RemoteOrder``), and the change
counter every order change draws its ``change_seq`` from."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, joinedload

from central_api.authz import Principal
from central_api.errors import forbidden, not_found
from central_api.models import OrderChangeCounterRow, OrderRow, UnitRow, UserRow, utcnow
from central_api.schemas.input import row_id
from desktop.domain.order import ApprovalRecord, OrderState, ResponseRecord
from desktop.domain.order_accounting import AccountingString
from desktop.domain.order_wire import RemoteLine, RemoteOrder
from desktop.domain.reference import Role
from desktop.domain.refusal import Refusal

COUNTER_ID = 1
PAGE_SIZE = 200


def next_change_seq(session: Session) -> int:
    """The next change number; the counter row stays locked until the caller commits."""
    result = session.execute(
        update(OrderChangeCounterRow)
        .where(OrderChangeCounterRow.id == COUNTER_ID)
        .values(value=OrderChangeCounterRow.value + 1)
        .returning(OrderChangeCounterRow.value)
    ).scalar_one_or_none()
    if result is not None:
        return int(result)
    session.add(OrderChangeCounterRow(id=COUNTER_ID, value=1))
    session.flush()
    return 1


def touch(session: Session, order: OrderRow, now: datetime | None = None) -> None:
    """Record that ``order`` changed now (for ``GET /orders?since=``)."""
    order.updated_at = now or utcnow()
    order.change_seq = next_change_seq(session)


def order_number(row: OrderRow) -> str:
    return f"{row.created_at.year}-{row.id:06d}"


@dataclass(frozen=True)
class OrderPeople:
    """Names orders show: their placers' (username, display name, superuser?) by user
    id and their units' names by unit id."""

    users: dict[int, tuple[str, str, bool]] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)


def remote_order(
    row: OrderRow, people: OrderPeople | None = None, approvers: tuple[str, ...] = ()
) -> RemoteOrder:
    """The order as served; placed by a superuser, it says so (on behalf of the unit)."""
    approval = row.approval
    known = people or OrderPeople()
    username, placed_by_name, on_behalf = known.users.get(row.created_by, ("", "", False))
    return RemoteOrder(
        id=str(row.id),
        number=order_number(row),
        client_order_id=row.client_order_id,
        unit_id=row.unit_id,
        supplier_id=row.supplier_id,
        agreement_id=row.agreement_id,
        state=OrderState(row.state),
        currency=row.currency,
        total=row.total,
        created_by=username,
        placed_by_name=placed_by_name,
        note=row.note,
        unit_name=known.units.get(row.unit_id, ""),
        on_behalf=on_behalf,
        created_at=row.created_at,
        updated_at=row.updated_at,
        requested_delivery_date=row.requested_delivery_date,
        accounting=AccountingString(row.cost_centre, row.account, row.project),
        lines=tuple(
            RemoteLine(
                line.line_id,
                line.seller_item_id,
                line.name,
                line.quantity,
                line.unit_code,
                line.price,
                line.base_quantity,
                line.changed_quantity,
                line.changed_price,
                line.received_quantity,
                line.gtin,
                line.substitute_item_id or "",
                line.substitute_name or "",
            )
            for line in row.lines
        ),
        responses=tuple(
            ResponseRecord(r.code, r.issued_at, r.note, r.received_at) for r in row.responses
        ),
        approval=(
            ApprovalRecord(
                approval.approved, approval.decided_by_name, approval.reason, approval.decided_at
            )
            if approval is not None
            else None
        ),
        approvers=approvers,
        refusal=Refusal.from_json(json.loads(row.refusal)) if row.refusal else None,
    )


def placer_people(principal: Principal, row: OrderRow, unit_name: str) -> OrderPeople:
    """The names an order ``principal`` just placed shows: theirs and their unit's (read
    when the order was placed: no further look-up)."""
    placer = (principal.username, principal.display_name, principal.role is Role.SUPERUSER)
    return OrderPeople({principal.user_id: placer}, {row.unit_id: unit_name})


def people_for(
    session: Session, rows: Iterable[OrderRow], known: OrderPeople | None = None
) -> OrderPeople:
    """The names ``rows`` show; only those not ``known`` already are looked up."""
    rows = list(rows)
    known = known or OrderPeople()
    users, units = dict(known.users), dict(known.units)
    ids = {row.created_by for row in rows} - users.keys()
    if ids:
        found = session.execute(
            select(UserRow.id, UserRow.username, UserRow.display_name, UserRow.role).where(
                UserRow.id.in_(ids)
            )
        )
        for uid, name, shown, role in found:
            users[uid] = (name, shown, role == Role.SUPERUSER.value)
    unit_ids = {row.unit_id for row in rows} - units.keys()
    if unit_ids:
        found_units = session.execute(
            select(UnitRow.id, UnitRow.name).where(UnitRow.id.in_(unit_ids))
        )
        units.update({unit_id: name for unit_id, name in found_units})
    return OrderPeople(users, units)


def served(row: OrderRow, people: OrderPeople, approvers: tuple[str, ...]) -> dict[str, object]:
    """The order's JSON; a refused one carries its findings as the 422 body gave them."""
    data = remote_order(row, people, approvers).to_json()
    if row.refusal:
        data["refusal"] = json.loads(row.refusal)
    return data


def order_json(
    session: Session, row: OrderRow, people: OrderPeople | None = None
) -> dict[str, object]:
    """The order as served; ``people`` when the caller knows them (else looked up)."""
    from central_api.services.approvers import approver_names

    names = people or people_for(session, [row])
    return served(row, names, approver_names(session, row))


def orders_json(
    session: Session, rows: Sequence[OrderRow], known: OrderPeople | None = None
) -> list[dict[str, object]]:
    """The orders as served; names in ``known`` need no look-up."""
    from central_api.services.approvers import approver_names

    names = people_for(session, rows, known)
    return [served(row, names, approver_names(session, row)) for row in rows]


def sees_only_own(principal: Principal) -> bool:
    """Orderers see the orders they placed; managers, superusers, the office a unit's."""
    return principal.role is Role.ORDERER


def readable_order(session: Session, principal: Principal, order_id: str) -> OrderRow:
    """The order if ``principal`` may read it: 404 when unknown (or another
    municipality's), 403 when it belongs to a unit (or person) they do not reach."""
    number = row_id(order_id)
    row = session.get(OrderRow, number) if number is not None else None
    if row is None or row.municipality_id != principal.municipality_id:
        raise not_found("Unknown order", "order_id")
    if not principal.reaches_unit(row.unit_id):
        raise forbidden("This order is not for one of your units", "order_id")
    if sees_only_own(principal) and row.created_by != principal.user_id:
        raise forbidden("Orderers see their own orders", "order_id")
    return row


def list_orders(
    session: Session, principal: Principal, unit_ids: Sequence[str], since: int
) -> tuple[list[OrderRow], int, bool]:
    """Orders of ``unit_ids`` changed after ``since``: (rows, new cursor, more to come)."""
    query = (
        select(OrderRow)
        .options(joinedload(OrderRow.approval))  # in the page's query: one round trip fewer
        .where(
            OrderRow.municipality_id == principal.municipality_id,
            OrderRow.unit_id.in_(list(unit_ids)),
            OrderRow.change_seq > since,
        )
        .order_by(OrderRow.change_seq)
        .limit(PAGE_SIZE + 1)
    )
    if sees_only_own(principal):
        query = query.where(OrderRow.created_by == principal.user_id)
    rows = list(session.scalars(query))
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    cursor = rows[-1].change_seq if rows else since
    return rows, cursor, more
