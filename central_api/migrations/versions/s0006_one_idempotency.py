"""One idempotency rule set: every key lives in ``idempotency_keys``.

Keys said what they created only for orders (``order_id``); now every key names its
``resource`` and ``resource_id``. The keys of office requests and recorded call-offs,
kept on their own rows until now, move into ``idempotency_keys`` (same user, key and
body hash; their answer is shown as the object is now), and those columns go. Every
existing row is kept.

Revision ID: s0006
Revises: s0004
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0006"
down_revision: str | None = "s0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MOVE = """
INSERT INTO idempotency_keys (user_id, key, request_hash, state, locked_at, order_id,
    resource, resource_id, response_status, response_body, created_at)
SELECT src.{user}, src.idempotency_key, src.body_hash, 'done', src.{at}, NULL,
    '{resource}', src.id, 201, NULL, src.{at}
FROM {table} src
WHERE NOT EXISTS (
    SELECT 1 FROM idempotency_keys k WHERE k.user_id = src.{user} AND k.key = src.idempotency_key
)
"""
_FIND_TABLES = (
    ("office_requests", "user_id", "received_at", "request"),
    ("recorded_calloffs", "recorded_by", "recorded_at", "calloff"),
)


def upgrade() -> None:
    with op.batch_alter_table("idempotency_keys") as batch:
        batch.add_column(
            sa.Column("resource", sa.String(20), nullable=False, server_default="order")
        )
        batch.add_column(sa.Column("resource_id", sa.String(64), nullable=True))
    op.execute("UPDATE idempotency_keys SET resource_id = CAST(order_id AS VARCHAR(64))")
    for table, user, at, resource in _FIND_TABLES:
        op.execute(_MOVE.format(table=table, user=user, at=at, resource=resource))
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"uq_{table}_idempotency_key", type_="unique")
            batch.drop_column("idempotency_key")
            batch.drop_column("body_hash")


def downgrade() -> None:
    for table, user, _at, resource in _FIND_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("idempotency_key", sa.String(200), nullable=True))
            batch.add_column(sa.Column("body_hash", sa.String(64), nullable=True))
        op.execute(
            f"UPDATE {table} SET idempotency_key = k.key, body_hash = k.request_hash "
            f"FROM idempotency_keys k WHERE k.resource = '{resource}' "
            f"AND k.resource_id = {table}.id AND k.user_id = {table}.{user}"
        )
        op.execute(
            f"UPDATE {table} SET idempotency_key = id, body_hash = '' WHERE idempotency_key IS NULL"
        )
        with op.batch_alter_table(table) as batch:
            batch.alter_column("idempotency_key", nullable=False)
            batch.alter_column("body_hash", nullable=False)
            batch.create_unique_constraint(f"uq_{table}_idempotency_key", ["idempotency_key"])
        op.execute(f"DELETE FROM idempotency_keys WHERE resource = '{resource}'")
    with op.batch_alter_table("idempotency_keys") as batch:
        batch.drop_column("resource_id")
        batch.drop_column("resource")
