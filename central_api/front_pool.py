"""A few asynchronous PostgreSQL connections per worker for the statements answered in
front of FastAPI (``central_api.front``, ``central_api.not_modified``).

A 304 of the minute sync is one statement. Run as a blocking call in the threadpool, the
hop to a worker thread and back and SQLAlchemy's execution cost more server CPU than the
statement. Here the front runs the statement's SQL, compiled once (:class:`FrontSql`), on
psycopg ``AsyncConnection``s on the event loop: waiting for PostgreSQL is awaiting a
socket, so a slow or locked database never blocks the loop.

Every call is bounded: the wait for a free connection, the connect and the statement
together by ``timeout_s`` (an asyncio deadline), and the statement also by the server's
``statement_timeout``. A connection that failed or ran out of time is closed, never
reused; the caller then hands the request on to FastAPI, which answers it as before
(:class:`FrontDbError`). SQLite has no such pool (:func:`front_pool_for` gives None) and
keeps the threadpool path.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.sql import ClauseElement

if TYPE_CHECKING:  # imported by the first pool: the bundle's SQLite demo server has no psycopg
    import psycopg

FRONT_POOL_SIZE = 8  # per worker process; each statement takes well under a millisecond
FRONT_TIMEOUT_S = 10.0  # a free connection, the connect and the statement, together
STATEMENT_TIMEOUT_MS = 5_000  # the server's own limit on each statement
CONNECT_TIMEOUT_S = 5
# Called after each statement with its SQL and the connection's transaction status: the
# tests' statement trace (``tests/central_api/statement_trace.py``) listens here too.
StatementListener = Callable[[str, Any], None]

_DIALECT = PGDialect_psycopg()  # type: ignore[no-untyped-call]


class FrontDbError(Exception):
    """The front's database call failed or timed out: FastAPI answers the request."""


@dataclass(frozen=True)
class FrontSql:
    """A SQLAlchemy Core statement compiled once for psycopg: its SQL text and the values
    of its constant parameters."""

    sql: str
    constants: Mapping[str, Any]

    @classmethod
    def of(cls, statement: ClauseElement) -> FrontSql:
        compiled = statement.compile(dialect=_DIALECT)
        return cls(compiled.string, {k: v for k, v in compiled.params.items() if v is not None})

    def params(self, **values: Any) -> dict[str, Any]:
        return {**self.constants, **values}


class FrontPool:
    """Up to ``size`` autocommit connections, opened when first needed, on the event loop
    of the worker that first uses them (see the module's docstring)."""

    def __init__(self, conninfo: str, size: int = FRONT_POOL_SIZE) -> None:
        import psycopg

        self._driver_error: type[Exception] = psycopg.Error
        self._conninfo = conninfo
        self._size = size
        self.timeout_s = FRONT_TIMEOUT_S
        self.listeners: list[StatementListener] = []
        self._idle: list[psycopg.AsyncConnection[Any]] = []
        self._open = 0  # connections open, being opened, or in use
        self._waiters: deque[asyncio.Future[psycopg.AsyncConnection[Any] | None]] = deque()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False

    async def fetch(
        self, statement: FrontSql, params: Mapping[str, Any], timeout_s: float | None = None
    ) -> list[tuple[Any, ...]]:
        """The rows of ``statement`` with ``params``; :class:`FrontDbError` when the
        database fails or the call takes longer than ``timeout_s`` (default: the pool's)."""
        try:
            async with asyncio.timeout(self.timeout_s if timeout_s is None else timeout_s):
                connection = await self._acquire()
                try:
                    cursor = await connection.execute(statement.sql, params, prepare=True)
                    rows = await cursor.fetchall()
                except BaseException:
                    await self._discard(connection)
                    raise
        except (self._driver_error, OSError, TimeoutError) as exc:
            raise FrontDbError(str(exc) or type(exc).__name__) from exc
        for listener in self.listeners:
            listener(statement.sql, connection.info.transaction_status)
        await self._release(connection)
        return rows

    async def close(self) -> None:
        """Close every idle connection; those in use are closed when handed back."""
        self._closed = True
        idle, self._idle = self._idle, []
        for connection in idle:
            self._open -= 1
            await connection.close()
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_exception(FrontDbError("the pool is closed"))

    async def _acquire(self) -> psycopg.AsyncConnection[Any]:
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop or self._closed:
            raise FrontDbError("the pool is closed or serves another event loop")
        while True:
            if self._idle:
                return self._idle.pop()  # the most recently used: its backend is warm
            if self._open < self._size:
                return await self._connect()
            waiter: asyncio.Future[psycopg.AsyncConnection[Any] | None] = loop.create_future()
            self._waiters.append(waiter)
            try:
                handed = await waiter
            except BaseException:
                handed = _handed(waiter)
                if handed is not None:
                    await self._release(handed)  # handed over as we were cancelled
                elif waiter in self._waiters:
                    self._waiters.remove(waiter)
                raise
            if handed is not None:
                return handed  # else a connection was dropped: open one in its place

    async def _connect(self) -> psycopg.AsyncConnection[Any]:
        self._open += 1
        import psycopg

        try:
            return await psycopg.AsyncConnection.connect(
                self._conninfo,
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                options=f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
                application_name="avrop-central-api-front",
            )
        except BaseException:
            self._open -= 1
            self._wake(None)
            raise

    async def _release(self, connection: psycopg.AsyncConnection[Any]) -> None:
        if self._closed or connection.closed:
            await self._discard(connection)
        elif not self._wake(connection):
            self._idle.append(connection)

    async def _discard(self, connection: psycopg.AsyncConnection[Any]) -> None:
        self._open -= 1
        self._wake(None)
        await connection.close()

    def _wake(self, connection: psycopg.AsyncConnection[Any] | None) -> bool:
        """Hand ``connection`` (or, with None, leave to open one) to the first waiter."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(connection)
                return True
        return False


def _handed(
    waiter: asyncio.Future[psycopg.AsyncConnection[Any] | None],
) -> psycopg.AsyncConnection[Any] | None:
    """The connection a waiter was given, if any."""
    if not waiter.done() or waiter.cancelled() or waiter.exception() is not None:
        return None
    return waiter.result()


def front_pool_for(engine: Engine) -> FrontPool | None:
    """The front's pool on ``engine``'s PostgreSQL database; None on SQLite."""
    if engine.dialect.name != "postgresql":
        return None
    url = engine.url.set(drivername="postgresql")
    return FrontPool(url.render_as_string(hide_password=False))
