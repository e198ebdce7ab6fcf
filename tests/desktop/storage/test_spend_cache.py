"""The cache of the last spend figures (``desktop/storage/spend_cache.py``), on real SQLite."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from desktop.storage.database import Database, open_database
from desktop.storage.spend_cache import SpendCache
from desktop.storage.spend_models import SpendSnapshotRow
from tests.fixtures.spend_data import fixture_report

FETCHED = datetime(2025, 4, 2, 7, 30, tzinfo=UTC)


def test_saved_figures_read_back_equal_with_their_time(store_database: Database) -> None:
    cache = SpendCache(store_database)
    report = fixture_report()
    cache.save("manager", report, '"etag-1"', FETCHED)
    cached = cache.load("manager", report.unit_id)
    assert cached is not None
    assert cached.report == report and cached.etag == '"etag-1"' and cached.fetched_at == FETCHED
    assert cached.age(FETCHED + timedelta(hours=5)) == timedelta(hours=5)


def test_figures_survive_closing_and_reopening_the_store(tmp_path: Path) -> None:
    path = tmp_path / "avrop.sqlite3"
    db = open_database(path)
    SpendCache(db).save("manager", fixture_report(), None, FETCHED)
    db.close()
    reopened = open_database(path)
    try:
        cached = SpendCache(reopened).load("manager", "u-fixture")
        assert cached is not None and cached.report.totals.total == fixture_report().totals.total
    finally:
        reopened.close()


def test_each_user_sees_only_what_was_fetched_for_them(store_database: Database) -> None:
    cache = SpendCache(store_database)
    cache.save("manager", fixture_report(), None, FETCHED)
    assert cache.load("superuser", "u-fixture") is None
    assert cache.cached_units("manager") == ["u-fixture"]
    assert cache.forget_user("manager") == 1
    assert cache.load("manager", "u-fixture") is None


def test_newer_figures_replace_older_and_a_304_moves_the_time_on(
    store_database: Database,
) -> None:
    cache = SpendCache(store_database)
    cache.save("manager", fixture_report(), '"a"', FETCHED)
    shorter = fixture_report(last=date(2025, 2, 28))
    cache.save("manager", shorter, '"b"', FETCHED + timedelta(days=1))
    cached = cache.load("manager", "u-fixture")
    assert cached is not None and cached.report == shorter and cached.etag == '"b"'
    later = FETCHED + timedelta(days=2)
    confirmed = cache.confirm("manager", "u-fixture", later)
    assert confirmed is not None and confirmed.fetched_at == later and confirmed.report == shorter
    assert cache.confirm("manager", "u-nothing", later) is None


def test_unreadable_figures_count_as_nothing_cached(store_database: Database) -> None:
    cache = SpendCache(store_database)
    cache.save("manager", fixture_report(), None, FETCHED)
    with store_database.session() as session:
        session.execute(update(SpendSnapshotRow).values(payload={"unit_id": 3}))
    assert cache.load("manager", "u-fixture") is None
