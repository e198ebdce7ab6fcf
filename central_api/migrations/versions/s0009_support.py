"""Support: unit order templates, support bundles, richer heartbeats, the training link.

Revision ID: s0009
Revises: s0007
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0009"
down_revision: str | None = "s0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("devices", sa.Column("oldest_queued_at", sa.DateTime(), nullable=True))
    op.add_column("devices", sa.Column("last_error", sa.String(500), nullable=True))
    op.add_column("municipalities", sa.Column("certification_url", sa.String(500), nullable=True))
    op.create_table(
        "unit_templates",
        sa.Column("unit_id", sa.String(64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name="fk_unit_templates_unit_id_units"),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["users.id"], name="fk_unit_templates_updated_by_users"
        ),
        sa.PrimaryKeyConstraint("unit_id", name="pk_unit_templates"),
    )
    op.create_table(
        "support_bundles",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("unit_id", sa.String(64), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(500), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name="fk_support_bundles_unit_id_units"),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["users.id"],
            name="fk_support_bundles_created_by_users",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_support_bundles"),
    )
    op.create_index("ix_support_bundles_unit_id", "support_bundles", ["unit_id"])


def downgrade() -> None:
    op.drop_index("ix_support_bundles_unit_id", table_name="support_bundles")
    op.drop_table("support_bundles")
    op.drop_table("unit_templates")
    # Not a batch copy: other tables' foreign keys point at municipalities, and SQLite
    # refuses to drop the table a batch operation replaces. SQLite ≥ 3.35 drops a column.
    op.execute("ALTER TABLE municipalities DROP COLUMN certification_url")
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("last_error")
        batch.drop_column("oldest_queued_at")
