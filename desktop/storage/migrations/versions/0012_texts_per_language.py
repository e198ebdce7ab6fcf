"""Texts per language: fetch the agreements again, now with their names per language.

The agreements are kept as the server's JSON (``payload``), so the names per language
need no column; forgetting the list's ETag makes the next sync fetch them, rather than
hearing "not modified" and keeping names in one language only. Nothing the user entered
is touched.

Revision ID: 0012
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None

_RESYNCED = ("agreements",)


def upgrade() -> None:
    sync_state = sa.table("sync_state", sa.column("resource", sa.String))
    op.execute(sa.delete(sync_state).where(sync_state.c.resource.in_(_RESYNCED)))


def downgrade() -> None:
    """Nothing to undo: an older app reads the payloads and ignores the names."""
