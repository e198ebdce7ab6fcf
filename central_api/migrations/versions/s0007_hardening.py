"""Server hardening: failed sign-in counters (per username and per address).

Revision ID: s0007
Revises: s0004
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0007"
down_revision: str | None = "s0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sign_in_failures",
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("window_started_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_sign_in_failures"),
    )
    op.create_index(
        "ix_sign_in_failures_window_started_at", "sign_in_failures", ["window_started_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_sign_in_failures_window_started_at", table_name="sign_in_failures")
    op.drop_table("sign_in_failures")
