"""Texts per language: an agreement's name in each language the office gives.

Announcements and guidance already keep their texts per language (JSON in ``Text``);
agreements had one name only. ``names`` is JSON ``{"sv": ..., "da": ...}`` in ``Text``,
so SQLite and PostgreSQL hold the same.

Revision ID: s0012
Revises: s0011
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0012"
down_revision: str | None = "s0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("agreements", sa.Column("names", sa.Text(), nullable=False, server_default="{}"))


def downgrade() -> None:
    # Not a batch copy: other tables' foreign keys point at agreements, and SQLite refuses
    # to drop the table a batch operation replaces. SQLite ≥ 3.35 drops a column.
    op.execute("ALTER TABLE agreements DROP COLUMN names")
