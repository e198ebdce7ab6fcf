"""Orders placed in Avrop that are not invoiced yet: the committed money of a unit."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import InvoiceRow, OrderRow
from desktop.domain.order import OrderState
from desktop.domain.spend_figures import OpenOrder

# Placed with the supplier and not called off: the money is bound until the invoice.
COMMITTING_STATES = frozenset(
    {
        OrderState.SENT,
        OrderState.ACKNOWLEDGED,
        OrderState.ACCEPTED,
        OrderState.CHANGED,
        OrderState.PARTLY_DELIVERED,
        OrderState.DELIVERED,
    }
)


def open_orders_of(session: Session, unit_id: str) -> list[OpenOrder]:
    """The unit's orders placed through ``POST /orders`` that no invoice names yet."""
    invoiced = select(InvoiceRow.order_id).where(
        InvoiceRow.unit_id == unit_id, InvoiceRow.order_id.is_not(None)
    )
    rows = session.scalars(
        select(OrderRow)
        .where(OrderRow.unit_id == unit_id)
        .where(OrderRow.state.in_([s.value for s in COMMITTING_STATES]))
        .where(OrderRow.client_order_id.not_in(invoiced))
        .order_by(OrderRow.id)
    )
    return [
        OpenOrder(row.client_order_id, row.unit_id, row.created_at.date(), row.account, row.total)
        for row in rows
    ]
