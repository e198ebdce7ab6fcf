"""Closed days: dates a hub or supplier delivers nothing, besides the public holidays.

Revision ID: s0011
Revises: s0010
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0011"
down_revision: str | None = "s0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "closed_days",
        sa.Column("party_id", sa.String(64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("party_id", "day", name="pk_closed_days"),
    )


def downgrade() -> None:
    op.drop_table("closed_days")
