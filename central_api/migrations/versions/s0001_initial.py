"""Initial schema: municipalities, units, suppliers, agreements, users, tokens, devices.

Money columns are exact decimal text (``String(40)``, see ``models.base.Money``);
timestamps are naive UTC ``DateTime`` (``models.base.UtcDateTime``).

Revision ID: s0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.Constraint:
    ref_table, _ref_column = target.split(".")
    return sa.ForeignKeyConstraint(
        [column], [target], name=f"fk_{table}_{column}_{ref_table}", ondelete=ondelete
    )


def _pk(table: str, *columns: str) -> sa.Constraint:
    return sa.PrimaryKeyConstraint(*columns, name=f"pk_{table}")


def upgrade() -> None:
    op.create_table(
        "server_meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        _pk("server_meta", "key"),
    )
    op.create_table(
        "municipalities",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("org_number", sa.String(32), nullable=False),
        sa.Column("org_scheme", sa.String(4), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        _pk("municipalities", "id"),
    )
    op.create_table(
        "units",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("municipality_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("street", sa.String(200), nullable=False),
        sa.Column("postcode", sa.String(20), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("gln", sa.String(13), nullable=True),
        sa.Column("cost_centre", sa.String(32), nullable=False),
        sa.Column("approval_limit", sa.String(40), nullable=False),
        sa.Column("hub_id", sa.String(64), nullable=True),
        sa.Column("parent_name", sa.String(200), nullable=False),
        _fk("units", "municipality_id", "municipalities.id"),
        _fk("units", "hub_id", "units.id"),
        _pk("units", "id"),
    )
    op.create_index("ix_units_municipality_id", "units", ["municipality_id"])
    op.create_table(
        "suppliers",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("municipality_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("endpoint_id", sa.String(64), nullable=False),
        sa.Column("endpoint_scheme", sa.String(4), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("in_ecommerce", sa.Boolean(), nullable=False),
        sa.Column("min_order_amount", sa.String(40), nullable=False),
        sa.Column("phone", sa.String(40), nullable=True),
        sa.Column("email", sa.String(200), nullable=True),
        sa.Column("web", sa.String(200), nullable=True),
        _fk("suppliers", "municipality_id", "municipalities.id"),
        _pk("suppliers", "id"),
    )
    op.create_index("ix_suppliers_municipality_id", "suppliers", ["municipality_id"])
    op.create_table(
        "agreements",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("municipality_id", sa.String(64), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("call_off", sa.String(20), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("in_ecommerce", sa.Boolean(), nullable=False),
        sa.Column("category_key", sa.String(32), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("instructions", sa.Text(), nullable=False),
        _fk("agreements", "municipality_id", "municipalities.id"),
        _pk("agreements", "id"),
    )
    op.create_index("ix_agreements_municipality_id", "agreements", ["municipality_id"])
    op.create_table(
        "agreement_suppliers",
        sa.Column("agreement_id", sa.String(64), nullable=False),
        sa.Column("supplier_id", sa.String(64), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        _fk("agreement_suppliers", "agreement_id", "agreements.id", ondelete="CASCADE"),
        _fk("agreement_suppliers", "supplier_id", "suppliers.id"),
        _pk("agreement_suppliers", "agreement_id", "supplier_id"),
    )
    op.create_table(
        "agreement_cpv_codes",
        sa.Column("agreement_id", sa.String(64), nullable=False),
        sa.Column("cpv_code", sa.String(10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _fk("agreement_cpv_codes", "agreement_id", "agreements.id", ondelete="CASCADE"),
        _pk("agreement_cpv_codes", "agreement_id", "cpv_code"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("municipality_id", sa.String(64), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("certified", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("users", "municipality_id", "municipalities.id"),
        _pk("users", "id"),
        sa.UniqueConstraint("username", name="uq_users_username"),
    )
    op.create_index("ix_users_municipality_id", "users", ["municipality_id"])
    op.create_table(
        "user_units",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.String(64), nullable=False),
        _fk("user_units", "user_id", "users.id", ondelete="CASCADE"),
        _fk("user_units", "unit_id", "units.id"),
        _pk("user_units", "user_id", "unit_id"),
    )
    op.create_index("ix_user_units_unit_id", "user_units", ["unit_id"])
    op.create_table(
        "auth_tokens",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.String(32), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        _fk("auth_tokens", "user_id", "users.id", ondelete="CASCADE"),
        _pk("auth_tokens", "id"),
        sa.UniqueConstraint("token_hash", name="uq_auth_tokens_token_hash"),
    )
    op.create_index("ix_auth_tokens_user_id", "auth_tokens", ["user_id"])
    op.create_index("ix_auth_tokens_family_id", "auth_tokens", ["family_id"])
    op.create_table(
        "devices",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(100), nullable=False),
        sa.Column("app_version", sa.String(50), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("outbox_length", sa.Integer(), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.Column("last_heartbeat_at", sa.DateTime(), nullable=False),
        _fk("devices", "user_id", "users.id", ondelete="CASCADE"),
        _pk("devices", "user_id", "device_id"),
    )


def downgrade() -> None:
    for table in (
        "devices",
        "auth_tokens",
        "user_units",
        "users",
        "agreement_cpv_codes",
        "agreement_suppliers",
        "agreements",
        "suppliers",
        "units",
        "municipalities",
        "server_meta",
    ):
        op.drop_table(table)
