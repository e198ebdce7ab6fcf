"""Reference data: units, suppliers, agreements, the signed-in user, sync state.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "units",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("parent_name", sa.String(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_units"),
    )
    op.create_table(
        "suppliers",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("in_ecommerce", sa.Boolean(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_suppliers"),
    )
    op.create_table(
        "agreements",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("call_off", sa.String(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("in_ecommerce", sa.Boolean(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_agreements"),
    )
    op.create_table(
        "agreement_suppliers",
        sa.Column("agreement_id", sa.String(), nullable=False),
        sa.Column("supplier_id", sa.String(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name="fk_agreement_suppliers_agreement_id_agreements",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agreement_id", "supplier_id", name="pk_agreement_suppliers"),
    )
    op.create_index("ix_agreement_suppliers_supplier_id", "agreement_suppliers", ["supplier_id"])
    op.create_table(
        "agreement_cpv",
        sa.Column("agreement_id", sa.String(), nullable=False),
        sa.Column("cpv_code", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name="fk_agreement_cpv_agreement_id_agreements",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agreement_id", "cpv_code", name="pk_agreement_cpv"),
    )
    op.create_index("ix_agreement_cpv_cpv_code", "agreement_cpv", ["cpv_code"])
    op.create_table(
        "me",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_me"),
    )
    op.create_table(
        "sync_state",
        sa.Column("resource", sa.String(), nullable=False),
        sa.Column("etag", sa.String(), nullable=True),
        sa.Column("synced_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("resource", name="pk_sync_state"),
    )


def downgrade() -> None:
    op.drop_table("sync_state")
    op.drop_table("me")
    op.drop_index("ix_agreement_cpv_cpv_code", table_name="agreement_cpv")
    op.drop_table("agreement_cpv")
    op.drop_index("ix_agreement_suppliers_supplier_id", table_name="agreement_suppliers")
    op.drop_table("agreement_suppliers")
    op.drop_table("agreements")
    op.drop_table("suppliers")
    op.drop_table("units")
