"""One outbox: the order outbox and the submission outbox become one table.

Every queued entry of both moves into the new ``outbox`` (same key, same bytes, same
attempts, in-flight mark and next attempt), with what it sends spelled out (kind,
subject, method, path); then the two old tables are dropped.

Revision ID: 0007
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None

_COLUMNS = (
    "id, kind, subject_id, method, path, body, idempotency_key, username, state, "
    "attempts, in_flight, next_attempt_at, last_error, created_at"
)


def upgrade() -> None:
    op.drop_index("ix_outbox_username", table_name="outbox")
    op.rename_table("outbox", "order_outbox_0003")
    op.create_table(
        "outbox",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("subject_id", sa.String(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("idempotency_key", sa.String(), nullable=False),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("in_flight", sa.Boolean(), nullable=False),
        sa.Column("next_attempt_at", sa.String(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.UniqueConstraint("idempotency_key", name="uq_outbox_idempotency_key"),
    )
    op.create_index("ix_outbox_username", "outbox", ["username"])
    op.create_index("ix_outbox_subject_id", "outbox", ["subject_id"])
    op.execute(
        f"INSERT INTO outbox ({_COLUMNS}) "
        "SELECT order_id, 'order', order_id, 'POST', '/orders', body, idempotency_key, "
        "username, 'queued', attempts, in_flight, next_attempt_at, last_error, created_at "
        "FROM order_outbox_0003"
    )
    op.execute(
        f"INSERT INTO outbox ({_COLUMNS}) "
        "SELECT id, kind, id, 'POST', CASE kind WHEN 'request' THEN '/requests' "
        "ELSE '/calloffs' END, body, idempotency_key, username, 'queued', attempts, "
        "in_flight, next_attempt_at, last_error, created_at FROM submission_outbox"
    )
    op.drop_table("order_outbox_0003")
    op.drop_index("ix_submission_outbox_username", table_name="submission_outbox")
    op.drop_table("submission_outbox")


def downgrade() -> None:
    """Back to two tables; entries of kinds the old schema did not know are dropped."""
    op.create_table(
        "order_outbox_0003",
        sa.Column("order_id", sa.String(), nullable=False),
        sa.Column("idempotency_key", sa.String(), nullable=False),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("in_flight", sa.Boolean(), nullable=False),
        sa.Column("next_attempt_at", sa.String(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name="fk_outbox_order_id_orders", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("order_id", name="pk_outbox"),
        sa.UniqueConstraint("idempotency_key", name="uq_outbox_idempotency_key"),
    )
    op.create_table(
        "submission_outbox",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("idempotency_key", sa.String(), nullable=False),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("in_flight", sa.Boolean(), nullable=False),
        sa.Column("next_attempt_at", sa.String(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_submission_outbox"),
        sa.UniqueConstraint("idempotency_key", name="uq_submission_outbox_idempotency_key"),
    )
    op.create_index("ix_submission_outbox_username", "submission_outbox", ["username"])
    kept = "username, body, attempts, in_flight, next_attempt_at, last_error, created_at"
    op.execute(
        f"INSERT INTO order_outbox_0003 (order_id, idempotency_key, {kept}) "
        f"SELECT subject_id, idempotency_key, {kept} FROM outbox WHERE kind = 'order'"
    )
    op.execute(
        f"INSERT INTO submission_outbox (id, kind, idempotency_key, {kept}) "
        f"SELECT subject_id, kind, idempotency_key, {kept} FROM outbox "
        "WHERE kind IN ('request', 'calloff')"
    )
    op.drop_index("ix_outbox_subject_id", table_name="outbox")
    op.drop_index("ix_outbox_username", table_name="outbox")
    op.drop_table("outbox")
    op.rename_table("order_outbox_0003", "outbox")
    op.create_index("ix_outbox_username", "outbox", ["username"])
