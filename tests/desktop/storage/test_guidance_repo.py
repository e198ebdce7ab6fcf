"""The office's guidance and announcements in the local store, and their schema."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from central_api.demo.guidance import demo_guidance
from central_api.demo.guidance_announcements import demo_announcements
from desktop.storage import guidance_models
from desktop.storage.database import Database, open_database
from desktop.storage.guidance_repo import GuidanceRepository
from desktop.storage.models import Base

NOW = datetime(2025, 5, 15, 8, 0, tzinfo=UTC)
TODAY = date(2025, 5, 15)


def test_guidance_tables_match_the_migration(tmp_path: Path) -> None:
    mine = {
        m.local_table.name
        for m in Base.registry.mappers
        if m.class_.__module__ == guidance_models.__name__
    }
    assert mine == {
        "guidance_rules",
        "announcements",
        "office_requests",
        "recorded_calloffs",
        "off_agreement_choices",
    }

    def include(obj: object, name: str | None, type_: str, reflected: bool, other: object) -> bool:
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
        return table in mine

    db = open_database(tmp_path / "avrop.sqlite3")
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()


def test_rules_are_saved_read_and_touched(store_database: Database) -> None:
    repo = GuidanceRepository(store_database)
    assert repo.rules() is None and repo.rules_etag() is None
    repo.save_rules(demo_guidance(), '"v1"', NOW)
    assert repo.rules() == demo_guidance()
    assert repo.rules_etag() == '"v1"'
    later = NOW.replace(hour=9)
    repo.touch_rules(later)
    assert repo.rules_synced_at() == later


def test_announcements_keep_seen_marks_and_drop_withdrawn(store_database: Database) -> None:
    repo = GuidanceRepository(store_database)
    items = demo_announcements(TODAY)
    new = repo.replace_announcements(items, '"a1"', NOW)
    assert sorted(new) == sorted(a.id for a in items)
    assert [a.id for a in repo.unseen_announcements()] == [a.id for a in items]  # oldest first
    repo.mark_seen([items[0].id], NOW)
    assert items[0].id not in {a.id for a in repo.unseen_announcements()}
    # The next sync withdraws one and keeps the seen mark of the other.
    again = repo.replace_announcements(items[:2], '"a2"', NOW)
    assert again == []
    assert {a.id for a in repo.announcements()} == {items[0].id, items[1].id}
    assert [a.id for a in repo.unseen_announcements()] == [items[1].id]
    assert repo.announcements_etag() == '"a2"'
    assert repo.announcements()[0].published >= repo.announcements()[-1].published
