"""Catalogue: items, their full-text index, per-supplier state, CPV labels, synonyms.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.storage.catalogue_maintenance import create_search_tables

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "catalogue_items",
        sa.Column("item_id", sa.Integer(), autoincrement=False, nullable=False),
        *(
            sa.Column(name, sa.String(), nullable=False)
            for name in (
                "supplier_id",
                "seller_item_id",
                "line_id",
                "name",
                "brand",
                "description",
                "keywords",
            )
        ),
        sa.Column("gtin", sa.String(), nullable=True),
        sa.Column("unit_code", sa.String(), nullable=False),
        sa.Column("content_quantity", sa.String(), nullable=True),
        sa.Column("content_unit_code", sa.String(), nullable=True),
        sa.Column("price", sa.String(), nullable=True),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("base_quantity", sa.String(), nullable=False),
        *(
            sa.Column(name, sa.String(), nullable=True)
            for name in (
                "list_price",
                "min_order_quantity",
                "max_order_quantity",
                "valid_from",
                "valid_to",
            )
        ),
        *(
            sa.Column(name, sa.String(), nullable=False)
            for name in ("cpv_codes", "unspsc_codes", "certificates", "image_refs")
        ),
        sa.Column("agreement_id", sa.String(), nullable=True),
        sa.Column("crisis_critical", sa.Integer(), nullable=False),
        sa.Column("eco", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("item_id", name="pk_catalogue_items"),
        sa.UniqueConstraint("supplier_id", "seller_item_id", name="uq_catalogue_items_supplier_id"),
    )
    op.create_table(
        "catalogue_suppliers",
        sa.Column("supplier_id", sa.String(), nullable=False),
        sa.Column("etag", sa.String(), nullable=True),
        sa.Column("synced_at", sa.String(), nullable=True),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.Column("error_at", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("supplier_id", name="pk_catalogue_suppliers"),
    )
    op.create_table(
        "catalogue_terms",
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("docs", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term", name="pk_catalogue_terms"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "catalogue_meta",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_catalogue_meta"),
    )
    op.create_table(
        "cpv_labels",
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("level", sa.String(), nullable=False),
        sa.Column("parent", sa.String(), nullable=True),
        *(sa.Column(lang, sa.String(), nullable=False) for lang in ("en", "sv", "da", "nb", "fi")),
        sa.PrimaryKeyConstraint("code", name="pk_cpv_labels"),
    )
    op.create_table(
        "search_synonyms",
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("synonym", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("language", "term", "synonym", name="pk_search_synonyms"),
    )
    # The CPV labels and the index version are filled in by ``CatalogueStore`` on first
    # use (``catalogue_maintenance.ensure_ready``), which keeps opening a store quick.
    for statement in create_search_tables():
        op.execute(statement)


def downgrade() -> None:
    for name in ("cpv_label_fts", "catalogue_fts"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    for name in (
        "search_synonyms",
        "cpv_labels",
        "catalogue_meta",
        "catalogue_terms",
        "catalogue_suppliers",
        "catalogue_items",
    ):
        op.drop_table(name)
