"""The outbox: orders waiting to reach the server, and the sender's bookkeeping.

The sender marks an entry *in flight* (committed) before each attempt, so that after a
crash or a kill the app knows the attempt may have reached the server: such an order
is no longer editable and is retried under the same key until the server answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from desktop.domain.order import OrderState
from desktop.domain.order_wire import RemoteOrder, merge_remote
from desktop.storage.database import Database
from desktop.storage.order_codec import order_from_json
from desktop.storage.order_models import OrderRow, OutboxRow
from desktop.storage.order_repo import Refusal, write_order


@dataclass(frozen=True)
class OutboxEntry:
    """One order to send: its key and exact body, and how sending has gone so far."""

    order_id: str
    idempotency_key: str
    username: str
    body: bytes
    attempts: int
    in_flight: bool  # before this claim: an earlier attempt may have reached the server
    next_attempt_at: datetime


def _entry(row: OutboxRow, in_flight: bool | None = None) -> OutboxEntry:
    return OutboxEntry(
        row.order_id,
        row.idempotency_key,
        row.username,
        row.body,
        row.attempts,
        row.in_flight if in_flight is None else in_flight,
        row.next_attempt_at,
    )


class OutboxRepository:
    """The sender's view of the outbox; every method is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, username: str | None = None) -> int:
        """The outbox length (of ``username``'s orders, or everyone's)."""
        query = select(func.count()).select_from(OutboxRow)
        if username is not None:
            query = query.where(OutboxRow.username == username)
        with self._db.session() as session:
            return int(session.scalar(query) or 0)

    def due(self, username: str, now: datetime, limit: int = 50) -> list[OutboxEntry]:
        """``username``'s entries whose next attempt is due, oldest first."""
        with self._db.session() as session:
            rows = session.scalars(
                select(OutboxRow)
                .where(OutboxRow.username == username, OutboxRow.next_attempt_at <= now)
                .order_by(OutboxRow.created_at, OutboxRow.order_id)
                .limit(limit)
            )
            return [_entry(row) for row in rows]

    def next_due_at(self, username: str) -> datetime | None:
        with self._db.session() as session:
            return session.scalar(
                select(func.min(OutboxRow.next_attempt_at)).where(OutboxRow.username == username)
            )

    def claim(self, order_id: str, now: datetime | None = None) -> OutboxEntry | None:
        """Mark the entry in flight before an attempt; None if it is gone meanwhile.

        The returned entry's ``in_flight`` says whether an *earlier* attempt may have
        reached the server (so a failure to connect now does not make it editable).
        """
        now = now or datetime.now(UTC)
        with self._db.session() as session:
            row = session.get(OutboxRow, order_id)
            if row is None:
                return None
            before = row.in_flight
            row.in_flight = True
            row.attempts += 1
            order_row = session.get(OrderRow, order_id)
            if order_row is not None and order_row.state != OrderState.SENDING.value:
                order = order_from_json(order_row.payload)
                write_order(order_row, order.moved_to(OrderState.SENDING), now)
            session.flush()
            return _entry(row, before)

    def record_answer(
        self, order_id: str, remote: RemoteOrder, now: datetime | None = None
    ) -> bool:
        """The server has the order: take it out of the outbox and keep the server's view.

        Returns False when the entry was gone already (another sender got there first).
        """
        now = now or datetime.now(UTC)
        with self._db.session() as session:
            row = session.get(OutboxRow, order_id)
            if row is None:
                return False
            session.delete(row)
            order_row = session.get(OrderRow, order_id)
            if order_row is not None:
                merged = merge_remote(order_from_json(order_row.payload), remote)
                write_order(order_row, merged, now)
                order_row.refusal = None
            return True

    def record_retry(
        self,
        order_id: str,
        *,
        may_have_arrived: bool,
        next_attempt_at: datetime,
        error: str,
        now: datetime | None = None,
    ) -> None:
        """The attempt failed in a way worth retrying; when it may have arrived, the
        order stays locked (in flight) until the server's answer is known."""
        now = now or datetime.now(UTC)
        with self._db.session() as session:
            row = session.get(OutboxRow, order_id)
            if row is None:
                return
            row.in_flight = may_have_arrived
            row.next_attempt_at = next_attempt_at
            row.last_error = error[:500]
            order_row = session.get(OrderRow, order_id)
            if order_row is not None:
                state = OrderState.SENDING if may_have_arrived else OrderState.QUEUED
                order = order_from_json(order_row.payload)
                write_order(order_row, order.moved_to(state), now)

    def record_refusal(self, order_id: str, refusal: Refusal, now: datetime | None = None) -> None:
        """The server refused the order (4xx): it did not keep it. The user must fix or
        cancel it; resending goes under a new key."""
        now = now or datetime.now(UTC)
        with self._db.session() as session:
            row = session.get(OutboxRow, order_id)
            if row is None:
                return
            session.delete(row)
            order_row = session.get(OrderRow, order_id)
            if order_row is not None:
                order = order_from_json(order_row.payload)
                write_order(order_row, order.moved_to(OrderState.NEEDS_FIX), now)
                order_row.refusal = {
                    "code": refusal.code,
                    "message": refusal.message,
                    "field": refusal.field,
                }
                order_row.unseen = True

    def reset_backoff(self, username: str, now: datetime | None = None) -> int:
        """Make every entry of ``username`` due now (the network is back); returns how many."""
        now = now or datetime.now(UTC)
        with self._db.session() as session:
            rows = list(
                session.scalars(
                    select(OutboxRow).where(
                        OutboxRow.username == username, OutboxRow.next_attempt_at > now
                    )
                )
            )
            for row in rows:
                row.next_attempt_at = now
            return len(rows)
