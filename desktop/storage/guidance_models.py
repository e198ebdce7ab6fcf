"""Tables of the Find area's guidance (migration ``0005``): the office's rules and
announcements as last synced, the user's questions to the office and recorded
call-offs (sent through the one outbox, ``outbox_models``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.models import Base


class GuidanceRulesRow(Base):
    """``GET /guidance`` as last synced (one row, id 1)."""

    __tablename__ = "guidance_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payload: Mapped[dict[str, Any]]
    etag: Mapped[str | None] = mapped_column(String, nullable=True)
    synced_at: Mapped[datetime] = mapped_column()


class AnnouncementRow(Base):
    """An announcement; ``seen_at`` is set once it was shown as a notification."""

    __tablename__ = "announcements"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    published: Mapped[date] = mapped_column(Date, index=True)
    payload: Mapped[dict[str, Any]]
    seen_at: Mapped[datetime | None] = mapped_column(nullable=True)


class OfficeRequestRow(Base):
    """A question to the office: queued here, then the office's view of it."""

    __tablename__ = "office_requests"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    username: Mapped[str] = mapped_column(String, index=True)
    unit_id: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    payload: Mapped[dict[str, Any]]
    refusal: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    answer_unseen: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column()


class RecordedCallOffRow(Base):
    """A call-off outside e-commerce the user recorded; ``state`` queued/sent/refused."""

    __tablename__ = "recorded_calloffs"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    username: Mapped[str] = mapped_column(String, index=True)
    unit_id: Mapped[str] = mapped_column(String)
    state: Mapped[str] = mapped_column(String)
    payload: Mapped[dict[str, Any]]
    refusal: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column()


class OffAgreementChoiceRow(Base):
    """Why the user picked an item beside an agreement that covers it (one per cart item).

    The order placed from the cart carries the reason (``off_agreement_reason``).
    """

    __tablename__ = "off_agreement_choices"

    unit_id: Mapped[str] = mapped_column(String, primary_key=True)
    supplier_id: Mapped[str] = mapped_column(String, primary_key=True)
    seller_item_id: Mapped[str] = mapped_column(String, primary_key=True)
    username: Mapped[str] = mapped_column(String)
    agreement_id: Mapped[str | None] = mapped_column(String, nullable=True)
    reason: Mapped[str] = mapped_column(String)
    price_difference: Mapped[str | None] = mapped_column(String, nullable=True)
    chosen_at: Mapped[datetime] = mapped_column()
