"""Tables of the cart and the local orders (migration ``0003``; the outbox is in
``outbox_models``).

An order keeps its full domain form in ``payload`` (see ``order_codec``) beside the
columns that lists filter on.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.models import Base


class CartLineRow(Base):
    """One item in a unit's cart (a snapshot of the catalogue line, and the quantity)."""

    __tablename__ = "cart_lines"

    unit_id: Mapped[str] = mapped_column(String, primary_key=True)
    supplier_id: Mapped[str] = mapped_column(String, primary_key=True)
    seller_item_id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime] = mapped_column()


class OrderRow(Base):
    """An order placed on this computer (or synced from the server)."""

    __tablename__ = "orders"

    id: Mapped[str] = mapped_column(String, primary_key=True)  # client-generated
    username: Mapped[str] = mapped_column(String, index=True)  # who placed it
    unit_id: Mapped[str] = mapped_column(String, index=True)
    supplier_id: Mapped[str] = mapped_column(String)
    state: Mapped[str] = mapped_column(String, index=True)
    currency: Mapped[str] = mapped_column(String)
    total: Mapped[str] = mapped_column(String)  # decimal text
    server_id: Mapped[str | None] = mapped_column(String, nullable=True, index=True)
    number: Mapped[str | None] = mapped_column(String, nullable=True)
    payload: Mapped[dict[str, Any]]
    refusal: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    unseen: Mapped[bool] = mapped_column(Boolean, default=False)  # news for its orderer
    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column()


class OrderSettingsRow(Base):
    """A unit's ordering settings as last fetched: account, budget, drop days."""

    __tablename__ = "unit_order_settings"

    unit_id: Mapped[str] = mapped_column(String, primary_key=True)
    payload: Mapped[dict[str, Any]]
    fetched_at: Mapped[datetime] = mapped_column()
