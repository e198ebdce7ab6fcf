"""What happens to an order on the server after it arrives: the manager's approval,
the supplier's Order Response, and goods receipt (kept for invoice matching)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

from sqlalchemy.orm import Session

from central_api.authz import Principal
from central_api.errors import ApiError
from central_api.models import (
    GoodsReceiptRow,
    OrderApprovalRow,
    OrderResponseRow,
    OrderRow,
    utcnow,
)
from central_api.services.approvers import check_may_approve
from central_api.services.order_views import remote_order, touch
from desktop.domain.errors import AvropError
from desktop.domain.order import Order, OrderState
from desktop.domain.order_delivery import Delivery
from desktop.domain.order_followup import OrderAnswer, apply_answer, apply_receipt
from desktop.domain.order_wire import order_from_remote
from desktop.domain.reference import Address


def _state_conflict(row: OrderRow, what: str) -> ApiError:
    return ApiError(
        409, "order_state_invalid", f"An order that is {row.state} cannot be {what}", "state"
    )


def _domain_order(row: OrderRow) -> Order:
    """The order as the shared domain rules see it (delivery is not needed by them)."""
    nowhere = Address("", "", "", "")
    delivery = Delivery(row.unit_id, "", nowhere, "", nowhere, None)
    return order_from_remote(remote_order(row), delivery)


def _write_lines(row: OrderRow, order: Order) -> None:
    by_id = {line.line_id: line for line in order.lines}
    for line_row in row.lines:
        line = by_id[line_row.line_id]
        line_row.changed_quantity = line.changed_quantity
        line_row.changed_price = line.changed_price
        line_row.substitute_item_id = line.substitute_item_id or None
        line_row.substitute_name = line.substitute_name or None
        line_row.received_quantity = line.received_quantity
    row.state = order.state.value


def decide_approval(
    session: Session, principal: Principal, row: OrderRow, approve: bool, reason: str
) -> None:
    """An approver approves (the order goes to the supplier) or declines it; 403 for
    anyone else, above all for the person who placed it (segregation of duties)."""
    check_may_approve(session, principal, row)
    if row.state != OrderState.AWAITING_APPROVAL.value:
        raise _state_conflict(row, "approved or declined")
    reason = reason.strip()
    if not approve and not reason:
        raise ApiError(422, "reason_required", "Say why the order is declined", "reason")
    now = utcnow()
    row.approval = OrderApprovalRow(
        approved=approve,
        decided_by=principal.user_id,
        decided_by_name=principal.display_name,
        reason=reason,
        decided_at=now,
    )
    row.state = (OrderState.SENT if approve else OrderState.DECLINED).value
    touch(session, row, now)


def record_response(
    session: Session, principal: Principal, row: OrderRow, answer: OrderAnswer, document: str
) -> None:
    """Apply the supplier's answer (AB, AP, RE, CA) and keep the document."""
    try:
        changed = apply_answer(_domain_order(row), answer)
    except AvropError as exc:
        status = 409 if exc.code == "response_not_expected" else 422
        raise ApiError(status, exc.code, exc.message, exc.field) from exc
    now = utcnow()
    _write_lines(row, changed)
    row.responses.append(
        OrderResponseRow(
            code=answer.code.value,
            issued_at=answer.issued_at,
            note=answer.note,
            received_at=now,
            posted_by=principal.user_id,
            document=document,
        )
    )
    touch(session, row, now)


def record_receipt(
    session: Session,
    principal: Principal,
    row: OrderRow,
    received: Mapping[str, Decimal],
    note: str,
) -> None:
    """Add goods received now to each line (partial deliveries add up)."""
    order = _domain_order(row)
    if OrderState(row.state) not in (
        OrderState.SENT,
        OrderState.ACKNOWLEDGED,
        OrderState.ACCEPTED,
        OrderState.CHANGED,
        OrderState.PARTLY_DELIVERED,
    ):
        raise _state_conflict(row, "received")
    try:
        changed = apply_receipt(replace(order), received)
    except AvropError as exc:
        raise ApiError(422, exc.code, exc.message, exc.field) from exc
    now = utcnow()
    _write_lines(row, changed)
    for line_id, quantity in received.items():
        if quantity > 0:
            session.add(
                GoodsReceiptRow(
                    order_id=row.id,
                    line_id=line_id,
                    quantity=quantity,
                    received_by=principal.user_id,
                    received_at=now,
                    note=note,
                )
            )
    touch(session, row, now)
