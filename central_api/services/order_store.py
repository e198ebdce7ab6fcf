"""A new order into the database with SQLAlchemy Core: one INSERT for the order (an
Order/ID the municipality has already is skipped, not an error) and one for its lines,
no ORM flush (the storage guard checks the values first). The answer is made from the
values stored (a transient ``OrderRow``), so nothing is read back."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from central_api.models import OrderChangeCounterRow, OrderLineRow, OrderRow
from central_api.services.order_views import COUNTER_ID, next_change_seq
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
_COUNTER: Table = OrderChangeCounterRow.__table__  # type: ignore[assignment]
_SET_CHANGE_SEQ = update(_ORDERS).where(_ORDERS.c.id == bindparam("order_id"))
_NEXT_SEQ = (
    update(_COUNTER)
    .where(_COUNTER.c.id == COUNTER_ID)
    .values(value=_COUNTER.c.value + 1)
    .returning(_COUNTER.c.value)
    .cte("next_seq")
)
UNNUMBERED = 0  # a new order's change_seq until :func:`stamp_change` (never committed)
# PostgreSQL: bump the counter and number the order in one statement (UPDATE … FROM the
# counter's new value; "below the new number" joins the two: always true when unnumbered).
_STAMP = (
    _SET_CHANGE_SEQ.where(_ORDERS.c.change_seq < _NEXT_SEQ.c.value)
    .values(change_seq=_NEXT_SEQ.c.value)
    .add_cte(_NEXT_SEQ)
)
# The same as a scalar subquery (for ``order_numbering``): without a counter row the
# number is NULL, which the NOT NULL column refuses (the row exists from s0008 on).
NUMBER_ORDER = _SET_CHANGE_SEQ.values(
    change_seq=select(_NEXT_SEQ.c.value).scalar_subquery()
).add_cte(_NEXT_SEQ)


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


def stamp_change(session: Session, order_id: int) -> None:
    """Number a new order from the change counter, last before the commit: the counter
    row's lock (which serialises every order change) is then held for the shortest time."""
    if session.get_bind().dialect.name == "postgresql":
        stamped = session.execute(_STAMP, {"order_id": order_id})
        if getattr(stamped, "rowcount", 0) == 1:
            return
    seq = next_change_seq(session)  # SQLite (one writer anyway), or no counter row yet
    session.execute(_SET_CHANGE_SEQ, {"order_id": order_id, "change_seq": seq})


def stored_row(order_id: int, values: dict[str, Any], lines: list[dict[str, Any]]) -> OrderRow:
    """The order as stored, for the answer (not attached to the session: never flushed)."""
    row = OrderRow(id=order_id, **values, responses=[], approval=None)
    row.lines = [OrderLineRow(order_id=order_id, **line) for line in lines]
    return row
