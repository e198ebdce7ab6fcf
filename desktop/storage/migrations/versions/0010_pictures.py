"""Pictures: the record of item pictures fetched (ETag) or refused, per reference.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "picture_cache",
        sa.Column("ref", sa.String(), nullable=False),
        sa.Column("etag", sa.String(), nullable=True),
        sa.Column("byte_count", sa.Integer(), nullable=False),
        sa.Column("refused", sa.String(), nullable=True),
        sa.Column("fetched_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("ref", name="pk_picture_cache"),
    )


def downgrade() -> None:
    op.drop_table("picture_cache")
