"""Orders: orders and lines, idempotency keys, responses, approvals, goods receipts,
the change counter, agreement accounts, unit order settings and delivery days.

Revision ID: s0002
Revises: s0001
Create Date: 2025-01-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0002"
down_revision: str | None = "s0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = sa.String(40)


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.Constraint:
    ref_table, _ = target.split(".")
    return sa.ForeignKeyConstraint(
        [column], [target], name=f"fk_{table}_{column}_{ref_table}", ondelete=ondelete
    )


def _pk(table: str, *columns: str) -> sa.Constraint:
    return sa.PrimaryKeyConstraint(*columns, name=f"pk_{table}")


def upgrade() -> None:
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("municipality_id", sa.String(64), nullable=False),
        sa.Column("unit_id", sa.String(64), nullable=False),
        sa.Column("supplier_id", sa.String(64), nullable=False),
        sa.Column("agreement_id", sa.String(64), nullable=True),
        sa.Column("client_order_id", sa.String(64), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(24), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("total", MONEY, nullable=False),
        sa.Column("cost_centre", sa.String(32), nullable=False),
        sa.Column("account", sa.String(20), nullable=False),
        sa.Column("project", sa.String(32), nullable=True),
        sa.Column("off_agreement_reason", sa.Text(), nullable=True),
        sa.Column("requested_delivery_date", sa.Date(), nullable=True),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        _fk("orders", "municipality_id", "municipalities.id"),
        _fk("orders", "unit_id", "units.id"),
        _fk("orders", "supplier_id", "suppliers.id"),
        _fk("orders", "agreement_id", "agreements.id"),
        _fk("orders", "created_by", "users.id"),
        _pk("orders", "id"),
        sa.UniqueConstraint("municipality_id", "client_order_id", name="uq_orders_municipality_id"),
    )
    op.create_index("ix_orders_unit_id", "orders", ["unit_id"])
    op.create_index("ix_orders_created_by", "orders", ["created_by"])
    op.create_index("ix_orders_change_seq", "orders", ["change_seq"])
    op.create_table(
        "order_lines",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("seller_item_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("quantity", MONEY, nullable=False),
        sa.Column("unit_code", sa.String(8), nullable=False),
        sa.Column("price", MONEY, nullable=False),
        sa.Column("base_quantity", MONEY, nullable=False),
        sa.Column("gtin", sa.String(14), nullable=True),
        sa.Column("changed_quantity", MONEY, nullable=True),
        sa.Column("changed_price", MONEY, nullable=True),
        sa.Column("received_quantity", MONEY, nullable=False),
        _fk("order_lines", "order_id", "orders.id", ondelete="CASCADE"),
        _pk("order_lines", "order_id", "line_id"),
    )
    op.create_table(
        "order_responses",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(2), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("posted_by", sa.Integer(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        _fk("order_responses", "order_id", "orders.id", ondelete="CASCADE"),
        _fk("order_responses", "posted_by", "users.id"),
        _pk("order_responses", "id"),
    )
    op.create_index("ix_order_responses_order_id", "order_responses", ["order_id"])
    op.create_table(
        "order_approvals",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=False),
        sa.Column("decided_by_name", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        _fk("order_approvals", "order_id", "orders.id", ondelete="CASCADE"),
        _fk("order_approvals", "decided_by", "users.id"),
        _pk("order_approvals", "order_id"),
    )
    op.create_table(
        "goods_receipts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.String(16), nullable=False),
        sa.Column("quantity", MONEY, nullable=False),
        sa.Column("received_by", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("goods_receipts", "order_id", "orders.id", ondelete="CASCADE"),
        _fk("goods_receipts", "received_by", "users.id"),
        _pk("goods_receipts", "id"),
    )
    op.create_index("ix_goods_receipts_order_id", "goods_receipts", ["order_id"])
    op.create_table(
        "idempotency_keys",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("locked_at", sa.DateTime(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("response_status", sa.Integer(), nullable=True),
        sa.Column("response_body", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("idempotency_keys", "user_id", "users.id", ondelete="CASCADE"),
        _fk("idempotency_keys", "order_id", "orders.id", ondelete="CASCADE"),
        _pk("idempotency_keys", "id"),
        sa.UniqueConstraint("user_id", "key", name="uq_idempotency_keys_user_id"),
    )
    op.create_index("ix_idempotency_keys_order_id", "idempotency_keys", ["order_id"])
    op.create_table(
        "order_change_counter",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        _pk("order_change_counter", "id"),
    )
    op.create_table(
        "agreement_accounts",
        sa.Column("agreement_id", sa.String(64), nullable=False),
        sa.Column("account", sa.String(20), nullable=False),
        _fk("agreement_accounts", "agreement_id", "agreements.id", ondelete="CASCADE"),
        _pk("agreement_accounts", "agreement_id"),
    )
    op.create_table(
        "unit_order_settings",
        sa.Column("unit_id", sa.String(64), nullable=False),
        sa.Column("default_account", sa.String(20), nullable=False),
        sa.Column("project", sa.String(32), nullable=True),
        _fk("unit_order_settings", "unit_id", "units.id"),
        _pk("unit_order_settings", "unit_id"),
    )
    op.create_table(
        "delivery_days",
        sa.Column("party_id", sa.String(64), nullable=False),
        sa.Column("weekdays", sa.String(20), nullable=False),
        _pk("delivery_days", "party_id"),
    )


def downgrade() -> None:
    op.drop_table("delivery_days")
    op.drop_table("unit_order_settings")
    op.drop_table("agreement_accounts")
    op.drop_table("order_change_counter")
    op.drop_index("ix_idempotency_keys_order_id", table_name="idempotency_keys")
    op.drop_table("idempotency_keys")
    op.drop_index("ix_goods_receipts_order_id", table_name="goods_receipts")
    op.drop_table("goods_receipts")
    op.drop_table("order_approvals")
    op.drop_index("ix_order_responses_order_id", table_name="order_responses")
    op.drop_table("order_responses")
    op.drop_table("order_lines")
    op.drop_index("ix_orders_change_seq", table_name="orders")
    op.drop_index("ix_orders_created_by", table_name="orders")
    op.drop_index("ix_orders_unit_id", table_name="orders")
    op.drop_table("orders")
