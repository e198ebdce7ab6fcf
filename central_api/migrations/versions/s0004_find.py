"""Find: published catalogues, guidance, announcements, office requests, recorded call-offs.

Revision ID: s0004
Revises: s0003
Create Date: 2025-01-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

revision: str = "s0004"
down_revision: str | None = "s0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.Constraint:
    ref_table, _ = target.split(".")
    return sa.ForeignKeyConstraint(
        [column], [target], name=f"fk_{table}_{column}_{ref_table}", ondelete=ondelete
    )


def _pk(table: str, *columns: str) -> sa.Constraint:
    return sa.PrimaryKeyConstraint(*columns, name=f"pk_{table}")


def _municipality(table: str) -> list[SchemaItem]:
    return [
        sa.Column("municipality_id", sa.String(64), nullable=False),
        _fk(table, "municipality_id", "municipalities.id"),
    ]


def upgrade() -> None:
    op.create_table(
        "catalogue_documents",
        sa.Column("supplier_id", sa.String(64), nullable=False),
        *_municipality("catalogue_documents"),
        sa.Column("etag", sa.String(80), nullable=False),
        sa.Column("xml_gzip", sa.LargeBinary(), nullable=False),
        sa.Column("xml_bytes", sa.Integer(), nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("catalogue_id", sa.String(200), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("published_by", sa.String(64), nullable=False),
        _fk("catalogue_documents", "supplier_id", "suppliers.id", ondelete="CASCADE"),
        _pk("catalogue_documents", "supplier_id"),
    )
    op.create_index(
        "ix_catalogue_documents_municipality_id", "catalogue_documents", ["municipality_id"]
    )
    op.create_table(
        "guidance_documents",
        sa.Column("municipality_id", sa.String(64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _fk("guidance_documents", "municipality_id", "municipalities.id"),
        _pk("guidance_documents", "municipality_id"),
    )
    op.create_table(
        "announcements",
        sa.Column("id", sa.String(64), nullable=False),
        *_municipality("announcements"),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("published", sa.Date(), nullable=False),
        sa.Column("agreement_id", sa.String(64), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("savings_percent", sa.String(40), nullable=True),
        _fk("announcements", "agreement_id", "agreements.id"),
        _pk("announcements", "id"),
    )
    op.create_index("ix_announcements_municipality_id", "announcements", ["municipality_id"])
    op.create_table(
        "office_requests",
        sa.Column("id", sa.String(64), nullable=False),
        *_municipality("office_requests"),
        sa.Column("unit_id", sa.String(64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=False),
        sa.Column("body_hash", sa.String(64), nullable=False),
        sa.Column("need", sa.Text(), nullable=False),
        sa.Column("quantity", sa.String(200), nullable=False),
        sa.Column("estimated_amount", sa.String(40), nullable=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("urgency", sa.String(20), nullable=False),
        sa.Column("search_text", sa.String(200), nullable=False),
        sa.Column("agreement_id", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("answer_text", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("answered_by", sa.String(64), nullable=True),
        sa.Column("answer_agreement_id", sa.String(64), nullable=True),
        sa.Column("answer_supplier_id", sa.String(64), nullable=True),
        sa.Column("answer_seller_item_id", sa.String(200), nullable=True),
        _fk("office_requests", "unit_id", "units.id"),
        _fk("office_requests", "user_id", "users.id"),
        _pk("office_requests", "id"),
        sa.UniqueConstraint("idempotency_key", name="uq_office_requests_idempotency_key"),
    )
    op.create_index("ix_office_requests_municipality_id", "office_requests", ["municipality_id"])
    op.create_index("ix_office_requests_unit_id", "office_requests", ["unit_id"])
    op.create_table(
        "recorded_calloffs",
        sa.Column("id", sa.String(64), nullable=False),
        *_municipality("recorded_calloffs"),
        sa.Column("unit_id", sa.String(64), nullable=False),
        sa.Column("agreement_id", sa.String(64), nullable=False),
        sa.Column("supplier_id", sa.String(64), nullable=False),
        sa.Column("amount", sa.String(40), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("ordered_on", sa.Date(), nullable=False),
        sa.Column("cascade_reason", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=False),
        sa.Column("body_hash", sa.String(64), nullable=False),
        _fk("recorded_calloffs", "unit_id", "units.id"),
        _fk("recorded_calloffs", "agreement_id", "agreements.id"),
        _fk("recorded_calloffs", "supplier_id", "suppliers.id"),
        _fk("recorded_calloffs", "recorded_by", "users.id"),
        _pk("recorded_calloffs", "id"),
        sa.UniqueConstraint("idempotency_key", name="uq_recorded_calloffs_idempotency_key"),
    )
    for column in ("municipality_id", "unit_id", "agreement_id", "ordered_on"):
        op.create_index(f"ix_recorded_calloffs_{column}", "recorded_calloffs", [column])


def downgrade() -> None:
    for column in ("municipality_id", "unit_id", "agreement_id", "ordered_on"):
        op.drop_index(f"ix_recorded_calloffs_{column}", "recorded_calloffs")
    op.drop_table("recorded_calloffs")
    op.drop_index("ix_office_requests_unit_id", "office_requests")
    op.drop_index("ix_office_requests_municipality_id", "office_requests")
    op.drop_table("office_requests")
    op.drop_index("ix_announcements_municipality_id", "announcements")
    op.drop_table("announcements")
    op.drop_table("guidance_documents")
    op.drop_index("ix_catalogue_documents_municipality_id", "catalogue_documents")
    op.drop_table("catalogue_documents")
