"""Pooled PostgreSQL connections: pinged only after sitting idle (``IDLE_PING_S``), not on
every checkout (a round trip per request). Runs only on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import anyio
import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError

from central_api import db
from tests.central_api.databases import ENV_VAR, create_database, drop_database, on_postgres

pytestmark = pytest.mark.skipif(not on_postgres(), reason=f"{ENV_VAR} is not set")
BACKEND = text("SELECT pg_backend_pid()")


@pytest.fixture
def engine() -> Iterator[Engine]:
    url = create_database()
    engine = db.create_db_engine(url)
    yield engine
    engine.dispose()
    drop_database(url)


def _pooled_backend_killed(engine: Engine) -> int:
    """Use one pooled connection, then have PostgreSQL end its backend (as a restart
    would); the connection stays in the pool. Its backend pid."""
    with engine.connect() as connection:
        pid = int(connection.execute(BACKEND).scalar_one())
    admin = create_engine(engine.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    admin.dispose()
    return pid


def test_an_idle_connection_the_database_dropped_is_replaced(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = _pooled_backend_killed(engine)
    monkeypatch.setattr(db, "IDLE_PING_S", 0.0)  # every pooled connection counts as idle
    with engine.connect() as connection:
        assert connection.execute(BACKEND).scalar_one() != dead


def test_a_connection_used_a_moment_ago_is_not_pinged(engine: Engine) -> None:
    """No round trip before a fresh connection's query: a dead one shows in the query
    itself, and the pool is renewed for the next request."""
    dead = _pooled_backend_killed(engine)
    with pytest.raises(OperationalError), engine.connect() as connection:
        connection.execute(BACKEND)
    with engine.connect() as connection:
        assert connection.execute(BACKEND).scalar_one() != dead


def test_a_burst_as_large_as_the_threadpool_keeps_every_connection_it_opened(
    engine: Engine,
) -> None:
    """A connection per threadpool thread (AnyIO's default), none closed when handed back:
    the next burst reuses them instead of starting new PostgreSQL backends."""

    async def limit() -> int:
        return int(anyio.to_thread.current_default_thread_limiter().total_tokens)

    threads = anyio.run(limit)

    def burst() -> set[int]:
        held = [engine.connect() for _ in range(threads)]
        pids = {int(c.execute(BACKEND).scalar_one()) for c in held}
        for connection in held:
            connection.close()
        return pids

    first = burst()
    assert len(first) == threads
    assert burst() == first
