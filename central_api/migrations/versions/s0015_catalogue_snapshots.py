"""Catalogue snapshots: the prepared catalogue store a municipality's installations
download on their first sync (the file lives in the server's data folder).

Revision ID: s0015
Revises: s0014
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0015"
down_revision: str | None = "s0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "catalogue_snapshots",
        sa.Column("municipality_id", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("byte_count", sa.BigInteger(), nullable=False),
        sa.Column("schema_revision", sa.String(80), nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name="fk_catalogue_snapshots_municipality_id_municipalities",
        ),
        sa.PrimaryKeyConstraint("municipality_id", name="pk_catalogue_snapshots"),
    )


def downgrade() -> None:
    op.drop_table("catalogue_snapshots")
