"""Spend figures: invoices, budgets per account, open commitments, agreement price levels.

Revision ID: s0003
Revises: s0002
Create Date: 2025-01-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0003"
down_revision: str | None = "s0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.Constraint:
    ref_table, _ = target.split(".")
    return sa.ForeignKeyConstraint(
        [column], [target], name=f"fk_{table}_{column}_{ref_table}", ondelete=ondelete
    )


def _pk(table: str, *columns: str) -> sa.Constraint:
    return sa.PrimaryKeyConstraint(*columns, name=f"pk_{table}")


def upgrade() -> None:
    op.create_table(
        "spend_invoices",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("municipality_id", sa.String(64), nullable=False),
        sa.Column("unit_id", sa.String(64), nullable=False),
        sa.Column("invoice_date", sa.Date(), nullable=False),
        sa.Column("supplier_id", sa.String(64), nullable=False),
        sa.Column("supplier_name", sa.String(200), nullable=False),
        sa.Column("cpv", sa.String(10), nullable=False),
        sa.Column("account", sa.String(20), nullable=False),
        sa.Column("amount", sa.String(40), nullable=False),
        sa.Column("list_amount", sa.String(40), nullable=True),
        sa.Column("through_avrop", sa.Boolean(), nullable=False),
        sa.Column("agreement_id", sa.String(64), nullable=True),
        sa.Column("order_id", sa.String(64), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        _fk("spend_invoices", "municipality_id", "municipalities.id"),
        _fk("spend_invoices", "unit_id", "units.id"),
        _fk("spend_invoices", "agreement_id", "agreements.id"),
        _pk("spend_invoices", "id"),
    )
    for column in ("municipality_id", "unit_id", "invoice_date"):
        op.create_index(f"ix_spend_invoices_{column}", "spend_invoices", [column])
    op.create_table(
        "spend_budgets",
        sa.Column("unit_id", sa.String(64), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("amount", sa.String(40), nullable=False),
        _fk("spend_budgets", "unit_id", "units.id"),
        _pk("spend_budgets", "unit_id", "year", "account"),
    )
    op.create_table(
        "spend_commitments",
        sa.Column("order_id", sa.String(64), nullable=False),
        sa.Column("unit_id", sa.String(64), nullable=False),
        sa.Column("placed_on", sa.Date(), nullable=False),
        sa.Column("account", sa.String(20), nullable=False),
        sa.Column("amount", sa.String(40), nullable=False),
        _fk("spend_commitments", "unit_id", "units.id"),
        _pk("spend_commitments", "order_id"),
    )
    op.create_index("ix_spend_commitments_unit_id", "spend_commitments", ["unit_id"])
    op.create_table(
        "spend_agreement_price_levels",
        sa.Column("agreement_id", sa.String(64), nullable=False),
        sa.Column("price_level", sa.String(40), nullable=False),
        _fk("spend_agreement_price_levels", "agreement_id", "agreements.id", "CASCADE"),
        _pk("spend_agreement_price_levels", "agreement_id"),
    )


def downgrade() -> None:
    op.drop_table("spend_agreement_price_levels")
    op.drop_index("ix_spend_commitments_unit_id", "spend_commitments")
    op.drop_table("spend_commitments")
    op.drop_table("spend_budgets")
    for column in ("invoice_date", "unit_id", "municipality_id"):
        op.drop_index(f"ix_spend_invoices_{column}", "spend_invoices")
    op.drop_table("spend_invoices")
