"""What the server says to its database during a request: each statement (its first
words) with the connection's transaction state after it, and each commit: those of the
app's SQLAlchemy engine and those of the front's asynchronous pool (PostgreSQL,
``central_api.front_pool``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import event

COMMIT = "COMMIT"


@dataclass(frozen=True)
class Traced:
    """One statement (whitespace folded, cut to 80 characters) or ``COMMIT``; ``status``
    is psycopg's transaction status after it (None on SQLite and for commits); ``front``:
    run by the front's asynchronous pool, not the SQLAlchemy engine."""

    text: str
    status: Any = None
    front: bool = False


class Trace(list[Traced]):
    """The statements and commits of one ``traced`` block, in order."""

    @property
    def texts(self) -> list[str]:
        return [t.text for t in self]

    @property
    def statements(self) -> list[str]:
        return [t.text for t in self if t.text != COMMIT]


@contextmanager
def traced(client: TestClient) -> Iterator[Trace]:
    """Record what the app's engine and the front's pool run inside the block."""
    trace = Trace()
    engine = client.app.state.engine  # type: ignore[attr-defined]
    front_pool = client.app.state.front_pool  # type: ignore[attr-defined]

    def front_statement(text: str, status: Any) -> None:
        trace.append(Traced(" ".join(text.split())[:80], status, front=True))

    def statement(conn: Any, _cursor: Any, text: str, *_args: Any) -> None:
        info = getattr(conn.connection.dbapi_connection, "info", None)
        status = getattr(info, "transaction_status", None)
        trace.append(Traced(" ".join(text.split())[:80], status))

    def commit(_connection: Any) -> None:
        trace.append(Traced(COMMIT))

    event.listen(engine, "after_cursor_execute", statement)
    event.listen(engine, "commit", commit)
    if front_pool is not None:
        front_pool.listeners.append(front_statement)
    try:
        yield trace
    finally:
        if front_pool is not None:
            front_pool.listeners.remove(front_statement)
        event.remove(engine, "after_cursor_execute", statement)
        event.remove(engine, "commit", commit)
