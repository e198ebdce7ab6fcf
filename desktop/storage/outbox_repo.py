"""The outbox: everything waiting to reach the server, and the sender's bookkeeping.

One table for every kind (orders, office requests, call-offs, …). The sender marks an
entry *in flight* (committed) before each attempt, so that after a crash or a kill the
app knows the attempt may have reached the server: what it concerns is no longer
editable and it is retried under the same key until the server answers. What an
answer means for the thing an entry concerns (an order's state, a request's status) is
the business of that kind's ``OutboxKindHandler`` (``outbox_kinds``), in the same
transaction as the entry's own change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from desktop.domain.refusal import Refusal
from desktop.storage.database import Database
from desktop.storage.outbox_kinds import DEFAULT_HANDLERS, OutboxKindHandler
from desktop.storage.outbox_models import EntryState, OutboxRow


@dataclass(frozen=True)
class OutboxEntry:
    """One request to send: its key and exact bytes, and how sending has gone so far."""

    id: str
    kind: str
    subject_id: str
    method: str
    path: str
    idempotency_key: str
    username: str
    body: bytes
    attempts: int
    in_flight: bool  # before this claim: an earlier attempt may have reached the server
    next_attempt_at: datetime
    state: str = EntryState.QUEUED.value
    last_error: str | None = None


def _entry(row: OutboxRow, in_flight: bool | None = None) -> OutboxEntry:
    return OutboxEntry(
        row.id,
        row.kind,
        row.subject_id,
        row.method,
        row.path,
        row.idempotency_key,
        row.username,
        row.body,
        row.attempts,
        row.in_flight if in_flight is None else in_flight,
        row.next_attempt_at,
        row.state,
        row.last_error,
    )


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


class OutboxRepository:
    """The sender's view of the outbox; every method is one transaction.

    ``handlers`` maps a kind to what its answers change (default: every kind the app
    sends); a kind without a handler is only taken out of the outbox.
    """

    def __init__(
        self, db: Database, handlers: Mapping[str, OutboxKindHandler] | None = None
    ) -> None:
        self._db = db
        self._handlers = DEFAULT_HANDLERS if handlers is None else handlers

    def _handler(self, kind: str) -> OutboxKindHandler | None:
        return self._handlers.get(kind)

    def count(self, username: str | None = None) -> int:
        """The outbox length, every kind (of ``username``'s entries, or everyone's): the
        one figure the status bar and the heartbeat show."""
        query = select(func.count()).select_from(OutboxRow)
        if username is not None:
            query = query.where(OutboxRow.username == username)
        with self._db.session() as session:
            return int(session.scalar(query) or 0)

    def entries(self, username: str | None = None) -> list[OutboxEntry]:
        """Every entry (of ``username``), oldest first."""
        query = select(OutboxRow).order_by(OutboxRow.created_at, OutboxRow.id)
        if username is not None:
            query = query.where(OutboxRow.username == username)
        with self._db.session() as session:
            return [_entry(row) for row in session.scalars(query)]

    def due(self, username: str, now: datetime, limit: int = 50) -> list[OutboxEntry]:
        """``username``'s entries whose next attempt is due, oldest first."""
        with self._db.session() as session:
            rows = session.scalars(
                select(OutboxRow)
                .where(OutboxRow.username == username, OutboxRow.next_attempt_at <= now)
                .order_by(OutboxRow.created_at, OutboxRow.id)
                .limit(limit)
            )
            return [_entry(row) for row in rows]

    def next_due_at(self, username: str) -> datetime | None:
        with self._db.session() as session:
            return session.scalar(
                select(func.min(OutboxRow.next_attempt_at)).where(OutboxRow.username == username)
            )

    def claim(self, entry_id: str, now: datetime | None = None) -> OutboxEntry | None:
        """Mark the entry in flight before an attempt; None if it is gone meanwhile.

        The returned entry's ``in_flight`` says whether an *earlier* attempt may have
        reached the server (so a failure to connect now does not make it editable).
        """
        with self._db.session() as session:
            row = session.get(OutboxRow, entry_id)
            if row is None:
                return None
            before = row.in_flight
            row.in_flight = True
            row.attempts += 1
            handler = self._handler(row.kind)
            if handler is not None:
                handler.claimed(session, row.subject_id, _now(now))
            session.flush()
            return _entry(row, before)

    def record_answer(self, entry_id: str, answer: Any, now: datetime | None = None) -> bool:
        """The server has it: out of the outbox, and its answer kept where it belongs.

        Raises what the kind's handler raises for an answer it cannot read (nothing is
        changed then). Returns False when the entry was gone already.
        """
        with self._db.session() as session:
            row = session.get(OutboxRow, entry_id)
            if row is None:
                return False
            handler = self._handler(row.kind)
            if handler is not None:
                handler.answered(session, row.subject_id, answer, _now(now))
            session.delete(row)
            return True

    def record_retry(
        self,
        entry_id: str,
        *,
        may_have_arrived: bool,
        next_attempt_at: datetime,
        error: str,
        state: EntryState = EntryState.QUEUED,
        now: datetime | None = None,
    ) -> None:
        """The attempt failed in a way worth retrying; when it may have arrived, what it
        concerns stays locked (in flight) until the server's answer is known."""
        with self._db.session() as session:
            row = session.get(OutboxRow, entry_id)
            if row is None:
                return
            row.in_flight = may_have_arrived
            row.next_attempt_at = next_attempt_at
            row.last_error = error[:500]
            row.state = state.value
            handler = self._handler(row.kind)
            if handler is not None:
                handler.retrying(session, row.subject_id, may_have_arrived, _now(now))

    def record_refusal(self, entry_id: str, refusal: Refusal, now: datetime | None = None) -> None:
        """The server refused it (4xx) and kept nothing: out of the outbox; the user sees
        why and what to fix. Sending again goes under a new key."""
        with self._db.session() as session:
            row = session.get(OutboxRow, entry_id)
            if row is None:
                return
            session.delete(row)
            handler = self._handler(row.kind)
            if handler is not None:
                handler.refused(session, row.subject_id, refusal, _now(now))

    def reset_backoff(self, username: str, now: datetime | None = None) -> int:
        """Make every entry of ``username`` due now (the network is back); returns how many."""
        now = _now(now)
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
