"""A version counter for reference data, so list ETags need not build the list.

Revision ID: s0013
Revises: s0012
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0013"
down_revision: str | None = "s0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reference_version",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.execute("INSERT INTO reference_version (id, value) VALUES (1, 1)")


def downgrade() -> None:
    op.drop_table("reference_version")
