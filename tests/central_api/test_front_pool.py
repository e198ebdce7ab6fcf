"""The front's asynchronous PostgreSQL pool (``central_api/front_pool.py``): a slow or
locked database never stalls the event loop, every call ends within its timeout (then
FastAPI answers as before), a dropped connection is replaced, the pool never opens more
than its size and closes with the app. PostgreSQL only: SQLite keeps the threadpool path."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, create_engine, text

from central_api.front_pool import FRONT_POOL_SIZE, FrontPool
from tests.central_api.databases import on_postgres
from tests.central_api.helpers import bearer, sign_in
from tests.central_api.statement_trace import traced
from tests.central_api.test_sync_front import TOKEN_AND_VERSION, fastapi_calls

pytestmark = pytest.mark.skipif(not on_postgres(), reason="the pool serves PostgreSQL only")

FRONT_BACKENDS = (
    "SELECT count(*) FROM pg_stat_activity"
    " WHERE application_name = 'avrop-central-api-front' AND datname = current_database()"
)


def _pool(client: TestClient) -> FrontPool:
    pool: FrontPool = client.app.state.front_pool  # type: ignore[attr-defined]
    return pool


@contextmanager
def _database(client: TestClient) -> Iterator[Connection]:
    """A connection of the test's own to the app's database (autocommit)."""
    url = client.app.state.engine.url  # type: ignore[attr-defined]
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


@contextmanager
def _locked_reference_version(client: TestClient) -> Iterator[None]:
    """``reference_version`` locked (the 304's statement waits for it) inside the block."""
    url = client.app.state.engine.url  # type: ignore[attr-defined]
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("LOCK TABLE reference_version IN ACCESS EXCLUSIVE MODE"))
            try:
                yield
            finally:
                connection.rollback()
    finally:
        engine.dispose()


def _conditional(client: TestClient) -> dict[str, str]:
    auth = bearer(sign_in(client, "orderer")["access_token"])
    etag = client.get("/suppliers", headers=auth).headers["etag"]
    return {**auth, "If-None-Match": etag}


def _in_thread(call: Any) -> tuple[threading.Thread, dict[str, httpx.Response]]:
    answered: dict[str, httpx.Response] = {}
    thread = threading.Thread(target=lambda: answered.setdefault("answer", call()))
    thread.start()
    return thread, answered


def _assert_health_answers(client: TestClient) -> None:
    """``/health`` answers within 2 s (asked in a thread: a stalled loop fails the test
    instead of hanging it)."""
    health, answered = _in_thread(lambda: client.get("/health"))
    health.join(timeout=2.0)
    assert not health.is_alive(), "/health waited for the locked database"
    assert answered["answer"].status_code == 200


def test_a_locked_database_never_stalls_the_loop(client: TestClient) -> None:
    headers = _conditional(client)
    with traced(client) as trace:
        with _locked_reference_version(client):
            waiting, answered = _in_thread(lambda: client.get("/suppliers", headers=headers))
            waiting.join(timeout=1.0)
            assert waiting.is_alive(), "the 304 should be waiting for the lock"
            _assert_health_answers(client)
        waiting.join(timeout=30.0)
    assert answered["answer"].status_code == 304
    # the front's one statement, once the lock went (the background validator polls beside)
    token_reads = [t for t in trace if t.text.startswith("SELECT auth_tokens")]
    assert len(token_reads) == 1, trace.statements
    assert token_reads[0].text.startswith(TOKEN_AND_VERSION)
    assert token_reads[0].front  # waited for on the loop, not handed to FastAPI


def test_a_call_past_its_timeout_passes_the_request_on(client: TestClient) -> None:
    headers = _conditional(client)
    _pool(client).timeout_s = 0.5
    with traced(client) as trace:
        with _locked_reference_version(client):
            waiting, answered = _in_thread(lambda: client.get("/suppliers", headers=headers))
            waiting.join(timeout=2.0)  # the front gave up after 0.5 s: the route waits now
            assert waiting.is_alive()
            _assert_health_answers(client)
        waiting.join(timeout=30.0)
    assert answered["answer"].status_code == 304  # the route's, once the lock went
    token_reads = [t for t in trace if t.text.startswith(TOKEN_AND_VERSION)]
    assert [t.front for t in token_reads] == [False]  # the route's read: the front gave up
    with fastapi_calls(client) as calls:
        assert client.get("/suppliers", headers=headers).status_code == 304
    assert calls == []  # the pool works again, with a new connection


def test_a_dropped_connection_is_replaced(client: TestClient) -> None:
    headers = _conditional(client)
    assert client.get("/suppliers", headers=headers).status_code == 304
    with _database(client) as database:
        database.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE application_name = 'avrop-central-api-front'"
                " AND datname = current_database()"
            )
        )
        assert database.execute(text(FRONT_BACKENDS)).scalar() == 0
    assert client.get("/suppliers", headers=headers).status_code == 304  # FastAPI's
    with fastapi_calls(client) as calls:
        assert client.get("/suppliers", headers=headers).status_code == 304
    assert calls == []


def test_the_pool_opens_at_most_its_size_and_closes_with_the_app(
    make_client: Any,
) -> None:
    client: TestClient = make_client()
    headers = _conditional(client)
    with ThreadPoolExecutor(max_workers=3 * FRONT_POOL_SIZE) as threads:
        answers = list(
            threads.map(lambda _n: client.get("/suppliers", headers=headers), range(200))
        )
    assert {a.status_code for a in answers} == {304}
    with _database(client) as database:
        opened = database.execute(text(FRONT_BACKENDS)).scalar()
        assert 1 <= (opened or 0) <= FRONT_POOL_SIZE
        client.__exit__(None, None, None)  # the app stops: its lifespan closes the pool
        deadline = time.monotonic() + 10
        while database.execute(text(FRONT_BACKENDS)).scalar() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert database.execute(text(FRONT_BACKENDS)).scalar() == 0
