"""The order change counter row exists from the start.

Before, the first order inserted the row; two first orders at once both tried, and one
answered 500 (a duplicate key). The row now always exists, continuing after the highest
``change_seq`` already handed out.

Revision ID: s0008
Revises: s0004
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "s0008"
down_revision: str | None = "s0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO order_change_counter (id, value) "
        "SELECT 1, COALESCE((SELECT max(change_seq) FROM orders), 0) "
        "WHERE NOT EXISTS (SELECT 1 FROM order_change_counter WHERE id = 1)"
    )


def downgrade() -> None:
    pass  # the row is harmless on the older schema
