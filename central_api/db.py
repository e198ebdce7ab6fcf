"""Engine, sessions and migrations: the schema is created only by Alembic."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Connections per worker process (PostgreSQL): as many as the threadpool runs requests
# (AnyIO's default 40), so that no request waits for a connection while a thread is free.
# All of them are kept open once made: "overflow" connections are closed when handed back
# while the pool is full, so a load that swings around the pool size opened a new
# PostgreSQL backend (a fork) for many requests. PostgreSQL's max_connections must cover
# workers x (POOL_SIZE + POOL_OVERFLOW + front_pool.FRONT_POOL_SIZE) plus a margin (README;
# the CI cluster allows 300).
POOL_SIZE = 40
POOL_OVERFLOW = 0
IDLE_PING_S = 10.0  # a pooled connection idle this long is pinged before use


def create_db_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys, WAL and a busy timeout."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW, pool_timeout=60)
    event.listen(engine, "checkin", _note_checkin)
    event.listen(engine, "checkout", _ping_if_idle)
    return engine


def read_engine(engine: Engine) -> Engine:
    """``engine`` for requests that only read. On PostgreSQL it runs in autocommit: no
    ``BEGIN`` and ``ROLLBACK`` round trips around each request (under READ COMMITTED every
    statement takes its own snapshot anyway, so a read-only transaction guards nothing).
    It shares ``engine``'s pool. SQLite keeps its transactions (one snapshot per read)."""
    if engine.dialect.name != "postgresql":
        return engine
    return engine.execution_options(isolation_level="AUTOCOMMIT")


def _note_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info["checked_in"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """Check a connection that sat idle in the pool (the database may have restarted or
    dropped it) before handing it out; a dead one is replaced (``DisconnectionError``).

    SQLAlchemy's ``pool_pre_ping`` pings on every checkout: a round trip per request, the
    dearest part of a conditional GET under load. A connection back from a request a
    moment ago is alive; one that failed mid-request invalidates the whole pool anyway.
    """
    checked_in = record.info.get("checked_in")
    if checked_in is None or time.monotonic() - checked_in < IDLE_PING_S:
        return  # just opened, or used a moment ago
    try:
        cursor = dbapi_connection.cursor()
        cursor.execute("SELECT 1")
        cursor.close()
        dbapi_connection.rollback()
    except Exception as exc:
        raise DisconnectionError("the pooled connection is dead") from exc


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade_to_head(engine: Engine) -> None:
    """Run every migration not yet applied, in one transaction."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
