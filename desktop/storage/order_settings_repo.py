"""The units' ordering settings as last fetched (account per agreement, budgets, drop
days), so that checks and placing work offline."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.domain.order_settings import OrderSettings
from desktop.storage.database import Database
from desktop.storage.order_models import OrderSettingsRow


class OrderSettingsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, settings: OrderSettings, fetched_at: datetime | None = None) -> None:
        with self._db.session() as session:
            session.merge(
                OrderSettingsRow(
                    unit_id=settings.unit_id,
                    payload=settings.to_json(),
                    fetched_at=fetched_at or datetime.now(UTC),
                )
            )

    def get(self, unit_id: str) -> OrderSettings | None:
        with self._db.session() as session:
            row = session.get(OrderSettingsRow, unit_id)
            return OrderSettings.from_json(row.payload) if row else None

    def fetched_at(self, unit_id: str) -> datetime | None:
        with self._db.session() as session:
            row = session.get(OrderSettingsRow, unit_id)
            return row.fetched_at if row else None
