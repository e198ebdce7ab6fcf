"""Pictures: the item pictures a municipality publishes with its catalogues.

Revision ID: s0010
Revises: s0009
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0010"
down_revision: str | None = "s0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pictures",
        sa.Column("municipality_id", sa.String(64), nullable=False),
        sa.Column("picture_id", sa.String(24), nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("etag", sa.String(80), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("byte_count", sa.Integer(), nullable=False),
        sa.Column("recipe", sa.Text(), nullable=True),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name="fk_pictures_municipality_id_municipalities",
        ),
        sa.PrimaryKeyConstraint("municipality_id", "picture_id", name="pk_pictures"),
    )


def downgrade() -> None:
    op.drop_table("pictures")
