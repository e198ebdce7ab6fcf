"""ReferenceSync against the real central API: full pull, 304s, progress, bad data."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from desktop.app import make_run_db
from desktop.remote.auth import AuthService
from desktop.remote.credentials import SessionOnlyCredentialStore
from desktop.remote.http import ApiClient, BadResponseError
from desktop.remote.reference_sync import ReferenceSync, SyncProgress
from desktop.settings import SettingsStore
from desktop.storage.database import run_inline
from desktop.storage.reference_repo import ReferenceRepository
from tests.desktop.remote.odd_server import odd_server
from tests.fixtures.central_api_server import RunningServer
from tests.fixtures.store import sample_me, sample_units

T = TypeVar("T")


def signed_in(server: RunningServer, tmp_path: Path, repo: ReferenceRepository) -> AuthService:
    auth = AuthService(SettingsStore(tmp_path), SessionOnlyCredentialStore(), repo)
    auth.sign_in(server.url, "orderer", "demo")
    return auth


def test_first_sync_fills_the_store_and_the_second_costs_304s(
    demo_server: RunningServer, tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    auth = signed_in(demo_server, tmp_path, reference_repo)
    sync = ReferenceSync(auth.current_client, reference_repo, run_inline)
    steps: list[SyncProgress] = []

    report = sync.sync(steps.append)
    assert [s.label for s in steps] == ["me", "units", "agreements", "suppliers", "done"]
    assert [s.step for s in steps] == [0, 1, 2, 3, 4] and {s.total for s in steps} == {4}
    assert report.changed and report.me.username == "orderer"
    units = report.change("units")
    assert units is not None and not units.not_modified and units.result.added >= 8
    assert {"u-skola-norr", "u-hub", "u-inkop"} <= {u.id for u in reference_repo.units()}
    assert reference_repo.agreement("a-coffee") is not None
    assert reference_repo.supplier("s-coffee-1") is not None
    assert len(reference_repo.suppliers()) >= 100
    for resource in ("units", "agreements", "suppliers"):
        state = reference_repo.sync_state(resource)
        assert state is not None and state.etag

    again = sync.sync()
    assert not again.changed
    assert all(c.not_modified for c in again.changes)
    assert again.finished_at > report.finished_at


def test_database_work_runs_on_the_database_thread(
    demo_server: RunningServer, tmp_path: Path, reference_repo: ReferenceRepository
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    auth = signed_in(demo_server, tmp_path, reference_repo)
    seen: list[str] = []
    executor = ThreadPoolExecutor(1, thread_name_prefix="avrop-db")
    real_run_db = make_run_db(executor)

    def run_db(fn: Callable[[], T]) -> T:
        def tracked() -> T:
            seen.append(threading.current_thread().name)
            return fn()

        return real_run_db(tracked)

    try:
        ReferenceSync(auth.current_client, reference_repo, run_db).sync()
    finally:
        executor.shutdown()
    assert len(seen) >= 7  # me, and read state + apply for each list
    assert all(name.startswith("avrop-db") for name in seen)


def test_a_list_that_does_not_parse_changes_nothing(
    reference_repo: ReferenceRepository,
) -> None:
    reference_repo.replace_units(sample_units())
    bad_unit = dict(sample_units()[0].to_json(), approval_limit=12.5)  # a float: refused
    answers = {
        "/me": (
            200,
            {"Content-Type": "application/json"},
            json.dumps(sample_me().to_json()).encode(),
        ),
        "/units": (
            200,
            {"Content-Type": "application/json", "ETag": '"bad"'},
            json.dumps({"items": [bad_unit]}).encode(),
        ),
    }
    with odd_server(answers) as url:
        sync = ReferenceSync(lambda: ApiClient(url), reference_repo, run_inline)
        with pytest.raises(BadResponseError) as caught:
            sync.sync()
    assert caught.value.field == "approval_limit"
    assert reference_repo.units() == sorted(sample_units(), key=lambda u: u.name)
    assert reference_repo.sync_state("units") is None
