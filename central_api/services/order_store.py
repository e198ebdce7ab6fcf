"""A new order into the database with SQLAlchemy Core: one INSERT for the order (an
Order/ID the municipality has already is skipped, not an error) and one for its lines,
no ORM flush (the storage guard checks the values first). The answer is made from the
values stored (a transient ``OrderRow``), so nothing is read back."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from central_api.models import OrderLineRow, OrderRow
from central_api.storage_guard import check_values

_ORDERS: Table = OrderRow.__table__  # type: ignore[assignment]
_LINES: Table = OrderLineRow.__table__  # type: ignore[assignment]
_UNIQUE_ORDER_ID = ["municipality_id", "client_order_id"]
# Built once per database (the columns come from the values at execution).
_INSERT_ORDER = {
    name: make_insert(_ORDERS)
    .on_conflict_do_nothing(index_elements=_UNIQUE_ORDER_ID)
    .returning(_ORDERS.c.id)
    for name, make_insert in (("postgresql", postgresql.insert), ("sqlite", sqlite.insert))
}
_INSERT_LINES = insert(_LINES)


def insert_order(session: Session, values: dict[str, Any]) -> int | None:
    """The new order's id; None when the municipality has an order with its Order/ID
    (committed, or committed meanwhile by a concurrent request: PostgreSQL waits for it)."""
    dialect = session.get_bind().dialect
    check_values(_ORDERS, values, dialect)
    found = session.execute(_INSERT_ORDER[dialect.name], values).scalar_one_or_none()
    return None if found is None else int(found)


def insert_lines(session: Session, order_id: int, lines: list[dict[str, Any]]) -> None:
    """Every line of the order in one statement (an executemany when several)."""
    dialect = session.get_bind().dialect
    for line in lines:
        check_values(_LINES, line, dialect)
    session.execute(_INSERT_LINES, [{**line, "order_id": order_id} for line in lines])


def stored_row(order_id: int, values: dict[str, Any], lines: list[dict[str, Any]]) -> OrderRow:
    """The order as stored, for the answer (not attached to the session: never flushed)."""
    row = OrderRow(id=order_id, **values, responses=[], approval=None)
    row.lines = [OrderLineRow(order_id=order_id, **line) for line in lines]
    return row
