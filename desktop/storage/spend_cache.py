"""The last spend figures per user and unit, with when they were fetched (for offline use).

Every method is one transaction and returns domain objects; call it on the database
thread. A payload that no longer parses (a damaged store) reads as "nothing cached"
rather than breaking the Spend view.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select

from desktop.domain.spend_report import SpendReport
from desktop.domain.values import ValueFormatError
from desktop.storage.database import Database
from desktop.storage.spend_models import SpendSnapshotRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CachedSpend:
    """Figures as last fetched: the report, its ETag and when the server confirmed it."""

    report: SpendReport
    etag: str | None
    fetched_at: datetime

    def age(self, now: datetime | None = None) -> timedelta:
        return (now or datetime.now(UTC)) - self.fetched_at


class SpendCache:
    """Repository of the ``spend_snapshots`` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(
        self, username: str, report: SpendReport, etag: str | None, fetched_at: datetime
    ) -> CachedSpend:
        """Keep ``report`` as the unit's figures for ``username`` (replacing older ones)."""
        with self._db.session() as session:
            row = session.get(SpendSnapshotRow, (username, report.unit_id))
            if row is None:
                row = SpendSnapshotRow(username=username, unit_id=report.unit_id)
                session.add(row)
            row.period_from = report.period_from
            row.period_to = report.period_to
            row.etag = etag
            row.fetched_at = fetched_at
            row.payload = report.to_json()
        return CachedSpend(report, etag, fetched_at)

    def confirm(self, username: str, unit_id: str, fetched_at: datetime) -> CachedSpend | None:
        """The server said the cached figures are current (304): move their time on."""
        with self._db.session() as session:
            row = session.get(SpendSnapshotRow, (username, unit_id))
            if row is None:
                return None
            row.fetched_at = fetched_at
        return self.load(username, unit_id)

    def load(self, username: str, unit_id: str) -> CachedSpend | None:
        """The cached figures of ``unit_id`` for ``username``, if any (and readable)."""
        with self._db.session() as session:
            row = session.get(SpendSnapshotRow, (username, unit_id))
            if row is None:
                return None
            try:
                report = SpendReport.from_json(row.payload)
            except (ValueFormatError, TypeError, AttributeError) as exc:
                log.warning("spend cache: unreadable figures for %s: %s", unit_id, exc)
                return None
            return CachedSpend(report, row.etag, row.fetched_at)

    def cached_units(self, username: str) -> list[str]:
        with self._db.session() as session:
            query = select(SpendSnapshotRow.unit_id).where(SpendSnapshotRow.username == username)
            return sorted(session.scalars(query))

    def forget_user(self, username: str) -> int:
        """Drop every figure cached for ``username`` (e.g. on sign-out); how many rows."""
        with self._db.session() as session:
            result = session.execute(
                delete(SpendSnapshotRow).where(SpendSnapshotRow.username == username)
            )
            return int(getattr(result, "rowcount", 0) or 0)
