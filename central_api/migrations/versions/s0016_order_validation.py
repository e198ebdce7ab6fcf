"""Orders are accepted first and validated in the background (issue #13).

``POST /orders`` stores the order as ``validating`` and answers 202; a validator thread
claims validating orders and moves each to the state a synchronous 201 gave, or to
``refused`` with its findings in ``refusal`` (the 422 body of before, as JSON). The
index on ``state`` lets the validators find their work without reading every order.

Revision ID: s0016
Revises: s0015
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0016"
down_revision: str | None = "s0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("refusal", sa.Text, nullable=True))
    op.create_index("ix_orders_state", "orders", ["state"])


def downgrade() -> None:
    op.drop_index("ix_orders_state", table_name="orders")
    op.drop_column("orders", "refusal")  # SQLite 3.35+ drops a column in place
