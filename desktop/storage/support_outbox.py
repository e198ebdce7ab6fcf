"""Read-only look at everything waiting to be sent, for heartbeats and support bundles.

Kept apart from the senders' repositories (one table each today; the one-outbox work
re-points this at its table).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.storage.database import Database
from desktop.storage.guidance_models import SubmissionOutboxRow
from desktop.storage.order_models import OutboxRow


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
        with self._db.session() as session:
            orders = session.scalars(select(OutboxRow).where(OutboxRow.username == username))
            items = [
                WaitingItem("order", r.order_id, r.created_at, r.attempts, r.last_error)
                for r in orders
            ]
            others = session.scalars(
                select(SubmissionOutboxRow).where(SubmissionOutboxRow.username == username)
            )
            items += [
                WaitingItem(r.kind, r.id, r.created_at, r.attempts, r.last_error) for r in others
            ]
        return sorted(items, key=lambda item: (item.queued_at, item.item_id))
