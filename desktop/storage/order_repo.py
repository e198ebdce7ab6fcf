"""Local orders: placing (order + outbox entry in one transaction), reading, changing a
queued order, cancelling it, and applying what the server says about an order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import and_, delete, func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import AvropError
from desktop.domain.order import Order, OrderState
from desktop.domain.order_delivery import Delivery
from desktop.domain.order_wire import RemoteOrder, merge_remote, order_from_remote
from desktop.domain.refusal import Refusal
from desktop.domain.values import format_money
from desktop.storage.database import Database
from desktop.storage.order_codec import order_from_json, order_to_json
from desktop.storage.order_models import CartLineRow, OrderRow
from desktop.storage.outbox_models import EntryKind, OutboxRow, new_outbox_row, outbox_row_of

ORDERS_PATH = "/orders"


@dataclass(frozen=True)
class OutboxInfo:
    attempts: int
    in_flight: bool
    next_attempt_at: datetime
    last_error: str | None


@dataclass(frozen=True)
class OrderEntry:
    """An order with what the app knows about its sending and whether it is news."""

    order: Order
    username: str
    refusal: Refusal | None = None
    outbox: OutboxInfo | None = None
    unseen: bool = False


@dataclass(frozen=True)
class NewOrder:
    """An order to place, its exact ``POST /orders`` body and the cart lines it empties."""

    order: Order
    body: bytes
    cart_keys: tuple[tuple[str, str], ...] = field(default=())  # (supplier, item) of the unit


@dataclass(frozen=True)
class RemoteChange:
    """What an order sync changed in one order."""

    order: Order
    old_state: OrderState | None  # None: new to this computer
    new_responses: int


def write_order(row: OrderRow, order: Order, now: datetime) -> None:
    row.state = order.state.value
    row.total = format_money(order.total)
    row.currency = order.currency
    row.server_id = order.server_id
    row.number = order.number
    row.payload = order_to_json(order)
    row.updated_at = now


def keep_refusal(row: OrderRow, remote: RemoteOrder) -> None:
    """The server's findings on a refused order, kept as a refused send's are (shown the
    same way); any other state of the server's clears them."""
    row.refusal = remote.refusal.to_json() if remote.refusal is not None else None


def entry_of(row: OrderRow, outbox: OutboxRow | None) -> OrderEntry:
    refusal = Refusal.from_json(row.refusal)
    info = (
        OutboxInfo(outbox.attempts, outbox.in_flight, outbox.next_attempt_at, outbox.last_error)
        if outbox is not None
        else None
    )
    return OrderEntry(order_from_json(row.payload), row.username, refusal, info, row.unseen)


def _outbox(session: Session, order_id: str) -> OutboxRow | None:
    return outbox_row_of(session, EntryKind.ORDER, order_id)


def _queue(order_id: str, body: bytes, username: str, now: datetime) -> OutboxRow:
    return new_outbox_row(EntryKind.ORDER, order_id, ORDERS_PATH, body, username, now)


_is_outbox_of_order = and_(
    OutboxRow.kind == EntryKind.ORDER.value, OutboxRow.subject_id == OrderRow.id
)


class OrderRepository:
    """The local orders; each method is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def place(
        self, orders: Sequence[NewOrder], username: str, now: datetime | None = None
    ) -> list[OrderEntry]:
        """Write the orders and their outbox entries and empty their cart lines, atomically.

        From the commit on the orders are safe: a crash, a kill or a lost network no
        longer loses them, and the sender delivers each exactly once.
        """
        now = now or datetime.now(UTC)
        placed: list[OrderEntry] = []
        with self._db.session() as session:
            for new in orders:
                order = new.order
                if order.state is not OrderState.QUEUED:
                    raise ValueError("a placed order starts queued")
                row = OrderRow(
                    id=order.id,
                    username=username,
                    unit_id=order.unit_id,
                    supplier_id=order.supplier_id,
                    unseen=False,
                    created_at=now,
                )
                write_order(row, order, now)
                outbox = _queue(order.id, new.body, username, now)
                session.add(row)
                session.add(outbox)
                for supplier_id, item_id in new.cart_keys:
                    session.execute(
                        delete(CartLineRow).where(
                            CartLineRow.unit_id == order.unit_id,
                            CartLineRow.supplier_id == supplier_id,
                            CartLineRow.seller_item_id == item_id,
                        )
                    )
                session.flush()
                placed.append(entry_of(row, outbox))
        return placed

    def entry(self, order_id: str) -> OrderEntry | None:
        with self._db.session() as session:
            row = session.get(OrderRow, order_id)
            return entry_of(row, _outbox(session, order_id)) if row else None

    def entries(
        self, unit_ids: Iterable[str] | None = None, username: str | None = None
    ) -> list[OrderEntry]:
        """Orders of ``unit_ids`` (all when None) and/or placed by ``username``, newest first."""
        query = select(OrderRow, OutboxRow).outerjoin(OutboxRow, _is_outbox_of_order)
        if unit_ids is not None:
            query = query.where(OrderRow.unit_id.in_(list(unit_ids)))
        if username is not None:
            query = query.where(OrderRow.username == username)
        query = query.order_by(OrderRow.created_at.desc(), OrderRow.id)
        with self._db.session() as session:
            return [entry_of(row, outbox) for row, outbox in session.execute(query)]

    def _editable_row(self, session: Session, order_id: str) -> tuple[OrderRow, OutboxRow | None]:
        row = session.get(OrderRow, order_id)
        if row is None:
            raise AvropError("order_missing", "The order no longer exists.")
        outbox = _outbox(session, order_id)
        state = OrderState(row.state)
        if state not in (OrderState.QUEUED, OrderState.NEEDS_FIX) or (outbox and outbox.in_flight):
            raise AvropError(
                "order_not_editable",
                "The order may already have reached the supplier and can no longer be changed.",
            )
        return row, outbox

    def replace_queued(self, order: Order, body: bytes, now: datetime | None = None) -> OrderEntry:
        """Change a queued (or refused) order and queue it again under a new key."""
        now = now or datetime.now(UTC)
        with self._db.session() as session:
            row, outbox = self._editable_row(session, order.id)
            if outbox is not None:
                session.delete(outbox)
                session.flush()
            current = replace(order, state=OrderState(row.state))
            write_order(row, current.moved_to(OrderState.QUEUED), now)
            row.refusal = None
            outbox = _queue(order.id, body, row.username, now)
            session.add(outbox)
            session.flush()
            return entry_of(row, outbox)

    def cancel(self, order_id: str, now: datetime | None = None) -> OrderEntry:
        """Cancel an order that has not reached the server."""
        now = now or datetime.now(UTC)
        with self._db.session() as session:
            row, outbox = self._editable_row(session, order_id)
            if outbox is not None:
                session.delete(outbox)
            order = order_from_json(row.payload).moved_to(OrderState.CANCELLED)
            write_order(row, order, now)
            row.refusal = None
            return entry_of(row, None)

    def pending_total(self, unit_id: str) -> Decimal:
        """What the unit's orders still in the outbox add up to (not yet on the server)."""
        with self._db.session() as session:
            totals = session.scalars(
                select(OrderRow.total)
                .join(OutboxRow, _is_outbox_of_order)
                .where(OrderRow.unit_id == unit_id)
            )
            return sum((Decimal(t) for t in totals), Decimal("0"))

    def apply_remote(
        self, remote: RemoteOrder, delivery: Delivery, now: datetime | None = None
    ) -> RemoteChange | None:
        """Bring the local copy in line with the server's; None when nothing changed.

        Orders still in the outbox are left to the sender (it learns their fate from
        the server's answer under the same key).
        """
        now = now or datetime.now(UTC)
        with self._db.session() as session:
            row = session.get(OrderRow, remote.client_order_id)
            if row is None:
                order = order_from_remote(remote, delivery)
                row = OrderRow(
                    id=order.id,
                    username=remote.created_by,
                    unit_id=order.unit_id,
                    supplier_id=order.supplier_id,
                    unseen=True,
                    created_at=now,
                )
                write_order(row, order, now)
                keep_refusal(row, remote)
                session.add(row)
                return RemoteChange(order, None, len(order.responses))
            if _outbox(session, row.id) is not None:
                return None
            local = order_from_json(row.payload)
            merged = merge_remote(local, remote)
            if merged == local:
                return None
            write_order(row, merged, now)
            keep_refusal(row, remote)
            row.unseen = True
            return RemoteChange(merged, local.state, len(merged.responses) - len(local.responses))

    def mark_seen(self, order_ids: Iterable[str]) -> None:
        with self._db.session() as session:
            for row in session.scalars(select(OrderRow).where(OrderRow.id.in_(list(order_ids)))):
                row.unseen = False

    def unseen_count(self, username: str) -> int:
        with self._db.session() as session:
            count = session.scalar(
                select(func.count())
                .select_from(OrderRow)
                .where(OrderRow.username == username, OrderRow.unseen.is_(True))
            )
            return int(count or 0)
