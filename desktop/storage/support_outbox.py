"""Read-only look at everything waiting to be sent, for heartbeats and support bundles:
the one outbox table, with since when each entry waits (which the sender never needs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.storage.database import Database
from desktop.storage.outbox_models import OutboxRow


@dataclass(frozen=True)
class WaitingItem:
    """One queued item: what it is, since when, how often tried, the last error."""

    kind: str  # "order", "request" or "calloff"
    item_id: str
    queued_at: datetime
    attempts: int
    last_error: str | None


class SupportOutbox:
    """The user's queued orders, requests and call-offs, oldest first."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def waiting(self, username: str) -> list[WaitingItem]:
        query = (
            select(OutboxRow)
            .where(OutboxRow.username == username)
            .order_by(OutboxRow.created_at, OutboxRow.subject_id)
        )
        with self._db.session() as session:
            return [
                WaitingItem(r.kind, r.subject_id, r.created_at, r.attempts, r.last_error)
                for r in session.scalars(query)
            ]
