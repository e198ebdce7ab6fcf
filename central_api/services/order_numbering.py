"""Number an order and commit, holding the change counter's lock as briefly as possible.

Every order change takes the next number from one counter row, whose row lock is held
until the commit: that is what keeps ``GET /orders?since`` from skipping a change
committed late. On PostgreSQL the numbering statement and the ``COMMIT`` (after an
accept's answer stored with its key) go to the server in one psycopg pipeline (one
round trip), so the lock lives only as long as the server takes to run them: never
across a network round trip or a wait for the GIL in a busy worker (or a validator
process the scheduler has paused), which made every accept queue behind the one
holding it. SQLite (one writer anyway) numbers, then commits.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.postgresql import psycopg
from sqlalchemy.orm import Session

from central_api.services.idempotency import Completion
from central_api.services.order_store import NUMBER_ORDER, stamp_change

# The validator processes LISTEN here; an accept notifies in its own transaction
# (delivered at its commit, never for a rolled-back order).
VALIDATING_CHANNEL = "avrop_orders_validating"
_NOTIFY = f"NOTIFY {VALIDATING_CHANNEL}"
_NUMBER = NUMBER_ORDER.compile(dialect=psycopg.dialect())  # type: ignore[no-untyped-call]
_NUMBER_SQL = str(_NUMBER)


def commit_numbered(
    session: Session, order_id: int, *, notify: bool = False, stored: Completion | None = None
) -> None:
    """Give ``order_id`` the next change number and commit the session's transaction;
    ``notify``: an accepted order, to wake the validator processes (PostgreSQL);
    ``stored``: its answer, stored with its key first (on PostgreSQL in the pipeline)."""
    if session.get_bind().dialect.name != "postgresql":
        if stored is not None:
            stored.run(session)
        stamp_change(session, order_id)
        session.commit()
        return
    session.flush()  # nothing of the ORM may follow the commit
    params: dict[str, Any] = {**_NUMBER.params, "order_id": order_id}
    connection: Any = session.connection().connection.dbapi_connection
    with connection.pipeline(), connection.cursor() as cursor:
        if stored is not None:
            cursor.execute(stored.psycopg_sql, stored.params)
        cursor.execute(_NUMBER_SQL, params)
        if notify:
            cursor.execute(_NOTIFY)
        connection.commit()  # sent with the statements: one round trip in all
    session.commit()  # SQLAlchemy's bookkeeping (psycopg has nothing left to commit)
