"""Alembic environment: runs on the connection ``open_database`` hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from desktop.storage.models import Base


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


_connection = context.config.attributes.get("connection")
if not isinstance(_connection, Connection):
    raise RuntimeError("the store's migrations run only through desktop.storage.open_database")
run_migrations(_connection)
