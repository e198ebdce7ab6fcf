"""SpendSync against the real central API process: fetch, 304, refusal, offline."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.remote.auth import AuthService
from desktop.remote.credentials import SessionOnlyCredentialStore
from desktop.remote.errors import ApiError, NetworkError, NotSignedInError
from desktop.remote.spend_sync import SpendSync, spend_path
from desktop.settings import SettingsStore
from desktop.storage.database import Database, run_inline
from desktop.storage.reference_repo import ReferenceRepository
from desktop.storage.spend_cache import SpendCache
from tests.fixtures.central_api_server import RunningServer, StartCentralApi

SOLROSEN = "u-forskola-solrosen"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def spend_sync(
    server: RunningServer, tmp_path: Path, db: Database, user: str = "manager"
) -> tuple[SpendSync, Clock, AuthService]:
    repo = ReferenceRepository(db)
    auth = AuthService(SettingsStore(tmp_path), SessionOnlyCredentialStore(), repo)
    auth.sign_in(server.url, user, "demo")
    clock = Clock()
    sync = SpendSync(
        auth.current_client, SpendCache(db), run_inline, lambda: auth.me and auth.me.username,
        clock,
    )  # fmt: skip
    return sync, clock, auth


def test_figures_are_fetched_then_confirmed_by_a_304(
    demo_server: RunningServer, tmp_path: Path, store_database: Database
) -> None:
    sync, clock, _ = spend_sync(demo_server, tmp_path, store_database)
    assert sync.cached(SOLROSEN) is None
    first = sync.refresh(SOLROSEN)
    assert not first.not_modified and first.figures.etag
    assert first.figures.report.unit_name == "Förskolan Solrosen"
    assert len(first.figures.report.months) == 12 and first.figures.fetched_at == clock.now

    clock.now += timedelta(hours=3)
    second = sync.refresh(SOLROSEN)
    assert second.not_modified and second.figures.report == first.figures.report
    cached = sync.cached(SOLROSEN)
    assert cached is not None and cached.fetched_at == clock.now


def test_another_period_is_fetched_in_full(
    demo_server: RunningServer, tmp_path: Path, store_database: Database
) -> None:
    sync, _, _ = spend_sync(demo_server, tmp_path, store_database)
    sync.refresh(SOLROSEN)
    other = sync.refresh(SOLROSEN, date(2025, 1, 1), date(2025, 6, 30))
    assert not other.not_modified and len(other.figures.report.months) == 6


def test_a_refused_unit_leaves_the_cache_alone(
    demo_server: RunningServer, tmp_path: Path, store_database: Database
) -> None:
    sync, _, _ = spend_sync(demo_server, tmp_path, store_database)
    with pytest.raises(ApiError) as refused:
        sync.refresh("u-forskola-eken")
    assert refused.value.status == 403 and refused.value.code == "forbidden"
    assert sync.cached("u-forskola-eken") is None


def test_offline_the_last_figures_stay_readable(
    start_central_api: StartCentralApi, tmp_path: Path, store_database: Database
) -> None:
    server = start_central_api()
    sync, _, _ = spend_sync(server, tmp_path, store_database)
    fetched = sync.refresh(SOLROSEN)
    server.stop()
    with pytest.raises(NetworkError):
        sync.refresh(SOLROSEN)
    cached = sync.cached(SOLROSEN)
    assert cached is not None and cached.report == fetched.figures.report


def test_not_signed_in(store_database: Database) -> None:
    sync = SpendSync(lambda: None, SpendCache(store_database), run_inline, lambda: None)  # type: ignore[arg-type,return-value]
    assert sync.cached(SOLROSEN) is None
    with pytest.raises(NotSignedInError):
        sync.refresh(SOLROSEN)


def test_spend_path_quotes_the_unit_and_the_period() -> None:
    assert spend_path("u-a/b") == "/units/u-a%2Fb/spend"
    assert spend_path("u", date(2025, 1, 1), date(2025, 3, 31)) == (
        "/units/u/spend?from=2025-01-01&to=2025-03-31"
    )
