"""Guidance: the office's rules and announcements, requests to the office, recorded
call-offs outside e-commerce, their outbox, and reasons for buying beside an agreement.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "guidance_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("etag", sa.String(), nullable=True),
        sa.Column("synced_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_guidance_rules"),
    )
    op.create_table(
        "announcements",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("published", sa.Date(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("seen_at", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_announcements"),
    )
    op.create_index("ix_announcements_published", "announcements", ["published"])
    op.create_table(
        "office_requests",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("unit_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("refusal", sa.JSON(), nullable=True),
        sa.Column("answer_unseen", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_office_requests"),
    )
    op.create_index("ix_office_requests_username", "office_requests", ["username"])
    op.create_table(
        "recorded_calloffs",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("unit_id", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("refusal", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_recorded_calloffs"),
    )
    op.create_index("ix_recorded_calloffs_username", "recorded_calloffs", ["username"])
    op.create_table(
        "submission_outbox",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("idempotency_key", sa.String(), nullable=False),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("in_flight", sa.Boolean(), nullable=False),
        sa.Column("next_attempt_at", sa.String(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_submission_outbox"),
        sa.UniqueConstraint("idempotency_key", name="uq_submission_outbox_idempotency_key"),
    )
    op.create_index("ix_submission_outbox_username", "submission_outbox", ["username"])
    op.create_table(
        "off_agreement_choices",
        sa.Column("unit_id", sa.String(), nullable=False),
        sa.Column("supplier_id", sa.String(), nullable=False),
        sa.Column("seller_item_id", sa.String(), nullable=False),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("agreement_id", sa.String(), nullable=True),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("price_difference", sa.String(), nullable=True),
        sa.Column("chosen_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint(
            "unit_id", "supplier_id", "seller_item_id", name="pk_off_agreement_choices"
        ),
    )


def downgrade() -> None:
    op.drop_table("off_agreement_choices")
    op.drop_index("ix_submission_outbox_username", "submission_outbox")
    op.drop_table("submission_outbox")
    op.drop_index("ix_recorded_calloffs_username", "recorded_calloffs")
    op.drop_table("recorded_calloffs")
    op.drop_index("ix_office_requests_username", "office_requests")
    op.drop_table("office_requests")
    op.drop_index("ix_announcements_published", "announcements")
    op.drop_table("announcements")
    op.drop_table("guidance_rules")
