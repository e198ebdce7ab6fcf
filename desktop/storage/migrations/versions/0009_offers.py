"""Offers: each agreement item's product key, and the groups of one product offered by
several suppliers on one agreement (best offer first), computed for the stored items.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlite3

import sqlalchemy as sa
from alembic import op

from desktop.storage.catalogue_offers import fill_offer_keys

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("catalogue_items", sa.Column("offer_key", sa.String(), nullable=True))
    op.create_index("ix_catalogue_items_offer_key", "catalogue_items", ["offer_key"])
    op.create_table(
        "catalogue_offers",
        sa.Column("item_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("offer_key", sa.String(), nullable=False),
        sa.Column("best_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("offers", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("item_id", name="pk_catalogue_offers"),
    )
    op.create_index("ix_catalogue_offers_offer_key", "catalogue_offers", ["offer_key"])
    raw = op.get_bind().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    fill_offer_keys(raw)


def downgrade() -> None:
    op.drop_index("ix_catalogue_offers_offer_key", table_name="catalogue_offers")
    op.drop_table("catalogue_offers")
    op.drop_index("ix_catalogue_items_offer_key", table_name="catalogue_items")
    op.drop_column("catalogue_items", "offer_key")
