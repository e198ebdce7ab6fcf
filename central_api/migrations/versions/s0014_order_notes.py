"""The orderer's note of each order in a column, read once when the order arrives.

Serving an order used to parse its whole stored PEPPOL document again only for the note
(``cbc:Note``), on every ``GET /orders?since=`` of every installation. Existing orders
get the note of their stored document.

Revision ID: s0014
Revises: s0013
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.peppol.order_reader import order_note

revision: str = "s0014"
down_revision: str | None = "s0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 500


def upgrade() -> None:
    op.add_column("orders", sa.Column("note", sa.Text, nullable=False, server_default=""))
    orders = sa.table(
        "orders", sa.column("id", sa.Integer), sa.column("document", sa.Text),
        sa.column("note", sa.Text),
    )  # fmt: skip
    connection = op.get_bind()
    last = 0
    while True:
        batch = connection.execute(
            sa.select(orders.c.id, orders.c.document)
            .where(orders.c.id > last)
            .order_by(orders.c.id)
            .limit(BATCH)
        ).all()
        if not batch:
            return
        notes = [
            {"order_id": row_id, "note": order_note(document.encode("utf-8"))}
            for row_id, document in batch
        ]
        with_note = [n for n in notes if n["note"]]
        if with_note:
            connection.execute(
                orders.update()
                .where(orders.c.id == sa.bindparam("order_id"))
                .values(note=sa.bindparam("note")),
                with_note,
            )
        last = batch[-1][0]


def downgrade() -> None:
    op.drop_column("orders", "note")  # SQLite 3.35+ drops a column in place
