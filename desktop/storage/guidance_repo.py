"""The office's guidance and announcements as last synced, readable offline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select

from desktop.domain.announcement import Announcement
from desktop.domain.guidance import GuidanceRules
from desktop.storage.database import Database
from desktop.storage.guidance_models import AnnouncementRow, GuidanceRulesRow
from desktop.storage.models import SyncStateRow

RULES_ID = 1
ANNOUNCEMENTS = "announcements"


class GuidanceRepository:
    """Rules and announcements; every method is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- rules -------------------------------------------------------------------------

    def rules(self) -> GuidanceRules | None:
        """The rules as last synced (None before the first sync)."""
        with self._db.session() as session:
            row = session.get(GuidanceRulesRow, RULES_ID)
            return None if row is None else GuidanceRules.from_json(row.payload)

    def rules_etag(self) -> str | None:
        with self._db.session() as session:
            row = session.get(GuidanceRulesRow, RULES_ID)
            return None if row is None else row.etag

    def rules_synced_at(self) -> datetime | None:
        with self._db.session() as session:
            row = session.get(GuidanceRulesRow, RULES_ID)
            return None if row is None else row.synced_at

    def save_rules(self, rules: GuidanceRules, etag: str | None, synced_at: datetime) -> None:
        with self._db.session() as session:
            row = session.get(GuidanceRulesRow, RULES_ID)
            if row is None:
                row = GuidanceRulesRow(id=RULES_ID)
                session.add(row)
            row.payload = rules.to_json()
            row.etag = etag
            row.synced_at = synced_at

    def touch_rules(self, synced_at: datetime) -> None:
        """The server said the rules are unchanged (304)."""
        with self._db.session() as session:
            row = session.get(GuidanceRulesRow, RULES_ID)
            if row is not None:
                row.synced_at = synced_at

    # -- announcements -----------------------------------------------------------------

    def announcements_etag(self) -> str | None:
        with self._db.session() as session:
            row = session.get(SyncStateRow, ANNOUNCEMENTS)
            return None if row is None else row.etag

    def replace_announcements(
        self, items: Sequence[Announcement], etag: str | None, synced_at: datetime
    ) -> list[str]:
        """Keep exactly ``items`` (withdrawn ones go; seen marks stay); the new ids."""
        with self._db.session() as session:
            known = {row.id: row for row in session.scalars(select(AnnouncementRow))}
            wanted = {item.id for item in items}
            if known.keys() - wanted:
                session.execute(
                    delete(AnnouncementRow).where(AnnouncementRow.id.in_(known.keys() - wanted))
                )
            new: list[str] = []
            for item in items:
                row = known.get(item.id)
                if row is None:
                    row = AnnouncementRow(id=item.id, seen_at=None)
                    session.add(row)
                    new.append(item.id)
                row.published = item.published
                row.payload = item.to_json()
            state = session.get(SyncStateRow, ANNOUNCEMENTS)
            if state is None:
                state = SyncStateRow(resource=ANNOUNCEMENTS)
                session.add(state)
            state.etag = etag
            state.synced_at = synced_at
            return new

    def announcements(self) -> list[Announcement]:
        """Every announcement, newest first."""
        with self._db.session() as session:
            rows = session.scalars(
                select(AnnouncementRow).order_by(
                    AnnouncementRow.published.desc(), AnnouncementRow.id
                )
            )
            return [Announcement.from_json(row.payload) for row in rows]

    def unseen_announcements(self) -> list[Announcement]:
        """Announcements not yet shown as a notification, oldest first."""
        with self._db.session() as session:
            rows = session.scalars(
                select(AnnouncementRow)
                .where(AnnouncementRow.seen_at.is_(None))
                .order_by(AnnouncementRow.published, AnnouncementRow.id)
            )
            return [Announcement.from_json(row.payload) for row in rows]

    def mark_seen(self, ids: Sequence[str], now: datetime) -> None:
        with self._db.session() as session:
            for row in session.scalars(select(AnnouncementRow).where(AnnouncementRow.id.in_(ids))):
                if row.seen_at is None:
                    row.seen_at = now
