"""Orders placed through Avrop, their idempotency keys, answers, approvals and receipts.

An order keeps the PEPPOL Order document exactly as received (``document``) beside the
columns the API serves. ``change_seq`` is bumped on every change from one counter row
(``order_change_counter``), whose row lock serialises writers, so ``GET /orders?since=``
never misses a change that committed late.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from central_api.models.base import Base, Money, UtcDateTime


class OrderRow(Base):
    __tablename__ = "orders"
    __table_args__ = (UniqueConstraint("municipality_id", "client_order_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipalities.id"))
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    supplier_id: Mapped[str] = mapped_column(ForeignKey("suppliers.id"))
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreements.id"))
    client_order_id: Mapped[str] = mapped_column(String(64))  # the PEPPOL Order/ID
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    state: Mapped[str] = mapped_column(String(24), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[Decimal] = mapped_column(Money())
    cost_centre: Mapped[str] = mapped_column(String(32))
    account: Mapped[str] = mapped_column(String(20))
    project: Mapped[str | None] = mapped_column(String(32))
    off_agreement_reason: Mapped[str | None] = mapped_column(Text)
    requested_delivery_date: Mapped[date | None] = mapped_column(Date)
    document: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")  # the document's cbc:Note, kept on arrival
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    change_seq: Mapped[int] = mapped_column(Integer, index=True)
    # A refused order's findings: the 422 body of a synchronous refusal, as JSON (s0016).
    refusal: Mapped[str | None] = mapped_column(Text)

    lines: Mapped[list[OrderLineRow]] = relationship(
        order_by="OrderLineRow.position", cascade="all, delete-orphan", lazy="selectin"
    )
    responses: Mapped[list[OrderResponseRow]] = relationship(
        order_by="OrderResponseRow.id", cascade="all, delete-orphan", lazy="selectin"
    )
    approval: Mapped[OrderApprovalRow | None] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )


class OrderLineRow(Base):
    __tablename__ = "order_lines"

    order_id: Mapped[int] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True
    )
    line_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    seller_item_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(Money())
    unit_code: Mapped[str] = mapped_column(String(8))
    price: Mapped[Decimal] = mapped_column(Money())
    base_quantity: Mapped[Decimal] = mapped_column(Money())
    gtin: Mapped[str | None] = mapped_column(String(14))
    changed_quantity: Mapped[Decimal | None] = mapped_column(Money())
    changed_price: Mapped[Decimal | None] = mapped_column(Money())
    received_quantity: Mapped[Decimal] = mapped_column(Money())
    substitute_item_id: Mapped[str | None] = mapped_column(String(64))  # CA: delivered instead
    substitute_name: Mapped[str | None] = mapped_column(String(300))


class OrderResponseRow(Base):
    """A supplier's PEPPOL Order Response, kept as received."""

    __tablename__ = "order_responses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(2))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    note: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    posted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    document: Mapped[str] = mapped_column(Text)


class OrderApprovalRow(Base):
    """The manager's decision on an order over the unit's approval limit."""

    __tablename__ = "order_approvals"

    order_id: Mapped[int] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True
    )
    approved: Mapped[bool] = mapped_column(Boolean)
    decided_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_by_name: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime())


class GoodsReceiptRow(Base):
    """Goods received on one order line (several rows when it arrives in parts)."""

    __tablename__ = "goods_receipts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    line_id: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[Decimal] = mapped_column(Money())
    received_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    note: Mapped[str] = mapped_column(Text)


class IdempotencyKeyRow(Base):
    """A client's ``Idempotency-Key`` and the first answer given to it.

    ``state`` is ``in_progress`` while the first request runs (``locked_at`` is its
    lease) and ``done`` after; a done key lives as long as what it created (an order's
    key goes with the order, by cascade).
    """

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(255))
    request_hash: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(12))
    locked_at: Mapped[datetime] = mapped_column(UtcDateTime())
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    # What the key created ("order", "request", "calloff", …) and its id (migration s0006).
    resource: Mapped[str] = mapped_column(String(20), server_default="order")
    resource_id: Mapped[str | None] = mapped_column(String(64))
    response_status: Mapped[int | None] = mapped_column(Integer)
    response_body: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class OrderChangeCounterRow(Base):
    """The single counter row behind ``orders.change_seq``."""

    __tablename__ = "order_change_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class AgreementAccountRow(Base):
    """The account purchases under an agreement are coded to."""

    __tablename__ = "agreement_accounts"

    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True
    )
    account: Mapped[str] = mapped_column(String(20))


class UnitOrderSettingsRow(Base):
    """A unit's default account (purchases beside agreements) and project, if any."""

    __tablename__ = "unit_order_settings"

    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), primary_key=True)
    default_account: Mapped[str] = mapped_column(String(20))
    project: Mapped[str | None] = mapped_column(String(32))


class DeliveryDaysRow(Base):
    """The weekdays (0 = Monday, comma-separated) a hub or supplier delivers on."""

    __tablename__ = "delivery_days"

    party_id: Mapped[str] = mapped_column(String(64), primary_key=True)  # hub unit or supplier
    weekdays: Mapped[str] = mapped_column(String(20))


class ClosedDayRow(Base):
    """A date a hub or supplier delivers nothing (stock-taking, a local holiday)."""

    __tablename__ = "closed_days"

    party_id: Mapped[str] = mapped_column(String(64), primary_key=True)  # hub unit or supplier
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
